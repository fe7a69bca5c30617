// The queue's workers, in the server process (IN_PROCESS_WORKER) or in `npx garde-fou worker` processes: run
// jobs (background runs and batch chunks, graphs/background.ts) and webhook deliveries (runtime/webhooks.ts),
// plus the sweeps that make sure nothing is left behind: runs left `running` by a dead process
// (runtime/recovery-loop.ts) and runs left `queued` without a job.
import { staleQueuedRuns } from "../db/queries/batch.js";
import { afterRest, runJob } from "../graphs/background.js";
import type { Runtime } from "./index.js";
import type { QueueHandle } from "./queue.js";
import { startRecoveryLoop } from "./recovery-loop.js";
import { deliverWebhook } from "./webhooks.js";

export interface Workers {
  stop(timeoutMs: number): Promise<void>;
}

export async function startWorkers(runtime: Runtime, queue: QueueHandle): Promise<Workers> {
  const { logger, settings } = runtime;
  await queue.work({
    run: async (runId) => {
      const outcome = await runJob(runtime.runs, queue.queue, runId);
      logger.debug("run job done", { runId, outcome });
    },
    webhook: async (runId, event, attempt) => {
      try {
        await deliverWebhook(
          {
            db: runtime.database.db,
            clock: runtime.runs.clock,
            ids: runtime.runs.ids,
            allowPrivate: settings.WEBHOOK_ALLOW_PRIVATE,
            timeoutMs: settings.WEBHOOK_TIMEOUT_MS,
          },
          runId,
          event,
          attempt,
        );
      } catch (error) {
        logger.warn("webhook delivery failed; the queue tries again", {
          runId,
          event,
          attempt,
          error: error instanceof Error ? error.message : String(error),
        });
        throw error;
      }
    },
  });
  const stopRecovery = startRecoveryLoop(runtime, (runId) => afterRest(runtime.runs, queue.queue, runId));
  const sweep = setInterval(() => {
    const before = new Date(runtime.runs.clock.now().getTime() - settings.RUN_LEASE_SECONDS * 1000);
    staleQueuedRuns(runtime.database.db, before, 500)
      .then((ids) => queue.queue.send(ids.map((runId) => ({ name: "run" as const, runId }))))
      .catch((error: unknown) =>
        logger.warn("could not requeue waiting runs", {
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  }, settings.RUN_LEASE_SECONDS * 1000);
  sweep.unref();
  return {
    async stop(timeoutMs) {
      clearInterval(sweep);
      stopRecovery();
      await queue.stopWork(timeoutMs);
    },
  };
}
