// Batch screening: one job and up to BATCH_MAX_CVS CVs, read as a stream and stored as chunk runs (ordinary
// queued screening runs of at most BATCH_CHUNK_SIZE CVs, each guarded like any other), scored by workers, and
// one ranking over all of them kept in the database (batch_scores), so no process ever holds the whole batch.
// The batch run itself (kind `batch`) is settled when its last chunk comes to rest. Knows no HTTP.
import { createHash, type Hash } from "node:crypto";
import { z } from "zod";
import { DEFAULT_JURISDICTION, type Jurisdiction } from "../core/contract.js";
import { ConflictError, InvalidInputError, TooLargeError } from "../core/errors.js";
import {
  BATCH_OWNER,
  batchProgress,
  chunkRunIds,
  failQueuedChunks,
  insertBatchRun,
  type NewBatchScore,
  releaseBatchKey,
  saveBatchScores,
  setBatchInput,
  unrecordedChunks,
} from "../db/queries/batch.js";
import { endRun, insertQueuedRun } from "../db/queries/run-lifecycle.js";
import { findRun, type RunRow } from "../db/queries/runs.js";
import type { JobQueue } from "./background.js";
import { compiledWorkflow } from "./registry.js";
import { canonicalJson, type RunServiceDeps } from "./runner.js";
import { MAX_TOTAL_CV_CHARS, ScreeningCvInput, ScreeningInput } from "./screening/input.js";

export interface BatchLimits {
  /** CVs one batch may hold (BATCH_MAX_CVS): one more is a TooLargeError (413). */
  maxCvs: number;
  /** CVs per chunk run (BATCH_CHUNK_SIZE). */
  chunkSize: number;
}

export interface BatchRequest {
  job: unknown;
  jurisdiction?: Jurisdiction;
  /** The CVs, read one at a time (a parsed array, or the lines of a JSONL upload as they arrive). */
  cvs: AsyncIterable<unknown> | Iterable<unknown>;
  webhook?: { url: string; keyId: string };
  /**
   * The caller's Idempotency-Key, already scoped to the caller: the same key with the same job and CVs
   * gives back the batch it first started; with another request, a 409 (as POST /v1/runs).
   */
  idempotencyKey?: string;
}

export interface BatchStarted {
  runId: string;
  status: string;
  cvs: number;
  chunks: number;
  /** False when the Idempotency-Key gave back a batch started before. */
  created: boolean;
}

/** Sorts in chunk order: `<batch id>.c000042`. */
export const chunkRunId = (batchId: string, chunk: number) => `${batchId}.c${String(chunk).padStart(6, "0")}`;
const chunkOf = (runId: string) => Number(/\.c(\d+)$/.exec(runId)?.[1] ?? -1);

const JOB_SEND_PAGE = 500;

export const BatchInput = z.object({
  job: z.string(),
  batch: z.object({
    uploading: z.boolean(),
    cvs: z.number().int().optional(),
    chunks: z.number().int().optional(),
    chunkSize: z.number().int().optional(),
  }),
});

/**
 * The upload's CVs, each validated (its fields, no duplicate id, the cap) as it arrives, and folded into a
 * digest of the whole request: the digest is the same for the JSON and the JSONL form of one batch.
 */
async function* validatedCvs(
  cvs: AsyncIterable<unknown> | Iterable<unknown>,
  maxCvs: number,
  digest: Hash,
): AsyncGenerator<ScreeningCvInput> {
  const seen = new Set<string>();
  let count = 0;
  for await (const raw of cvs) {
    if (count >= maxCvs)
      throw new TooLargeError(
        `a batch holds at most ${maxCvs.toLocaleString("en")} CVs (BATCH_MAX_CVS); split it into several batches`,
        { maxCvs, setting: "BATCH_MAX_CVS" },
      );
    const cv = ScreeningCvInput.safeParse(raw);
    if (!cv.success) {
      const issue = cv.error.issues[0];
      const field = ["cvs", String(count), ...(issue?.path.map(String) ?? [])].join(".");
      throw new InvalidInputError(`${field}: ${issue?.message ?? "invalid"}`, { field });
    }
    if (seen.has(cv.data.id))
      throw new InvalidInputError(`cvs.${count}.id: duplicate id ${cv.data.id}`, {
        field: `cvs.${count}.id`,
      });
    seen.add(cv.data.id);
    count += 1;
    digest.update(`\n${canonicalJson(cv.data)}`);
    yield cv.data;
  }
  if (count === 0) throw new InvalidInputError("cvs: at least one CV is needed", { field: "cvs" });
}

