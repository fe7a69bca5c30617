// Background runs end to end in one process, as `npm start` runs them: the API answers 202, the in-process
// worker takes the job from pg-boss (on PGlite through its adapter, or on PostgreSQL), the stream shows the
// steps and the end, a signed webhook reaches a server on 127.0.0.1, and a batch gives one ranking.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../core/logger.js";
import { JOB, MATCHING_CV, OTHER_CV } from "../graphs/screening/test-support/fixtures.js";
import { createApp } from "../server/app.js";
import type { Runtime } from "./index.js";
import { openQueue, type QueueHandle } from "./queue.js";
import { openTestRuntime } from "./test-support/runtime.js";
import { startWorkers, type Workers } from "./workers.js";

let runtime: Runtime;
let queue: QueueHandle;
let workers: Workers;
let app: ReturnType<typeof createApp>;
let hooks: Server;
let hookUrl: string;
const received: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];

beforeAll(async () => {
  runtime = await openTestRuntime({
    WEBHOOK_ALLOW_PRIVATE: "true",
    BATCH_CHUNK_SIZE: "20",
    BATCH_MAX_CVS: "60",
  });
  queue = await openQueue(runtime.database, runtime.settings, silentLogger, { supervise: true });
  workers = await startWorkers(runtime, queue);
  app = createApp({
    settings: runtime.settings,
    db: runtime.database.db,
    runs: runtime.runs,
    logger: silentLogger,
    version: "test",
    queue: queue.queue,
  });
  hooks = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => hooks.listen(0, "127.0.0.1", done));
  hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/hook`;
}, 120_000);

afterAll(async () => {
  await workers?.stop(5_000);
  await queue?.close();
  await runtime?.close();
  if (hooks) await new Promise((done) => hooks.close(done));
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const readRun = async (id: string) =>
  (await (await app.request(`/v1/runs/${id}`)).json()) as Record<string, unknown>;

describe("background runs", { timeout: 180_000 }, () => {
  it("answers 202 at once, runs the job in the worker, streams the steps and the end", async () => {
    const res = await post(
      "/v1/runs",
      { workflow: "ad_writing", input: { brief: "Nous recrutons un vendeur à Lyon, CDI temps plein." } },
      { prefer: "respond-async" },
    );
    expect(res.status).toBe(202);
    const queued = (await res.json()) as { runId: string; status: string; url: string; streamUrl: string };
    expect(queued.status).toBe("queued");
    expect(res.headers.get("location")).toBe(queued.url);
    const stream = await app.request(queued.streamUrl);
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const text = await stream.text();
    expect(text).toContain("event: status");
    expect(text).toContain("event: step");
    const end = /event: end\ndata: (.*)\n/.exec(text);
    expect(JSON.parse(end?.[1] ?? "{}").status).toBe("released");
    // A reconnection after the last step starts from the current state and sends no step again.
    const lastId = [...text.matchAll(/id: (\d+)/g)].at(-1)?.[1] ?? "0";
    const again = await (
      await app.request(queued.streamUrl, { headers: { "last-event-id": lastId } })
    ).text();
    expect(again).not.toContain("event: step");
    expect(again).toContain("event: end");
  });

  it("delivers a signed webhook, once, and records it on the run", async () => {
    const { secret } = (await (await app.request("/v1/webhook")).json()) as { secret: string };
    const res = await post("/v1/runs", {
      workflow: "ad_writing",
      input: { brief: "Nous recrutons un vendeur à Lyon, CDI temps plein." },
      webhook: hookUrl,
    });
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: string };
    const run = await until(
      () => readRun(runId),
      (r) => ((r.webhook as { deliveries: unknown[] } | undefined)?.deliveries.length ?? 0) > 0,
    );
    const deliveries = (run.webhook as { deliveries: Array<{ ok: boolean; event: string }> }).deliveries;
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ ok: true, event: "run.released" });
    const hook = received.find((h) => h.headers["garde-fou-run"] === runId);
    expect(hook).toBeDefined();
    const signature = String(hook?.headers["garde-fou-signature"]);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
    expect(v1).toBe(createHmac("sha256", secret).update(`${t}.${hook?.body}`).digest("hex"));
    expect(JSON.parse(hook?.body ?? "{}").run.status).toBe("released");
  });

  it("delivers the final outcome, signed, when a reviewer's decision ends a waiting run", async () => {
    const { secret } = (await (await app.request("/v1/webhook")).json()) as { secret: string };
    const res = await post("/v1/runs", {
      workflow: "screening",
      input: {
        job: JOB,
        cvs: [
          { id: "dev", text: MATCHING_CV },
          { id: "baker", text: OTHER_CV },
        ],
      },
      webhook: hookUrl,
    });
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: string };
    const events = (r: Record<string, unknown>) =>
      (
        (r.webhook as { deliveries: Array<{ ok: boolean; event: string }> } | undefined)?.deliveries ?? []
      ).map((d) => d.event);
    const waiting = await until(
      () => readRun(runId),
      (r) => events(r).includes("run.needs_review"),
    );
    expect(waiting.status).toBe("needs_review");
    const decided = await post(`/v1/review/${runId}/decision`, {
      decision: "approve",
      reason: "classement vérifié",
    });
    expect(decided.status).toBe(200);
    const run = await until(
      () => readRun(runId),
      (r) => events(r).includes("run.released"),
    );
    expect(events(run)).toEqual(["run.needs_review", "run.released"]);
    const hook = received.find(
      (h) => h.headers["garde-fou-run"] === runId && JSON.parse(h.body).run?.status === "released",
    );
    expect(hook).toBeDefined();
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(hook?.headers["garde-fou-signature"])) ?? [];
    expect(v1).toBe(createHmac("sha256", secret).update(`${t}.${hook?.body}`).digest("hex"));
    expect(hook?.headers["garde-fou-event"]).toBe("run.released");
  });

  it("refuses a webhook that is not http(s)", async () => {
    const res = await post("/v1/runs", {
      workflow: "ad_writing",
      input: { brief: "Nous recrutons un vendeur à Lyon." },
      webhook: "file:///etc/passwd",
    });
    expect(res.status).toBe(400);
  });

  it("screens a batch in chunks into one ranking, streamed as JSONL; refuses one CV past the cap with 413", async () => {
    const cvs = Array.from({ length: 45 }, (_, i) => ({
      id: `cv-${String(i).padStart(3, "0")}`,
      text: i % 3 === 0 ? OTHER_CV : `${MATCHING_CV}\nProjet ${i}.`,
    }));
    const jsonl = [JSON.stringify({ job: JOB }), ...cvs.map((cv) => JSON.stringify(cv))].join("\n");
    const res = await post("/v1/runs/batch", jsonl, { "content-type": "application/x-ndjson" });
    if (res.status !== 202) throw new Error(await res.text());
    const started = (await res.json()) as { runId: string; cvs: number; chunks: number };
    expect(started).toMatchObject({ cvs: 45, chunks: 3 });
    const run = await until(
      () => readRun(started.runId),
      (r) => r.status !== "running",
      150_000,
    );
    expect(run.status).toBe("released");
    expect(run.progress).toMatchObject({ chunksTotal: 3, chunksBusy: 0, cvsScored: 45 });
    const ranking = (await (await app.request(`/v1/runs/${started.runId}/ranking?limit=100`)).json()) as {
      total: number;
      items: Array<{ rank: number; cvId: string; score: number }>;
    };
    expect(ranking.total).toBe(45);
    expect(new Set(ranking.items.map((i) => i.cvId)).size).toBe(45);
    const scores = ranking.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const tooMany = Array.from({ length: 61 }, (_, i) => ({ id: `x${i}`, text: OTHER_CV }));
    const refused = await post("/v1/runs/batch", { job: JOB, cvs: tooMany });
    expect(refused.status).toBe(413);
    expect(JSON.stringify(await refused.json())).toContain("BATCH_MAX_CVS");
  });
});
