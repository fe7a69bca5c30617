// A screening batch: one parent run (kind `batch`) whose CVs are split into child runs (kind `chunk`), each an
// ordinary queued screening run, and one row of scores per CV written once when its chunk comes to rest.
// Knows no workflow and no HTTP.
import { and, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { batchScores, runs } from "../schema.js";
import { insertIdempotent } from "./run-lifecycle.js";
import type { NewRun, RunRow } from "./runs.js";

/** The lease owner of a batch run: no process drives it, its chunks' jobs settle it. */
export const BATCH_OWNER = "queue:batch";

export type NewBatchScore = typeof batchScores.$inferInsert;

/** Statuses in which a run is not finished with yet. */
const BUSY = ["queued", "running"] as const;

/**
 * A new batch, `running` while its upload is read. With an Idempotency-Key already taken, nothing is
 * inserted and the run holding the key is returned (the caller compares the request it came with).
 */
export async function insertBatchRun(
  db: Database,
  run: Omit<NewRun, "status" | "kind">,
): Promise<{ inserted: true } | { inserted: false; existing: RunRow }> {
  return insertIdempotent(db, {
    ...run,
    status: "running",
    kind: "batch",
    leaseOwner: BATCH_OWNER,
    leaseExpiresAt: null,
  });
}

/**
 * Rewrites a batch's input summary (its CV and chunk counts, known once the upload is read) and, with an
 * Idempotency-Key, the digest of the whole request, which only the whole upload gives.
 */
export async function setBatchInput(
  db: Database,
  runId: string,
  input: unknown,
  now: Date,
  requestHash: string | null = null,
): Promise<void> {
  await db
    .update(runs)
    .set({ input, updatedAt: now, ...(requestHash ? { requestHash } : {}) })
    .where(and(eq(runs.id, runId), eq(runs.kind, "batch")));
}

/** A refused upload gives its Idempotency-Key back: the caller may send the corrected batch with it. */
export async function releaseBatchKey(db: Database, runId: string): Promise<void> {
  await db
    .update(runs)
    .set({ idempotencyKey: null, requestHash: null })
    .where(and(eq(runs.id, runId), eq(runs.kind, "batch")));
}

/** Every chunk run of a batch (ids and statuses; a batch has at most BATCH_MAX_CVS / chunk size of them). */
export async function allChunkRuns(db: Database, parentId: string) {
  return db
    .select({ id: runs.id, status: runs.status })
    .from(runs)
    .where(eq(runs.parentRunId, parentId))
    .orderBy(asc(runs.id));
}

/** The ranking of an erased batch goes with it: it names CVs by their ids. */
export async function deleteBatchScores(db: Database, parentId: string): Promise<number> {
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(batchScores)
    .where(eq(batchScores.runId, parentId));
  await db.delete(batchScores).where(eq(batchScores.runId, parentId));
  return Number(counted?.n ?? 0);
}

/** The batch's chunk runs, a page at a time, in id order (chunk ids sort in chunk order). */
export async function chunkRunIds(db: Database, parentId: string, after: string, limit: number) {
  const rows = await db
    .select({ id: runs.id, status: runs.status })
    .from(runs)
    .where(and(eq(runs.parentRunId, parentId), gt(runs.id, after)))
    .orderBy(asc(runs.id))
    .limit(limit);
  return rows;
}

/** Chunks at rest that brought no score to their batch yet (a follow-up lost with a dead worker). */
export async function unrecordedChunks(db: Database, parentId: string, limit = 100) {
  return db
    .select()
    .from(runs)
    .where(
      and(
        eq(runs.parentRunId, parentId),
        sql`${runs.status} not in ('queued', 'running')`,
        sql`not exists (select 1 from ${batchScores} s where s.child_run_id = ${runs.id})`,
      ),
    )
    .limit(limit);
}

export interface BatchProgress {
  chunks: Record<string, number>;
  chunksTotal: number;
  chunksBusy: number;
  cvsScored: number;
}

export async function batchProgress(db: Database, parentId: string): Promise<BatchProgress> {
  const counts = await db
    .select({ status: runs.status, n: sql<number>`count(*)::int` })
    .from(runs)
    .where(eq(runs.parentRunId, parentId))
    .groupBy(runs.status);
  const [scored] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(batchScores)
    .where(eq(batchScores.runId, parentId));
  const chunks = Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]));
  const chunksTotal = counts.reduce((sum, c) => sum + Number(c.n), 0);
  const chunksBusy = counts
    .filter((c) => (BUSY as readonly string[]).includes(c.status))
    .reduce((sum, c) => sum + Number(c.n), 0);
  return { chunks, chunksTotal, chunksBusy, cvsScored: Number(scored?.n ?? 0) };
}

/** Written once per CV: a chunk recorded again (a retried job) adds nothing. */
export async function saveBatchScores(db: Database, rows: NewBatchScore[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1_000)
    await db
      .insert(batchScores)
      .values(rows.slice(start, start + 1_000))
      .onConflictDoNothing({ target: [batchScores.runId, batchScores.cvId] });
}

export interface RankedCv {
  rank: number;
  cvId: string;
  score: number;
  recommendation: string;
  verdict: string | null;
  chunk: number;
  childRunId: string;
  /** The chunk run's status now (a waiting chunk becomes released or blocked once a person decides). */
  status: string;
}

/** One ranking over every CV of the batch, best first (ties by CV id), a page at a time. */
export async function rankingPage(
  db: Database,
  parentId: string,
  page: { limit: number; offset: number },
): Promise<{ items: RankedCv[]; total: number }> {
  const rows = await db
    .select({
      cvId: batchScores.cvId,
      score: batchScores.score,
      recommendation: batchScores.recommendation,
      verdict: batchScores.verdict,
      chunk: batchScores.chunk,
      childRunId: batchScores.childRunId,
      status: runs.status,
    })
    .from(batchScores)
    .innerJoin(runs, eq(runs.id, batchScores.childRunId))
    .where(eq(batchScores.runId, parentId))
    .orderBy(desc(batchScores.score), asc(batchScores.cvId))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(batchScores)
    .where(eq(batchScores.runId, parentId));
  return {
    items: rows.map((r, i) => ({ rank: page.offset + i + 1, ...r })),
    total: Number(total?.n ?? 0),
  };
}

/** An upload that failed half-way: its chunks that no worker took end `failed` (queued → failed). */
export async function failQueuedChunks(
  db: Database,
  parentId: string,
  error: { code: string; message: string },
  now: Date,
): Promise<number> {
  const ended = await db
    .update(runs)
    .set({ status: "failed", error, updatedAt: now })
    .where(and(eq(runs.parentRunId, parentId), inArray(runs.status, ["queued"])))
    .returning({ id: runs.id });
  return ended.length;
}

/**
 * Runs still queued after `before` that no job may hold any more (a process died between storing a run and
 * sending its job): the worker sends their jobs again; claiming stays conditional, so a duplicate is harmless.
 */
export async function staleQueuedRuns(db: Database, before: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: runs.id })
    .from(runs)
    .where(and(eq(runs.status, "queued"), sql`${runs.updatedAt} < ${before.toISOString()}::timestamptz`))
    .orderBy(asc(runs.updatedAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