/**
 * A replay of an Idempotency-Key: the upload is read through (validated and digested, nothing stored) and
 * compared with the request the key first came with.
 */
async function replayBatch(
  existing: RunRow,
  cvs: AsyncIterable<ScreeningCvInput>,
  digest: Hash,
): Promise<BatchStarted> {
  const otherRequest = () =>
    new ConflictError("Idempotency-Key: already used with another request; use a new key", {
      field: "Idempotency-Key",
      runId: existing.id,
    });
  if (existing.kind !== "batch") throw otherRequest();
  const summary = BatchInput.safeParse(existing.input);
  if (existing.requestHash === null || !summary.success || summary.data.batch.uploading)
    throw new ConflictError(
      "Idempotency-Key: the batch it started is still being uploaded; retry once that request has ended",
      { field: "Idempotency-Key", runId: existing.id },
    );
  // Read through: each CV is validated and folded into the digest as it goes by.
  for await (const _cv of cvs);
  if (digest.digest("hex") !== existing.requestHash) throw otherRequest();
  return {
    runId: existing.id,
    status: existing.status,
    cvs: summary.data.batch.cvs ?? 0,
    chunks: summary.data.batch.chunks ?? 0,
    created: false,
  };
}

export async function startBatch(
  deps: RunServiceDeps,
  queue: JobQueue,
  request: BatchRequest,
  limits: BatchLimits,
): Promise<BatchStarted> {
  const job = ScreeningInput.shape.job.safeParse(request.job);
  if (!job.success)
    throw new InvalidInputError(`job: ${job.error.issues[0]?.message ?? "invalid"}`, { field: "job" });
  const jurisdiction = request.jurisdiction ?? DEFAULT_JURISDICTION;
  // As POST /v1/runs: what was asked (job, jurisdiction, CVs), not where its outcome goes.
  const digest = createHash("sha256").update(canonicalJson({ job: job.data, jurisdiction }));
  const cvs = validatedCvs(request.cvs, limits.maxCvs, digest);
  const batchId = deps.ids.next();
  const now = deps.clock.now();
  const common = {
    workflow: "screening",
    jurisdiction,
    provider: deps.engine.provider,
    model: deps.engine.chatModel,
    offline: deps.engine.offline,
  };
  const inserted = await insertBatchRun(deps.db, {
    ...common,
    id: batchId,
    input: { job: job.data, batch: { uploading: true } },
    webhook: request.webhook?.url ?? null,
    webhookKey: request.webhook?.keyId ?? null,
    idempotencyKey: request.idempotencyKey ?? null,
    createdAt: now,
    updatedAt: now,
  });
  if (!inserted.inserted) return replayBatch(inserted.existing, cvs, digest);
  let chunk: ScreeningCvInput[] = [];
  let chunkChars = 0;
  let chunks = 0;
  let count = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const at = deps.clock.now();
    const id = chunkRunId(batchId, chunks);
    await insertQueuedRun(deps.db, {
      ...common,
      id,
      input: { job: job.data, cvs: chunk },
      kind: "chunk",
      parentRunId: batchId,
      idempotencyKey: `batch:${id}`,
      createdAt: at,
      updatedAt: at,
    });
    chunks += 1;
    chunk = [];
    chunkChars = 0;
  };
  try {
    for await (const cv of cvs) {
      count += 1;
      // A chunk must pass the screening input's own limits: its CV count and its characters in all.
      if (chunk.length >= limits.chunkSize || chunkChars + cv.text.length > MAX_TOTAL_CV_CHARS) await flush();
      chunk.push(cv);
      chunkChars += cv.text.length;
    }
    await flush();
  } catch (error) {
    const at = deps.clock.now();
    const reason = {
      code: "invalid_input",
      message: `the upload was refused: ${error instanceof Error ? error.message : String(error)}`,
    };
    await failQueuedChunks(deps.db, batchId, reason, at);
    await endRun(deps.db, batchId, BATCH_OWNER, { status: "failed", error: reason, now: at });
    if (request.idempotencyKey) await releaseBatchKey(deps.db, batchId);
    throw error;
  }
  await setBatchInput(
    deps.db,
    batchId,
    { job: job.data, batch: { uploading: false, cvs: count, chunks, chunkSize: limits.chunkSize } },
    deps.clock.now(),
    request.idempotencyKey ? digest.digest("hex") : null,
  );
  // Jobs only once the whole upload is stored: a refused upload leaves no work behind.
  for (let after = ""; ; ) {
    const page = await chunkRunIds(deps.db, batchId, after, JOB_SEND_PAGE);
    if (page.length === 0) break;
    await queue.send(page.map((r) => ({ name: "run" as const, runId: r.id })));
    after = page.at(-1)?.id ?? after;
  }
  return { runId: batchId, status: "running", cvs: count, chunks, created: true };
}

