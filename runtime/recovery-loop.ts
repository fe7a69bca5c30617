// The server settles runs left `running` by dead processes: once at start-up, then every lease period
// (another instance may die while this one lives). Each run is logged with what became of it.
import type { Logger } from "../core/logger.js";
import { recoverRuns } from "../graphs/recovery.js";
import type { Runtime } from "./index.js";

export async function recoverOnce(runtime: Pick<Runtime, "runs" | "logger">): Promise<number> {
  const settled = await recoverRuns(runtime.runs);
  for (const run of settled) {
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
export function startRecoveryLoop(runtime: Pick<Runtime, "runs" | "logger">): () => void {
  const logger: Logger = runtime.logger;
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    recoverOnce(runtime)
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
