// The retention limit on candidate data (CANDIDATE_RETENTION_DAYS): once a run about candidates has ended
// that long ago, its input, embeddings and checkpoints are removed. Run at start-up and then every hour,
// by the process that owns the database.
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

export function startRetention(deps: RetentionDeps): { stop(): void } {
  const pass = () =>
    purgeExpiredRuns(deps).then(
      (ids) => ids.length && deps.logger.info("retention: candidate data purged", { runs: ids.length }),
      (error: unknown) =>
        deps.logger.error("retention pass failed", { name: error instanceof Error ? error.name : "unknown" }),
    );
  void pass();
  const timer = setInterval(pass, EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
