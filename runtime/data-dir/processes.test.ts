// The embedded directory shared by real processes (issue 10, build point 4; issue 9, point 1): a server
// holds it; the real CLI goes through its API (a key created there works on the server at once, a revoked
// one stops at once, a run started there is the server's); a second server refuses to start and names the
// holder; after kill -9 the stale lock is taken over; a deleted directory makes /health 503 and the next
// start an error. Slow: several processes on an on-disk PGlite.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fromRoot } from "../../core/paths.js";

const root = mkdtempSync(join(tmpdir(), "gf-procs-"));
const dir = join(root, "pgdata");
const env = { PATH: process.env.PATH, PGLITE_DIR: dir, PORT: "0", LOG_LEVEL: "info" };
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  rmSync(root, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  log: () => string;
}

/** Starts `server/main.ts`; resolves with its URL once it listens, or with its exit code if it stops. */
async function startServer(): Promise<Started | { code: number | null; log: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", fromRoot("server", "main.ts")], {
    cwd: fromRoot(),
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  let log = "";
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  let exited: number | null | undefined;
  child.once("exit", (code) => {
    exited = code;
  });
  for (let i = 0; i < 1200; i++) {
    const url = /"url":"(http:\/\/[^"]+)"/.exec(log)?.[1];
    if (url) return { child, url, log: () => log };
    if (exited !== undefined) return { code: exited, log };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server neither started nor stopped: ${log.slice(-2000)}`);
}

async function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", fromRoot("cli", "main.ts"), ...args], {
    cwd: fromRoot(),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, out, err };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe("one embedded directory, several processes", () => {
  it("the CLI goes through the server; a second server is refused; kill -9 and deletion are handled", {
    timeout: 900_000,
  }, async () => {
    const first = await startServer();
    if (!("url" in first)) throw new Error(`first server did not start: ${first.log.slice(-2000)}`);
    expect(await (await fetch(`${first.url}/health`)).json()).toMatchObject({ status: "ok", auth: "open" });

    // A key made by the CLI while the server runs counts on the server at once.
    const created = await cli("keys", "create", "--name", "ops", "--role", "admin", "--json");
    expect(created.err).toBe("");
    expect(created.code).toBe(0);
    const { id, key } = JSON.parse(created.out) as { id: string; key: string };
    expect((await fetch(`${first.url}/v1/runs`)).status).toBe(401);
    expect((await fetch(`${first.url}/v1/runs`, { headers: bearer(key) })).status).toBe(200);
    const listed = await cli("keys", "list");
    expect(listed.out).toContain("ops\tadmin");

    // A run started from the CLI is the server's run.
    const run = await cli("run", "ad_writing", "--input", fromRoot("samples", "ad-writing.json"));
    expect(run.code).toBe(0);
    const { runId } = JSON.parse(run.out) as { runId: string };
    expect((await fetch(`${first.url}/v1/runs/${runId}`, { headers: bearer(key) })).status).toBe(200);

    // Revoked from the CLI: refused at once.
    expect((await cli("keys", "revoke", id)).code).toBe(0);
    expect((await fetch(`${first.url}/v1/runs`, { headers: bearer(key) })).status).toBe(401);

    // The server's own log never carries its local token.
    expect(first.log()).not.toMatch(/gfl_/);

    // A second server on the same directory refuses to start and says who holds it.
    const second = await startServer();
    expect("code" in second && second.code).toBe(2);
    const refusal = "log" in second && typeof second.log === "string" ? second.log : "";
    expect(refusal).toContain(`pid ${first.child.pid}`);
    expect(refusal).toMatch(/in use by a garde-fou server/);

    // kill -9: the lock stays behind, stale; the CLI opens the directory itself, a new server starts.
    first.child.kill("SIGKILL");
    await once(first.child, "exit");
    const direct = await cli("keys", "list");
    expect(direct.code).toBe(0);
    expect(direct.out).toContain("ops\tadmin");
    const third = await startServer();
    if (!("url" in third)) throw new Error(`third server did not start: ${third.log.slice(-2000)}`);

    // The directory deleted under the running server: /health says so; the next start refuses.
    rmSync(dir, { recursive: true, force: true });
    const health = await fetch(`${third.url}/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { reason: string }).reason).toMatch(/was deleted/);
    third.child.kill("SIGKILL");
    await once(third.child, "exit");
    const fourth = await startServer();
    expect("code" in fourth && fourth.code).toBe(2);
    expect("log" in fourth ? String(fourth.log) : "").toMatch(/held a database .* and is now deleted/);
    expect("log" in fourth ? String(fourth.log) : "").not.toMatch(/\n\s+at /);
  });
});
