// `npm start`: serves the API on the embedded default (PGlite, offline engine) unless settings say otherwise.
import type { Server } from "node:http";
import { pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import { ConfigurationError, isGardeFouError } from "../core/errors.js";
import { describeSettings } from "../core/settings.js";
import { expireLeases } from "../db/queries/run-lifecycle.js";
import type { JobQueue } from "../graphs/background.js";
import { openRuntime, type Runtime } from "../runtime/index.js";
import { openQueue, type QueueHandle } from "../runtime/queue.js";
import { startRetention } from "../runtime/retention.js";
import { startWorkers, type Workers } from "../runtime/workers.js";
import { createApp } from "./app.js";
import { FIRST_KEY_COMMAND } from "./middleware/auth-errors.js";
import { authMode } from "./middleware/authenticate.js";
import { isLoopbackHost } from "./middleware/client.js";
import { maskerFor } from "./trace/names.js";

export interface RunningServer {
  port: number;
  /**
   * Stops taking connections and waits for the requests in flight, at most `graceMs` (default: the
   * SHUTDOWN_TIMEOUT_MS setting); connections still open then are cut.
   */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(runtime: Runtime, queue?: JobQueue): Promise<RunningServer> {
  const app = createApp({
    settings: runtime.settings,
    db: runtime.database.db,
    runs: runtime.runs,
    logger: runtime.logger,
    version: runtime.version,
    ...(runtime.directory
      ? { localAdminToken: runtime.directory.lock.token, storageProblem: runtime.directory.problem }
      : {}),
    ...(queue ? { queue } : {}),
  });
  if ((await authMode(runtime.database.db, runtime.settings)) === "open") {
    // Open mode answers loopback clients only; on an interface others can reach, that would still invite
    // whoever comes first through a proxy or a misread firewall, so the server does not start at all.
    if (!isLoopbackHost(runtime.settings.HOST))
      throw new ConfigurationError(
        `HOST=${runtime.settings.HOST} can be reached from other machines and no API key exists. Create the first admin key on this machine, then start again: ${FIRST_KEY_COMMAND}`,
        { setting: "HOST" },
      );
    runtime.logger.warn("no API key exists: the API answers clients on this machine only", {
      fix: FIRST_KEY_COMMAND,
    });
  }
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: runtime.settings.PORT, hostname: runtime.settings.HOST },
      (info) => {
        // From now on a command on this machine goes through this server instead of opening the directory.
        const local = loopbackUrl(runtime.settings.HOST, info.port);
        if (local) runtime.directory?.lock.advertise(local);
        runtime.logger.info("garde-fou listening", {
          url: `http://${runtime.settings.HOST}:${info.port}`,
          engine: runtime.engine.provider,
          offline: runtime.engine.offline,
          settings: describeSettings(runtime.settings),
        });
        resolve({
          port: info.port,
          close: (graceMs = runtime.settings.SHUTDOWN_TIMEOUT_MS) =>
            new Promise<void>((done) => {
              // Idle keep-alive connections would hold close() open for minutes: they go at once.
              const http = server as Server;
              const cut = setTimeout(() => http.closeAllConnections(), graceMs);
              cut.unref();
              server.close(() => {
                clearTimeout(cut);
                done();
              });
              http.closeIdleConnections();
            }),
        });
      },
    );
  });
}

/** Where a process on this machine reaches a server listening on HOST, or null (another machine's address). */
export function loopbackUrl(host: string, port: number): string | null {
  if (host === "0.0.0.0" || isLoopbackHost(host)) return `http://127.0.0.1:${port}`;
  if (host === "::" || host === "[::]") return `http://[::1]:${port}`;
  return null;
}

/** Every 30 s: a deleted embedded directory is said in the log at once, not at the next /health. */
function watchStorage(runtime: Runtime): () => void {
  const problem = runtime.directory?.problem;
  if (!problem) return () => {};
  let said = false;
  const timer = setInterval(() => {
    const reason = problem();
    if (reason && !said)
      runtime.logger.error("the database's storage is gone; restart after restoring it", { reason });
    said = reason !== null;
  }, 30_000);
  timer.unref();
  return () => clearInterval(timer);
}

export async function main(): Promise<void> {
  let runtime: Runtime;
  try {
    runtime = await openRuntime({ role: "server" });
  } catch (error) {
    process.stderr.write(
      `garde-fou cannot start: ${isGardeFouError(error) ? error.message : String(error)}\n`,
    );
    process.exit(2);
  }
  let server: RunningServer;
  let queue: QueueHandle;
  let workers: Workers | undefined;
  try {
    // Background runs go through the durable queue; with IN_PROCESS_WORKER (the default) this process also
    // works it, so `npm start` alone runs everything. Without, `npx garde-fou worker` processes do.
    queue = await openQueue(runtime.database, runtime.settings, runtime.logger, {
      supervise: runtime.settings.IN_PROCESS_WORKER,
    });
    server = await startServer(runtime, queue.queue);
    if (runtime.settings.IN_PROCESS_WORKER) workers = await startWorkers(runtime, queue);
  } catch (error) {
    await runtime.close();
    process.stderr.write(
      `garde-fou cannot start: ${isGardeFouError(error) ? error.message : String(error)}\n`,
    );
    process.exit(2);
  }
  // Runs left by a dead process are settled by the workers' recovery loop (in-process, or worker processes).
  const stopWatching = watchStorage(runtime);
  const retention = startRetention({
    db: runtime.database.db,
    checkpointer: runtime.checkpointer,
    clock: runtime.runs.clock,
    ids: runtime.runs.ids,
    logger: runtime.logger,
    retentionDays: runtime.settings.CANDIDATE_RETENTION_DAYS,
    logRetentionDays: runtime.settings.LOG_RETENTION_DAYS,
    maskerFor,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const { logger, settings } = runtime;
    const leases = runtime.runs.leases;
    logger.info("stopping", {
      signal,
      runsInFlight: leases.active.size,
      timeoutMs: settings.SHUTDOWN_TIMEOUT_MS,
    });
    // Whatever happens below, the process ends: a hung pool or socket cannot keep it alive.
    setTimeout(() => {
      logger.error("shutdown overran its time; exiting now", { timeoutMs: settings.SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, settings.SHUTDOWN_TIMEOUT_MS + 5_000).unref();
    stopWatching();
    retention.stop();
    const deadline = Date.now() + settings.SHUTDOWN_TIMEOUT_MS;
    const closed = server.close();
    await workers?.stop(Math.max(0, deadline - Date.now()));
    while (leases.active.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    let code = 0;
    try {
      // Runs still in flight are handed over: the next start resumes them from their last checkpoint.
      const handedOver = await expireLeases(runtime.database.db, leases.owner);
      if (handedOver > 0) logger.warn("runs left to the next start", { runs: handedOver });
      await closed;
      await queue.close();
      await runtime.close();
    } catch (error) {
      logger.error("shutdown did not finish cleanly", {
        error: error instanceof Error ? error.message : String(error),
      });
      code = 1;
    }
    logger.info("stopped", { signal });
    process.exit(code);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
