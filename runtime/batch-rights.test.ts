// A screening batch as its owner and an administrator see it (#14): the app key that sent a batch reads its
// chunk runs and another app key does not; the same Idempotency-Key with the same batch gives the same
// batch back, with another batch a 409; an administrator's DELETE erases the chunks' candidates too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../core/logger.js";
import { createApiKey } from "../db/queries/keys.js";
import { tablesHolding } from "../db/test-support/marker.js";
import { JOB, MATCHING_CV, OTHER_CV } from "../graphs/screening/test-support/fixtures.js";
import { createApp } from "../server/app.js";
import type { Runtime } from "./index.js";
import { openQueue, type QueueHandle } from "./queue.js";
import { openTestRuntime } from "./test-support/runtime.js";
import { startWorkers, type Workers } from "./workers.js";

const MARKER = "QWZX4417";
const EMAIL = "dominique.qwzx@example.fr";

let runtime: Runtime;
let queue: QueueHandle;
let workers: Workers;
let app: ReturnType<typeof createApp>;
const keys: Record<string, string> = {};
const as = (who: string) => ({ authorization: `Bearer ${keys[who]}` });

beforeAll(async () => {
  runtime = await openTestRuntime({ BATCH_CHUNK_SIZE: "3", BATCH_MAX_CVS: "20" });
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
  for (const [who, role] of [
    ["app", "app"],
    ["other", "app"],
    ["admin", "admin"],
  ] as const)
    keys[who] = (await createApiKey(runtime.database.db, { name: who, role }, runtime.runs)).key;
}, 120_000);

afterAll(async () => {
  await workers?.stop(5_000);
  await queue?.close();
  await runtime?.close();
});

const post = (path: string, body: string, headers: Record<string, string>) =>
  app.request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 150_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const CVS = [
  { id: "dev-1", text: MATCHING_CV },
  { id: `cand-${MARKER}`, text: `${OTHER_CV}\nMarqueur ${MARKER}. Contact : ${EMAIL}.` },
  { id: "dev-2", text: `${MATCHING_CV}\nProjet 2.` },
  { id: "other-1", text: OTHER_CV },
];

describe("a batch, its chunks and its Idempotency-Key", { timeout: 240_000 }, () => {
  let batchId: string;

  it("gives the same batch for the same key and body (JSON or JSONL), a 409 for another body", async () => {
    const first = await post("/v1/runs/batch", JSON.stringify({ job: JOB, cvs: CVS }), {
      ...as("app"),
      "idempotency-key": "batch-1",
    });
    if (first.status !== 202) throw new Error(await first.text());
    const started = (await first.json()) as { runId: string; cvs: number; chunks: number };
    expect(started).toMatchObject({ cvs: 4, chunks: 2 });
    batchId = started.runId;

    // The same batch sent again as JSONL, its keys in another order: the same batch, nothing new stored.
    const jsonl = [
      JSON.stringify({ job: JOB }),
      ...CVS.map((cv) => JSON.stringify({ text: cv.text, id: cv.id })),
    ].join("\n");
    const again = await post("/v1/runs/batch", jsonl, {
      ...as("app"),
      "idempotency-key": "batch-1",
      "content-type": "application/x-ndjson",
    });
    expect(again.status).toBe(202);
    expect(((await again.json()) as { runId: string }).runId).toBe(batchId);

    const other = await post("/v1/runs/batch", JSON.stringify({ job: JOB, cvs: CVS.slice(1) }), {
      ...as("app"),
      "idempotency-key": "batch-1",
    });
    expect(other.status).toBe(409);
    expect(JSON.stringify(await other.json())).toContain("Idempotency-Key");

    // A refused upload does not use its key up: the corrected batch goes with the same key.
    const refused = await post("/v1/runs/batch", JSON.stringify({ job: JOB, cvs: [CVS[0], CVS[0]] }), {
      ...as("app"),
      "idempotency-key": "batch-2",
    });
    expect(refused.status).toBe(400);
    const corrected = await post("/v1/runs/batch", JSON.stringify({ job: JOB, cvs: [CVS[0]] }), {
      ...as("app"),
      "idempotency-key": "batch-2",
    });
    expect(corrected.status).toBe(202);
    expect(((await corrected.json()) as { runId: string }).runId).not.toBe(batchId);

    const batch = (await (await app.request(`/v1/runs/${batchId}`, { headers: as("admin") })).json()) as {
      progress: { chunksTotal: number };
    };
    expect(batch.progress.chunksTotal).toBe(2);
  });

  it("lets the app key that sent the batch read its chunk runs, and no other app key", async () => {
    const done = await until(
      async () =>
        (await (await app.request(`/v1/runs/${batchId}`, { headers: as("app") })).json()) as {
          status: string;
        },
      (r) => r.status !== "running",
    );
    expect(done.status).toBe("released");
    const chunk = `${batchId}.c000000`;
    const own = await app.request(`/v1/runs/${chunk}`, { headers: as("app") });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { parentRunId: string }).parentRunId).toBe(batchId);
    for (const path of [`/v1/runs/${chunk}`, `/v1/runs/${chunk}/stream`, `/v1/runs/${batchId}`])
      expect((await app.request(path, { headers: as("other") })).status, path).toBe(404);
  });

  it("is erased with its chunks by an administrator: nothing of the candidate is left in any table", async () => {
    const db = runtime.database.db;
    const before = await tablesHolding(db, MARKER);
    expect(before).toContain("public.runs.input");
    expect(before).toContain("public.batch_scores.cv_id");
    expect(before.some((t) => t.startsWith("langgraph."))).toBe(true);

    expect((await app.request(`/v1/runs/${batchId}`, { method: "DELETE", headers: as("app") })).status).toBe(
      403,
    );
    const res = await app.request(`/v1/runs/${batchId}`, { method: "DELETE", headers: as("admin") });
    expect(res.status).toBe(200);
    const erased = (await res.json()) as { counts: Record<string, number> };
    expect(erased.counts.chunks).toBe(2);
    expect(erased.counts.rankedCvs).toBe(4);
    expect(await tablesHolding(db, MARKER)).toEqual([]);
    expect(await tablesHolding(db, EMAIL)).toEqual([]);

    for (const id of [batchId, `${batchId}.c000000`, `${batchId}.c000001`]) {
      const run = (await (await app.request(`/v1/runs/${id}`, { headers: as("admin") })).json()) as {
        input: unknown;
        status: string;
      };
      expect(run.input, id).toEqual({ erased: true });
      expect(run.status, id).not.toBe("needs_review");
    }
    const ranking = (await (
      await app.request(`/v1/runs/${batchId}/ranking`, { headers: as("admin") })
    ).json()) as { total: number };
    expect(ranking.total).toBe(0);
  });
});
