// Two API processes and two worker processes (real child processes) on one PostgreSQL: a screening batch sent
// to one API, read from the other, a worker killed (SIGKILL) while it drives a chunk. The batch completes
// once, every CV scored once, no embedding or finding written twice, and the signed webhook reaches a server
// on 127.0.0.1. Needs a PostgreSQL server (TEST_DATABASE_URL); skipped on PGlite, whose directory belongs to
// one process.
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromRoot } from "../core/paths.js";
import { testDatabaseSettings, testsUsePostgres } from "../db/test-support/database.js";
import { JOB, MATCHING_CV, OTHER_CV } from "../graphs/screening/test-support/fixtures.js";

const onPostgres = testsUsePostgres();
const children: ChildProcess[] = [];
let drop = async () => {};
let databaseUrl = "";
let hooks: Server | undefined;
let hookUrl = "";
const received: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];

function start(
  kind: "api" | "worker",
  env: Record<string, string>,
): { child: ChildProcess; log: () => string } {
  const entry = kind === "api" ? fromRoot("server", "main.ts") : fromRoot("cli", "main.ts");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", entry, ...(kind === "worker" ? ["worker"] : [])],
    {
      cwd: fromRoot(),
      env: { PATH: process.env.PATH, LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let log = "";
  child.stderr?.on("data", (d: Buffer) => {
    log = (log + d.toString()).slice(-20_000);
  });
  children.push(child);
  return { child, log: () => log };
}

async function waitFor(
  what: string,
  read: () => string | undefined,
  log: () => string = () => "",
  ms = 400_000,
): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${log().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const apiUrl = (log: () => string) => () => /"url":"(http:\/\/[^"]+)"/.exec(log())?.[1];

let api1 = "";
let api2 = "";
let workers: Array<{ child: ChildProcess; log: () => string }> = [];

beforeAll(async () => {
  if (!onPostgres) return;
  const database = await testDatabaseSettings();
  drop = database.drop;
  databaseUrl = database.env.DATABASE_URL ?? "";
  hooks = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((done) => hooks?.listen(0, "127.0.0.1", done));
  hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/hook`;
  const common = {
    DATABASE_URL: databaseUrl,
    PORT: "0",
    IN_PROCESS_WORKER: "false",
    WEBHOOK_ALLOW_PRIVATE: "true",
    BATCH_CHUNK_SIZE: "10",
    // A dead worker's job and runs come back within seconds, not minutes.
    JOB_EXPIRE_SECONDS: "20",
    RUN_LEASE_SECONDS: "6",
    WORKER_CONCURRENCY: "1",
    SHUTDOWN_TIMEOUT_MS: "5000",
  };
  // The first API migrates the fresh database; the others start once it has.
  const first = start("api", common);
  api1 = await waitFor("the first API", apiUrl(first.log), first.log);
  const second = start("api", common);
  workers = [start("worker", common), start("worker", common)];
  api2 = await waitFor("the second API", apiUrl(second.log));
  for (const w of workers)
    await waitFor("a worker", () => (/worker started/.test(w.log()) ? "up" : undefined));
}, 300_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  if (hooks) await new Promise((done) => hooks?.close(done));
  await drop();
});

describe.skipIf(!onPostgres)("two APIs and two workers on one PostgreSQL", () => {
  it("completes a batch once after a worker is killed mid-chunk, and signs its webhook", {
    timeout: 600_000,
  }, async () => {
    const cvs = Array.from({ length: 80 }, (_, i) => ({
      id: `cv-${String(i).padStart(3, "0")}`,
      text: i % 4 === 0 ? `${OTHER_CV}\nRéférence ${i}.` : `${MATCHING_CV}\nProjet ${i}.`,
    }));
    const jsonl = [
      JSON.stringify({ job: JOB, webhook: hookUrl }),
      ...cvs.map((cv) => JSON.stringify(cv)),
    ].join("\n");
    const res = await fetch(`${api1}/v1/runs/batch`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: jsonl,
    });
    expect(res.status).toBe(202);
    const { runId, chunks } = (await res.json()) as { runId: string; chunks: number };
    expect(chunks).toBe(8);

    // Kill the first worker while it holds a chunk run's lease (mid-job).
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const victim = workers[0]?.child;
      const pid = victim?.pid ?? -1;
      const deadline = Date.now() + 240_000;
      let killedMidJob = false;
      while (Date.now() < deadline && !killedMidJob) {
        const held = await db.query(
          "select count(*)::int as n from runs where parent_run_id = $1 and status = 'running' and lease_owner like $2",
          [runId, `%:${pid}:%`],
        );
        if ((held.rows[0] as { n: number }).n > 0) {
          victim?.kill("SIGKILL");
          killedMidJob = true;
        } else await new Promise((r) => setTimeout(r, 100));
      }
      expect(killedMidJob).toBe(true);

      // Read through the other API until the batch is settled.
      let run: Record<string, unknown> = {};
      const until = Date.now() + 480_000;
      while (Date.now() < until) {
        run = (await (await fetch(`${api2}/v1/runs/${runId}`)).json()) as Record<string, unknown>;
        const deliveries =
          (run.webhook as { deliveries?: Array<{ ok: boolean }> } | undefined)?.deliveries ?? [];
        if (run.status !== "running" && deliveries.some((d) => d.ok)) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
      expect(run.status).toBe("released");
      expect(run.progress).toMatchObject({ chunksTotal: 8, chunksBusy: 0, cvsScored: 80 });

      const ranking = (await (await fetch(`${api2}/v1/runs/${runId}/ranking?limit=1000`)).json()) as {
        total: number;
        items: Array<{ cvId: string }>;
      };
      expect(ranking.total).toBe(80);
      expect(new Set(ranking.items.map((i) => i.cvId)).size).toBe(80);

      // Nothing written twice: one embedding per CV and per chunk job, findings unique by content.
      const embeddings = await db.query(
        "select count(*)::int as n, count(distinct (run_id, owner_kind, owner_id))::int as d from embeddings where run_id like $1",
        [`${runId}.%`],
      );
      expect(embeddings.rows[0]).toEqual({ n: 88, d: 88 });
      const findings = await db.query(
        `select count(*)::int as n, count(distinct (run_id, revision, guard, rule, coalesce(target, ''), start, "end", evidence))::int as d
           from findings where run_id like $1`,
        [`${runId}.%`],
      );
      const f = findings.rows[0] as { n: number; d: number };
      expect(f.n).toBe(f.d);
      const chunkRuns = await db.query(
        "select count(*)::int as n from runs where parent_run_id = $1 and status in ('queued', 'running')",
        [runId],
      );
      expect((chunkRuns.rows[0] as { n: number }).n).toBe(0);

      // The webhook: delivered once, signed with the key's secret (open mode: the "open" endpoint).
      const hook = received.filter((h) => h.headers["garde-fou-run"] === runId);
      expect(hook).toHaveLength(1);
      const secret = (
        (await db.query("select secret from webhook_endpoints where key_id = 'open'")).rows[0] as {
          secret: string;
        }
      ).secret;
      const [, t, v1] =
        /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(hook[0]?.headers["garde-fou-signature"])) ?? [];
      expect(v1).toBe(createHmac("sha256", secret).update(`${t}.${hook[0]?.body}`).digest("hex"));
      expect(JSON.parse(hook[0]?.body ?? "{}")).toMatchObject({ event: "run.released", runId });
    } finally {
      await db.end();
    }
  });
});