const ScoredEntry = z.object({
  id: z.string(),
  score: z.number(),
  recommendation: z.string(),
  verdict: z.string().nullable().optional(),
});
const Ranked = z.object({ ranking: z.array(ScoredEntry) });

/** The scores a chunk run came to: released, its output; waiting or blocked, the draft it holds. */
async function chunkScores(deps: RunServiceDeps, child: RunRow): Promise<z.infer<typeof ScoredEntry>[]> {
  if (child.status === "released") return Ranked.safeParse(child.output).data?.ranking ?? [];
  if (child.status !== "needs_review" && child.status !== "blocked") return [];
  const state = await compiledWorkflow(deps.checkpointer, "screening").state(child.id);
  return Ranked.safeParse(state?.draft?.output).data?.ranking ?? [];
}

/**
 * A chunk at rest: its CVs' scores into the batch's ranking (once per CV), and the batch settled once no
 * chunk is left queued or running. Any job may call it again: nothing is written twice.
 */
export async function recordChunk(deps: RunServiceDeps, queue: JobQueue, child: RunRow): Promise<void> {
  const batchId = child.parentRunId;
  if (!batchId) return;
  await saveChunkScores(deps, child, batchId);
  await settleBatch(deps, queue, batchId);
}

async function saveChunkScores(deps: RunServiceDeps, child: RunRow, batchId: string): Promise<void> {
  const at = deps.clock.now();
  const scores = await chunkScores(deps, child);
  await saveBatchScores(
    deps.db,
    scores.map<NewBatchScore>((s) => ({
      runId: batchId,
      cvId: s.id,
      chunk: chunkOf(child.id),
      childRunId: child.id,
      score: s.score,
      recommendation: s.recommendation,
      verdict: s.verdict ?? null,
      createdAt: at,
    })),
  );
}

export async function settleBatch(deps: RunServiceDeps, queue: JobQueue, batchId: string): Promise<void> {
  const batch = await findRun(deps.db, batchId);
  if (!batch) return;
  const input = BatchInput.safeParse(batch.input);
  if (batch.status === "running") {
    if (!input.success || input.data.batch.uploading) return;
    let progress = await batchProgress(deps.db, batchId);
    if (progress.chunksBusy > 0) return;
    // Before the batch is closed, every chunk at rest brings its scores, also one whose own follow-up was
    // lost (its worker died and another process drove it to rest): no CV is left out of the ranking.
    const missing = await unrecordedChunks(deps.db, batchId);
    for (const child of missing) await saveChunkScores(deps, child, batchId);
    if (missing.length > 0) progress = await batchProgress(deps.db, batchId);
    const waiting = progress.chunks.needs_review ?? 0;
    await endRun(deps.db, batchId, BATCH_OWNER, {
      status: "released",
      verdict: waiting > 0 ? "review" : "pass",
      output: {
        batch: true,
        cvs: input.data.batch.cvs ?? 0,
        scored: progress.cvsScored,
        chunks: progress.chunks,
        humanReviewRequired: waiting > 0,
        reviewReasons:
          waiting > 0
            ? [
                `${waiting} lot(s) attendent une décision humaine avant tout rejet (RGPD art. 22, règle SC-09) : voir leurs runs.`,
              ]
            : [],
        ranking: `/v1/runs/${batchId}/ranking`,
      },
      now: deps.clock.now(),
    });
  }
  const settled = await findRun(deps.db, batchId);
  if (settled?.webhook && settled.status !== "running")
    await queue.send([{ name: "webhook", runId: batchId, event: `run.${settled.status}` }]);
}
