// The composition root: settings → database → model engine → checkpointer → run service. The server and
// the command line both start here, so they behave the same.
import { readFileSync } from "node:fs";
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { createModelEngine } from "../agents/models/factory.js";
import { systemClock, uuidIds } from "../core/clock.js";
import { createLogger, type Logger } from "../core/logger.js";
import type { ModelEngine } from "../core/models.js";
import { fromRoot } from "../core/paths.js";
import { loadSettings, type Settings } from "../core/settings.js";
import { type DatabaseHandle, openDatabase } from "../db/client.js";
import { createRunLeases, keepLeases, type RunLeases } from "../graphs/run-leases.js";
import type { RunServiceDeps } from "../graphs/runner.js";
import { withPseudonymisation } from "../guards/pii/pseudonymising-engine.js";
import { openCheckpointer } from "./checkpointer.js";
import { type CpuPool, createCpuPool } from "./cpu-pool.js";
import { type GuardedDirectory, guardDirectory } from "./data-dir/index.js";
import { describeTarget, explainStartupError } from "./startup-errors.js";

export interface Runtime {
  settings: Settings;
  logger: Logger;
  database: DatabaseHandle;
  engine: ModelEngine;
  checkpointer: BaseCheckpointSaver;
  runs: RunServiceDeps & { leases: RunLeases };
  version: string;
  /** The embedded directory's lock and health, when the database is an on-disk PGlite. */
  directory?: GuardedDirectory;
  close(): Promise<void>;
}

export const VERSION: string = (
  JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as { version: string }
).version;

export interface RuntimeOptions {
  settings?: Settings;
  /** Tests and the command line may give their own engine (an emulator-backed one, say). */
  engine?: ModelEngine;
  /** false: no worker threads, all CPU work in this thread (as CPU_THREADS=0). */
  cpuPool?: boolean;
  logger?: Logger;
  /** Who holds the embedded directory: a server (the CLI then goes through its API) or a command. */
  role?: "server" | "cli";
}

/**
 * The database, with its embedded directory locked for this process and checked to still hold what it
 * held (runtime/data-dir). Every opener of the embedded database goes through here.
 */
export async function openGuardedDatabase(
  settings: Settings,
  role: "server" | "cli",
  logger?: Logger,
): Promise<{ database: DatabaseHandle; directory?: GuardedDirectory }> {
  const onDisk = !settings.DATABASE_URL && !settings.PGLITE_DIR.startsWith("memory://");
  const directory = onDisk
    ? guardDirectory(settings.PGLITE_DIR, role, settings.PGLITE_START_FRESH)
    : undefined;
  let database: DatabaseHandle;
  try {
    database = await openDatabase({ databaseUrl: settings.DATABASE_URL, pgliteDir: settings.PGLITE_DIR });
  } catch (error) {
    directory?.lock.release();
    throw explainStartupError(error, describeTarget(settings.DATABASE_URL, settings.PGLITE_DIR));
  }
  if (directory && !directory.opened())
    logger?.warn(
      "could not record the database beside its directory: a deleted directory would not be noticed",
      {
        dir: settings.PGLITE_DIR,
      },
    );
  if (!directory) return { database };
  const close = database.close;
  return {
    database: {
      ...database,
      close: async () => {
        try {
          await close();
        } finally {
          directory.lock.release();
        }
      },
    },
    directory,
  };
}

export async function openRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const settings = options.settings ?? loadSettings();
  const logger = options.logger ?? createLogger(settings.LOG_LEVEL);
  const { database, directory } = await openGuardedDatabase(settings, options.role ?? "cli", logger);
  // No personal data leaves for an outside model: real engines see placeholders (guards/pii).
  const engine = options.engine ?? withPseudonymisation(createModelEngine(settings));
  // Checkpoints live in the run database, so a run waiting for review outlives the process.
  let checkpoints: Awaited<ReturnType<typeof openCheckpointer>>;
  try {
    checkpoints = await openCheckpointer(database, (error) =>
      logger.warn("a checkpoint database connection failed; it is replaced on the next query", {
        error: error.message,
      }),
    );
  } catch (error) {
    await database.close();
    throw explainStartupError(error, describeTarget(settings.DATABASE_URL, settings.PGLITE_DIR));
  }
  const checkpointer: BaseCheckpointSaver = checkpoints.saver;
  // This process's runs carry its leases, renewed while it drives them (graphs/run-leases.ts).
  const leases = createRunLeases(settings.RUN_LEASE_SECONDS);
  const stopLeases = keepLeases(database.db, leases, (error) =>
    logger.warn("could not renew run leases", {
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  // Detectors and CV scoring run in worker threads, so this thread keeps answering (runtime/cpu-pool.ts).
  const cpu: CpuPool | undefined =
    options.cpuPool === false || settings.CPU_THREADS === 0
      ? undefined
      : createCpuPool(settings.CPU_THREADS === undefined ? {} : { threads: settings.CPU_THREADS });
  const runs: RunServiceDeps & { leases: RunLeases } = {
    leases,
    ...(cpu ? { cpu } : {}),
    db: database.db,
    engine,
    checkpointer,
    clock: systemClock,
    ids: uuidIds,
    judgeMode: settings.JUDGE_MODE,
    maxRevisions: settings.MAX_REVISIONS,
  };
  return {
    settings,
    logger,
    database,
    engine,
    checkpointer,
    runs,
    version: VERSION,
    ...(directory ? { directory } : {}),
    close: async () => {
      stopLeases();
      await cpu?.close();
      try {
        await checkpoints.close();
      } finally {
        await database.close();
      }
    },
  };
}
