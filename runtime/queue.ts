// The durable queue: pg-boss 10.4 over the run database (PostgreSQL, or the embedded PGlite through a small
// adapter), in its own schema `pgboss`. The API sends jobs; workers (in the server process by default, or
// `npx garde-fou worker` processes) take them. A worker that dies mid-job leaves its job `active` until it
// expires (JOB_EXPIRE_SECONDS); pg-boss's supervision then puts it back for another worker, which takes the
// run over from its checkpoint (graphs/background.ts).
import { createHash } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Logger } from "../core/logger.js";
import type { Settings } from "../core/settings.js";
import type { DatabaseHandle } from "../db/client.js";
import type { Job, JobQueue } from "../graphs/background.js";

export const QUEUE_SCHEMA = "pgboss";
export const QUEUE_NAMES = { run: "garde-fou-run", webhook: "garde-fou-webhook" } as const;
type JobName = Job["name"];

/** The same job gets the same id: pg-boss inserts with ON CONFLICT DO NOTHING, so a second send adds nothing. */
export function jobId(job: Job): string {
  const key = job.name === "run" ? `run:${job.runId}` : `webhook:${job.runId}:${job.event}`;
  const hex = createHash("sha256").update(key).digest("hex");
  // A UUID's shape (version 8, "custom"), as pg-boss's id column is a uuid.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * pg-boss over PGlite without a second session: the wire bridge serves one session for every client, so a
 * second pool would interleave with the checkpointer's; PGlite's own query lock serialises these instead.
 */
function pgliteAdapter(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length > 0) {
        const result = await pglite.query(text, values);
        return { rows: result.rows };
      }
      // Migrations and maintenance send several statements in one text.
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export interface WorkerHandlers {
  run(runId: string): Promise<unknown>;
  webhook(runId: string, event: string, attempt: number): Promise<unknown>;
}

export interface QueueHandle {
  queue: JobQueue;
  /** Starts taking jobs: WORKER_CONCURRENCY run jobs at a time, and webhooks. */
  work(handlers: WorkerHandlers): Promise<void>;
  /** Stops taking jobs; waits for those in hand at most `timeoutMs` (pg-boss fails what is left so it is retried). */
  stopWork(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface QueueOptions {
  /** Expire, retry and archive jobs (pg-boss maintenance); worker processes and the in-process worker do. */
  supervise: boolean;
}

export async function openQueue(
  database: DatabaseHandle,
  settings: Settings,
  logger: Logger,
  options: QueueOptions,
): Promise<QueueHandle> {
  const common = {
    schema: QUEUE_SCHEMA,
    supervise: options.supervise,
    schedule: false,
    // Expiry is what hands a dead worker's job to another one: look often enough to act within a minute.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(settings.JOB_EXPIRE_SECONDS / 4))),
  };
  const boss =
    database.kind === "pglite" && database.pglite
      ? new PgBoss({ ...common, db: pgliteAdapter(database.pglite) })
      : new PgBoss({
          ...common,
          connectionString: database.url,
          max: 4,
          application_name: "garde-fou-queue",
        });
  boss.on("error", (error: Error) => logger.warn("queue error", { error: error.message }));
  await boss.start();
  await ensureQueue(boss, QUEUE_NAMES.run, {
    retryLimit: settings.JOB_RETRY_LIMIT,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: settings.JOB_EXPIRE_SECONDS,
  });
  await ensureQueue(boss, QUEUE_NAMES.webhook, {
    retryLimit: settings.WEBHOOK_MAX_ATTEMPTS - 1,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: Math.max(30, Math.ceil(settings.WEBHOOK_TIMEOUT_MS / 1000) * 3),
  });
  const workerIds: string[] = [];
  const queue: JobQueue = {
    async send(jobs) {
      const byName = new Map<JobName, Job[]>();
      for (const job of jobs) byName.set(job.name, [...(byName.get(job.name) ?? []), job]);
      for (const [name, list] of byName)
        for (let i = 0; i < list.length; i += 500)
          await boss.insert(
            list.slice(i, i + 500).map((job) => ({ id: jobId(job), name: QUEUE_NAMES[name], data: job })),
          );
      // This process's own idle workers look at once instead of at their next poll.
      for (const id of workerIds) boss.notifyWorker(id);
    },
  };
  let inFlight = 0;
  const counted =
    <T>(handle: (job: PgBoss.JobWithMetadata<T>) => Promise<void>) =>
    async ([job]: PgBoss.JobWithMetadata<T>[]) => {
      if (!job) return;
      inFlight += 1;
      try {
        await handle(job);
      } finally {
        inFlight -= 1;
      }
    };
  return {
    queue,
    async work(handlers) {
      const poll = { batchSize: 1, pollingIntervalSeconds: 2, includeMetadata: true } as const;
      for (let i = 0; i < settings.WORKER_CONCURRENCY; i++)
        workerIds.push(
          await boss.work<Job>(
            QUEUE_NAMES.run,
            poll,
            counted(async (job) => {
              if (job.data.name === "run") await handlers.run(job.data.runId);
            }),
          ),
        );
      workerIds.push(
        await boss.work<Job>(
          QUEUE_NAMES.webhook,
          poll,
          counted(async (job) => {
            if (job.data.name === "webhook")
              await handlers.webhook(job.data.runId, job.data.event, job.retryCount + 1);
          }),
        ),
      );
    },
    async stopWork(timeoutMs) {
      for (const id of workerIds.splice(0)) await boss.offWork({ id });
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    },
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 5_000, close: true });
    },
  };
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, "name">) {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, { ...options, name });
  } catch (error) {
    // Two processes starting together: the other one created it.
    if ((error as { code?: string }).code !== "23505") throw error;
  }
}
