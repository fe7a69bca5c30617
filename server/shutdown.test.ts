// SIGTERM on a real server process: it stops taking connections, lets the run in flight finish within
// SHUTDOWN_TIMEOUT_MS, closes its pools and exits 0 — bounded, even with a keep-alive client connected.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromRoot } from "../core/paths.js";
import { testDatabaseSettings } from "../db/test-support/database.js";

let child: ChildProcess;
let base = "";
let drop = async () => {};
const SHUTDOWN_TIMEOUT_MS = 30_000;

beforeAll(async () => {
  const database = await testDatabaseSettings();
  drop = database.drop;
  child = spawn(process.execPath, ["--import", "tsx", fromRoot("server", "main.ts")], {
    cwd: fromRoot(),
    env: {
      PATH: process.env.PATH,
      ...database.env,
      PORT: "0",
      LOG_LEVEL: "info",
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  for (let i = 0; i < 600 && !base; i++) {
    const url = /"url":"(http:\/\/[^"]+)"/.exec(log)?.[1];
    if (url) base = url;
    else await new Promise((r) => setTimeout(r, 250));
  }
  if (!base) throw new Error(`the server did not start: ${log.slice(-2000)}`);
}, 180_000);
afterAll(async () => {
  if (child.exitCode === null) child.kill("SIGKILL");
  await drop();
});

describe("graceful shutdown", () => {
  it("finishes the run in flight, then exits 0 well within its time", { timeout: 120_000 }, async () => {
    const cvs = Array.from({ length: 40 }, (_, i) => ({
      id: `cv${i}`,
      text: `Développeur Java depuis ${i % 9} ans, Spring Boot, PostgreSQL, Git, Docker. Projet ${i}.`,
    }));
    const inFlight = fetch(`${base}/v1/runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        workflow: "screening",
        input: { job: "Développeur Java, Spring Boot, SQL.", cvs },
      }),
    });
    await new Promise((r) => setTimeout(r, 300));
    const exited = once(child, "exit");
    const sentAt = Date.now();
    child.kill("SIGTERM");
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect((await answer.json()) as { status: string }).toMatchObject({
      status: expect.stringMatching(/released|needs_review/),
    });
    const [code] = await exited;
    expect(code).toBe(0);
    expect(Date.now() - sentAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5_000);
    // Nothing listens any more.
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});
