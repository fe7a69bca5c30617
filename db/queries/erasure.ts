// Erasing what a run holds about a candidate (RGPD art. 17): its input, outputs, the texts in its trace,
// its findings' evidence, its embeddings, the reviewers' corrected text and reasons, and the texts its
// audit entries quoted. What stays is what the AI Act asks a deployer to keep (art. 12, 26): that the run
// happened, its workflow, its verdict and status, who decided what and when, and the erasure itself.
// LangGraph's checkpoints live outside Drizzle's schema and are deleted by the caller (the checkpointer).
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import {
  auditLog,
  embeddings,
  findings,
  reviewDecisions,
  reviewItems,
  runSteps,
  runs,
  screeningOutcomes,
} from "../schema.js";

export const ERASED = "[effacé]";

/** Audit details keep their decisions and states, never a text that may quote the candidate. */
const KEPT_AUDIT_KEYS = new Set([
  "decisionId",
  "keyId",
  "role",
  "before",
  "after",
  "disagreesWithGuards",
  "workflow",
  "status",
  "verdict",
]);

export function redactAuditDetails(details: unknown): Record<string, unknown> {
  if (!details || typeof details !== "object") return { erased: true };
  const kept = Object.entries(details).filter(([k]) => KEPT_AUDIT_KEYS.has(k));
  return { ...Object.fromEntries(kept), erased: true };
}

export interface ErasureCounts {
  steps: number;
  findings: number;
  embeddings: number;
  decisions: number;
  auditEntries: number;
}

/** One transaction: a run is erased entirely or not at all. */
export async function eraseRunData(
  db: Database,
  runId: string,
  options: { at: Date; endWaiting: boolean },
): Promise<ErasureCounts> {
  return db.transaction(async (tx) => {
    await tx
      .update(runs)
      .set({
        input: { erased: true },
        output: null,
        updatedAt: options.at,
        // A run still waiting for a person can no longer be decided on: nothing of it will be released.
        ...(options.endWaiting
          ? {
              status: "blocked",
              error: { code: "erased", message: "erased before a decision; nothing was released" },
            }
          : {}),
      })
      .where(eq(runs.id, runId));
    const steps = await tx
      .update(runSteps)
      .set({ input: null, output: null })
      .where(eq(runSteps.runId, runId))
      .returning({ id: runSteps.id });
    const found = await tx
      .update(findings)
      .set({ evidence: ERASED, suggestion: null, explanation: null, target: null })
      .where(eq(findings.runId, runId))
      .returning({ id: findings.id });
    // The queue's reasons name CVs by their ids.
    await tx.delete(reviewItems).where(eq(reviewItems.runId, runId));
    const vectors = await tx
      .delete(embeddings)
      .where(eq(embeddings.runId, runId))
      .returning({ id: embeddings.id });
    // The candidate's declared categories and scores for the bias audit go with the rest.
    await tx.delete(screeningOutcomes).where(eq(screeningOutcomes.runId, runId));
    const decisions = await tx
      .update(reviewDecisions)
      .set({ reason: ERASED, editedOutput: null })
      .where(eq(reviewDecisions.runId, runId))
      .returning({ id: reviewDecisions.id });
    const entries = await tx.select().from(auditLog).where(eq(auditLog.runId, runId));
    for (const entry of entries)
      await tx
        .update(auditLog)
        .set({ details: redactAuditDetails(entry.details) })
        .where(eq(auditLog.id, entry.id));
    return {
      steps: steps.length,
      findings: found.length,
      embeddings: vectors.length,
      decisions: decisions.length,
      auditEntries: entries.length,
    };
  });
}

const ENDED = ["released", "blocked", "failed"];

/**
 * Ended runs of the given workflows (those whose input is about candidates: the database knows no
 * workflow, graphs/ says which), last touched before `cutoff`, whose input is still there: what the
 * retention limit purges.
 */
