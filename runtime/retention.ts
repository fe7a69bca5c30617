// Two retention limits that work together, run at start-up and then every hour by the process that owns the
// database. Candidate data (CANDIDATE_RETENTION_DAYS, default 30): once a run about candidates has ended that
// long ago, its input (the CVs, documents), embeddings and checkpoints are removed; the screening scores and
// declared categories the bias audit needs are copied first (screening_outcomes, no CV text). The decision
// log (LOG_RETENTION_DAYS, at least 183: AI Act art. 26 asks six months) keeps the run row, its trace (shown
// masked), findings, decisions, audit entries and screening scores until it too expires; then the run and
// everything attached to it is deleted.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { Clock, IdSource } from "../core/clock.js";
import type { Logger } from "../core/logger.js";
import type { Database } from "../db/client.js";
import { appendAudit } from "../db/queries/audit.js";
import {
  endedRunsWithCheckpoints,
  purgeRunInput,
  runInput,
  runsPastRetention,
} from "../db/queries/erasure.js";
import { deleteExpiredLog } from "../db/queries/evidence.js";
import { WORKFLOW_REGISTRY, WORKFLOWS } from "../graphs/registry.js";
import { syncScreeningOutcomes } from "../graphs/screening/audit-outcomes.js";

/** The workflows whose input is about candidates: each definition says so (a job ad brief is not). */
const CANDIDATE_WORKFLOWS = WORKFLOWS.filter((id) => WORKFLOW_REGISTRY[id].candidateData);

export interface RetentionDeps {
  db: Database;
  checkpointer: BaseCheckpointSaver;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  retentionDays: number;
  /** The decision log's retention; absent: the log is kept (only candidate data is purged). */
  logRetentionDays?: number;
  /**
   * Builds the masker for one run from its input (server/trace/names.ts maskerFor, wired by the server):
   * what the decision log keeps of the candidate is stored masked once the input is purged.
   */
  maskerFor?: (input: unknown) => (value: unknown) => unknown;
}

const DAY_MS = 86_400_000;
const EVERY_MS = 3_600_000;

/** One pass; returns the ids of the runs purged. */
export async function purgeExpiredRuns(deps: RetentionDeps): Promise<string[]> {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - deps.retentionDays * DAY_MS);
  const purged: string[] = [];
  // The bias audit's rows (scores and declared categories, no CV) are copied before the CVs go.
  await syncScreeningOutcomes(deps.db);
  for (
    let batch = await runsPastRetention(deps.db, cutoff, CANDIDATE_WORKFLOWS);
    batch.length;
    batch = await runsPastRetention(deps.db, cutoff, CANDIDATE_WORKFLOWS)
  ) {
    for (const runId of batch) {
      const mask = deps.maskerFor?.(await runInput(deps.db, runId));
      await purgeRunInput(deps.db, runId, now, mask);
      // Checkpoints hold the whole input and every draft: an ended run no longer needs them.
      await deps.checkpointer.deleteThread(runId);
      await appendAudit(deps.db, {
        id: deps.ids.next(),
        at: now,
        actor: "retention",
        action: "run.purge",
        runId,
        details: { retentionDays: deps.retentionDays },
      });
      purged.push(runId);
    }
  }
  // Checkpoints of every other ended run (a job ad's drafts, say) go at the same age: nothing resumes an
  // ended run, and the trace then shows its released output instead of each draft.
  const pruned = new Set<string>();
  for (
    let batch = await endedRunsWithCheckpoints(deps.db, cutoff);
    batch.some((id) => !pruned.has(id));
    batch = await endedRunsWithCheckpoints(deps.db, cutoff)
  )
    for (const runId of batch) {
      await deps.checkpointer.deleteThread(runId);
      pruned.add(runId);
    }
  return purged;
}

/**
 * The log's pass: ended runs older than the log retention are deleted with their trace, findings,
 * decisions and scores (their checkpoints too), then older audit entries; one audit entry records it.
 */
export async function purgeExpiredLog(deps: RetentionDeps): Promise<{ runs: number; auditEntries: number }> {
  if (deps.logRetentionDays === undefined) return { runs: 0, auditEntries: 0 };
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - deps.logRetentionDays * DAY_MS);
  const gone = await deleteExpiredLog(deps.db, cutoff, (runId) => deps.checkpointer.deleteThread(runId));
  if (gone.runs > 0 || gone.auditEntries > 0)
    await appendAudit(deps.db, {
      id: deps.ids.next(),
      at: now,
      actor: "retention",
      action: "log.purge",
      runId: null,
      details: { logRetentionDays: deps.logRetentionDays, ...gone },
    });
  return gone;
}

export function startRetention(deps: RetentionDeps): { stop(): void } {
  const pass = () =>
    purgeExpiredRuns(deps)
      .then(async (ids) => {
        await purgeExpiredLog(deps);
        return ids;
      })
      .then(
        (ids) => ids.length && deps.logger.info("retention: candidate data purged", { runs: ids.length }),
        (error: unknown) =>
          deps.logger.error("retention pass failed", {
            name: error instanceof Error ? error.name : "unknown",
          }),
      );
  void pass();
  const timer = setInterval(pass, EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
