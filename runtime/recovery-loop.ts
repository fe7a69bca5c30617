// The server settles runs left `running` by dead processes: once at start-up, then every lease period
// (another instance may die while this one lives). Each run is logged with what became of it.
import type { Logger } from "../core/logger.js";
import { recoverRuns } from "../graphs/recovery.js";
import type { Runtime } from "./index.js";

/** What follows a recovered run's rest (a batch chunk's scores, a webhook), where a queue is at hand. */
export type AfterRecovery = (runId: string) => Promise<void>;

export async function recoverOnce(
  runtime: Pick<Runtime, "runs" | "logger">,
  afterRecovery?: AfterRecovery,
): Promise<number> {
  const settled = await recoverRuns(runtime.runs);
  for (const run of settled) {
    // A chunk this loop drove to rest must still bring its scores to its batch: the queue's job for it may
    // have given up while this process held the run.
    if (afterRecovery && run.path !== "failed")
      await afterRecovery(run.runId).catch((error: unknown) =>
        runtime.logger.warn("a recovered run's follow-up failed; the batch sweep will retry it", {
          runId: run.runId,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    const entry = { runId: run.runId, path: run.path, status: run.status };
    if (run.path === "failed")
      runtime.logger.error("a run left by a stopped process could not be resumed", {
        ...entry,
        error: run.error instanceof Error ? run.error.message : String(run.error),
      });
    else runtime.logger.info("a run left by a stopped process was taken over", entry);
  }
  return settled.length;
}

/** Starts the loop; `stop()` ends it (the run being recovered, if any, finishes its current step). */
export function startRecoveryLoop(
  runtime: Pick<Runtime, "runs" | "logger">,
  afterRecovery?: AfterRecovery,
): () => void {
  const logger: Logger = runtime.logger;
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    recoverOnce(runtime, afterRecovery)
      .catch((error: unknown) =>
        logger.warn("run recovery failed; it will be tried again", {
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .finally(() => {
        busy = false;
      });
  };
  tick();
  const timer = setInterval(tick, runtime.runs.leases.seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