export async function runsPastRetention(
  db: Database,
  cutoff: Date,
  workflows: readonly string[],
  limit = 100,
): Promise<string[]> {
  if (workflows.length === 0) return [];
  const rows = await db
    .select({ id: runs.id })
    .from(runs)
    .where(
      and(
        inArray(runs.status, ENDED),
        inArray(runs.workflow, [...workflows]),
        lt(runs.updatedAt, cutoff),
        sql`not (${runs.input} ? 'erased' or ${runs.input} ? 'purged')`,
      ),
    )
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * The retention purge: the candidate input and the embeddings made from it go; the trace, findings,
 * decisions and audit entries stay, as the decision log the AI Act asks for, but the candidate texts they
 * quote are stored masked from now on (`mask`: personal data and the candidates' names, read from the input
 * before it goes; server/trace/names.ts). DELETE erases them entirely.
 */
export async function purgeRunInput(
  db: Database,
  runId: string,
  at: Date,
  mask: (value: unknown) => unknown = (value) => value,
): Promise<void> {
  await db.transaction(async (tx) => {
    const hide = (value: unknown) => (value === null || value === undefined ? value : mask(value));
    const text = (value: string | null) => (value === null ? null : String(hide(value)));
    for (const step of await tx.select().from(runSteps).where(eq(runSteps.runId, runId)))
      await tx
        .update(runSteps)
        .set({ input: hide(step.input), output: hide(step.output) })
        .where(eq(runSteps.id, step.id));
    for (const f of await tx.select().from(findings).where(eq(findings.runId, runId)))
      await tx
        .update(findings)
        .set({
          evidence: String(hide(f.evidence)),
          explanation: text(f.explanation),
          suggestion: text(f.suggestion),
        })
        .where(eq(findings.id, f.id));
    for (const d of await tx.select().from(reviewDecisions).where(eq(reviewDecisions.runId, runId)))
      await tx
        .update(reviewDecisions)
        .set({ reason: String(hide(d.reason)), editedOutput: hide(d.editedOutput) })
        .where(eq(reviewDecisions.id, d.id));
    await tx
      .update(runs)
      .set({ input: { purged: true }, updatedAt: at })
      .where(eq(runs.id, runId));
    await tx.delete(embeddings).where(eq(embeddings.runId, runId));
    await tx.update(reviewItems).set({ reasons: [] }).where(eq(reviewItems.runId, runId));
  });
}

/** The input a purge needs to build its masker (the names it points at), read before it goes. */
export async function runInput(db: Database, runId: string): Promise<unknown> {
  const [run] = await db.select({ input: runs.input }).from(runs).where(eq(runs.id, runId));
  return run?.input;
}

/**
 * Ended runs of any workflow, last touched before `cutoff`, that still have LangGraph checkpoints (schema
 * `langgraph`, written by runtime/checkpointer.ts): an ended run is never resumed, and its checkpoints hold
 * every draft. Empty while the checkpointer has not created its tables yet.
 */
// The cutoff goes as ISO text cast in SQL: in a raw query postgres.js cannot serialise a Date (PGlite can).
export async function endedRunsWithCheckpoints(db: Database, cutoff: Date, limit = 100): Promise<string[]> {
  const exists = await db.execute<{ found: string | null }>(
    sql`select to_regclass('langgraph.checkpoints')::text as found`,
  );
  const rows =
    (exists as unknown as { rows?: { found: string | null }[] }).rows ??
    (exists as unknown as { found: string | null }[]);
  if (!rows[0]?.found) return [];
  const result = await db.execute<{ id: string }>(
    sql`select distinct r.id from ${runs} r join langgraph.checkpoints c on c.thread_id = r.id
        where r.status in ('released', 'blocked', 'failed')
          and r.updated_at < ${cutoff.toISOString()}::timestamptz limit ${limit}`,
  );
  const ids =
    (result as unknown as { rows?: { id: string }[] }).rows ?? (result as unknown as { id: string }[]);
  return ids.map((r) => r.id);
}
