// `npx garde-fou worker`: a worker process on a PostgreSQL shared with any number of API processes (and other
// workers). It takes run jobs, batch chunks and webhooks from the queue, and settles runs left by dead
// processes. SIGTERM: stops taking jobs, lets those in hand finish within SHUTDOWN_TIMEOUT_MS, hands over the
// rest (their leases expire at once and their jobs come back), exits.
import { ConfigurationError, isGardeFouError } from "../core/errors.js";
import { loadSettings } from "../core/settings.js";
import { expireLeases } from "../db/queries/run-lifecycle.js";
import { openRuntime, type Runtime } from "./index.js";
import { openQueue, type QueueHandle } from "./queue.js";
import { startWorkers, type Workers } from "./workers.js";

export async function workerMain(write: (line: string) => void): Promise<number> {
  let runtime: Runtime;
  let queue: QueueHandle;
  let workers: Workers;
  try {
    const settings = loadSettings();
    if (!settings.DATABASE_URL)
      throw new ConfigurationError(
        "a worker process needs DATABASE_URL (a PostgreSQL shared with the API): the embedded database belongs to one process, where `npm start` runs its worker itself",
        { setting: "DATABASE_URL" },
      );
    runtime = await openRuntime({ settings });
    queue = await openQueue(runtime.database, runtime.settings, runtime.logger, { supervise: true });
    workers = await startWorkers(runtime, queue);
  } catch (error) {
    write(`garde-fou worker cannot start: ${isGardeFouError(error) ? error.message : String(error)}\n`);
    return 2;
  }
  runtime.logger.info("garde-fou worker started", {
    concurrency: runtime.settings.WORKER_CONCURRENCY,
    leaseOwner: runtime.runs.leases.owner,
  });
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      const timeout = runtime.settings.SHUTDOWN_TIMEOUT_MS;
      setTimeout(() => process.exit(1), timeout + 5_000).unref();
      let code = 0;
      try {
        await workers.stop(timeout);
        const handedOver = await expireLeases(runtime.database.db, runtime.runs.leases.owner);
        if (handedOver > 0) runtime.logger.warn("runs handed over to other workers", { runs: handedOver });
        await queue.close();
        await runtime.close();
      } catch (error) {
        runtime.logger.error("worker shutdown did not finish cleanly", {
          error: error instanceof Error ? error.message : String(error),
        });
        code = 1;
      }
      runtime.logger.info("worker stopped", { signal });
      resolve(code);
    };
    process.once("SIGINT", () => void stop("SIGINT"));
    process.once("SIGTERM", () => void stop("SIGTERM"));
  });
}
