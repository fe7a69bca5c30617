// What the value and documentation pages read: plain rows, computed upon in server/audit/.
import { and, desc, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { auditLog, evalRuns, modelCalls, reviewDecisions, runs } from "../schema.js";

export interface ValueRows {
  runs: Array<{
    id: string;
    workflow: string;
    status: string;
    revisions: number;
    createdAt: Date;
    updatedAt: Date;
  }>;
  decisions: Array<{ runId: string; decision: string; createdAt: Date }>;
  /** Tokens per run, provider and model. */
  calls: Array<{ runId: string; provider: string; model: string; inputTokens: number; outputTokens: number }>;
}

export async function loadValueRows(db: Database): Promise<ValueRows> {
  const [runRows, decisionRows, callRows] = await Promise.all([
    db
      .select({
        id: runs.id,
        workflow: runs.workflow,
        status: runs.status,
        revisions: runs.revisions,
        createdAt: runs.createdAt,
        updatedAt: runs.updatedAt,
      })
      .from(runs),
    db
      .select({
        runId: reviewDecisions.runId,
        decision: reviewDecisions.decision,
        createdAt: reviewDecisions.createdAt,
      })
      .from(reviewDecisions),
    db
      .select({
        runId: modelCalls.runId,
        provider: modelCalls.provider,
        model: modelCalls.model,
        inputTokens: sql<number>`sum(${modelCalls.inputTokens})::int`,
        outputTokens: sql<number>`sum(${modelCalls.outputTokens})::int`,
      })
      .from(modelCalls)
      .groupBy(modelCalls.runId, modelCalls.provider, modelCalls.model),
  ]);
  return { runs: runRows, decisions: decisionRows, calls: callRows };
}

export async function latestEvalRun(db: Database) {
  const [row] = await db.select().from(evalRuns).orderBy(desc(evalRuns.startedAt)).limit(1);
  return row;
}

const ENDED = ["released", "blocked", "failed"];

/**
 * The log's retention (LOG_RETENTION_DAYS): ended runs last touched before `cutoff` are deleted with
 * everything attached (steps, model calls, findings, decisions, embeddings, screening scores cascade), and
 * so are audit entries older than the cutoff. Returns how many runs and entries went.
 */
export async function deleteExpiredLog(
  db: Database,
  cutoff: Date,
  onRunDeleted: (runId: string) => Promise<void>,
): Promise<{ runs: number; auditEntries: number }> {
  const gone = await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(runs)
      .where(and(inArray(runs.status, ENDED), lt(runs.updatedAt, cutoff)))
      .returning({ id: runs.id });
    const entries = await tx.delete(auditLog).where(lt(auditLog.at, cutoff)).returning({ id: auditLog.id });
    return { ids: deleted.map((r) => r.id), auditEntries: entries.length };
  });
  // LangGraph's checkpoints live outside the schema: removed after the rows, by the caller's saver.
  for (const id of gone.ids) await onRunDeleted(id);
  return { runs: gone.ids.length, auditEntries: gone.auditEntries };
}
