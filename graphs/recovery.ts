// Start-up (and periodic) recovery: runs left `running` by a process that died are taken over, once,
// by the instance whose claim succeeds, and driven on from their last checkpoint: a run that was waiting
// for a person waits again, a decided run resumes with its recorded decision, a run cut mid-way continues,
// one whose graph had finished is ended as it finished. A run that cannot be resumed ends `failed` with
// the reason. Nothing stays `running`.
import { Jurisdiction, ReviewDecisionKind } from "../core/contract.js";
import { isGardeFouError } from "../core/errors.js";
import { decisionsForRun } from "../db/queries/review.js";
import { claimOrphanedRuns, closeOpenSteps, endRun } from "../db/queries/run-lifecycle.js";
import type { RunRow } from "../db/queries/runs.js";
import { compiledWorkflow, WorkflowId, workflowDefinition } from "./registry.js";
import { drive, leasesOf, type RunResult, type RunServiceDeps } from "./runner.js";
import type { ReviewDecision } from "./supervisor/state.js";

export type RecoveryPath = "restarted" | "continued" | "resumed_with_decision" | "failed";

export interface Recovered {
  runId: string;
  path: RecoveryPath;
  status: RunResult["status"];
  reason?: string;
  /** Why resuming failed, for the operator's log (the run keeps only a message safe to show). */
  error?: unknown;
}

const STOPPED = "the process driving this run stopped before the run ended";

async function recoverOne(deps: RunServiceDeps, run: RunRow): Promise<Recovered> {
  await closeOpenSteps(deps.db, run.id, STOPPED, deps.clock.now());
  const workflow = WorkflowId.parse(run.workflow);
  const progress = await compiledWorkflow(deps.checkpointer, workflow).progress(run.id);
  if (!progress.checkpointed) {
    // Stopped before its first checkpoint: nothing was done that counts, so it starts again from its input.
    const input = workflowDefinition(workflow).input.parse(run.input);
    const jurisdiction = Jurisdiction.parse(run.jurisdiction);
    const result = await drive(deps, run.id, workflow, { kind: "start", input, jurisdiction }, true);
    return { runId: run.id, path: "restarted", status: result.status };
  }
  const decision = (await decisionsForRun(deps.db, run.id)).at(-1);
  if (progress.waiting && decision) {
    const resume: ReviewDecision = {
      decision: ReviewDecisionKind.parse(decision.decision),
      reason: decision.reason,
      reviewer: decision.reviewer,
      ...(decision.editedOutput ? { editedOutput: decision.editedOutput as Record<string, unknown> } : {}),
    };
    const result = await drive(deps, run.id, workflow, { kind: "resume", decision: resume }, true);
    return { runId: run.id, path: "resumed_with_decision", status: result.status };
  }
  // From the last checkpoint: unfinished nodes run again; a finished graph only gives back its end state;
  // a review node asks for a person again (nothing before its interrupt has effects).
  const result = await drive(deps, run.id, workflow, { kind: "continue" }, true);
  return { runId: run.id, path: "continued", status: result.status };
}

/** Takes over and settles every run whose driving process is gone; returns what became of each. */
export async function recoverRuns(deps: RunServiceDeps, limit = 100): Promise<Recovered[]> {
  return settleClaimed(deps, await claimOrphanedRuns(deps.db, leasesOf(deps), limit));
}

/**
 * The same for one run (a queued job whose worker died takes its run over this way): undefined when the run
 * is not orphaned, because another live process holds its lease or it has ended.
 */
export async function recoverRun(deps: RunServiceDeps, runId: string): Promise<Recovered | undefined> {
  const claimed = await claimOrphanedRuns(deps.db, leasesOf(deps), 1, runId);
  return (await settleClaimed(deps, claimed))[0];
}

async function settleClaimed(deps: RunServiceDeps, claimed: RunRow[]): Promise<Recovered[]> {
  const leases = leasesOf(deps);
  const out: Recovered[] = [];
  for (const run of claimed) {
    try {
      out.push(await recoverOne(deps, run));
    } catch (error) {
      const why = isGardeFouError(error)
        ? error.message
        : error instanceof Error
          ? error.message
          : String(error);
      const reason = `${STOPPED}, and it could not be resumed: ${why}`;
      await endRun(deps.db, run.id, leases.owner, {
        status: "failed",
        error: { code: "interrupted", message: reason },
        now: deps.clock.now(),
      });
      out.push({ runId: run.id, path: "failed", status: "failed", reason, error });
    }
  }
  return out;
}
