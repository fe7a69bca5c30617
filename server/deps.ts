import type { Logger } from "../core/logger.js";
import type { Settings } from "../core/settings.js";
import type { Database } from "../db/client.js";
import type { JobQueue } from "../graphs/background.js";
import type { RunServiceDeps } from "../graphs/runner.js";

/** Everything the HTTP app needs, built once by the runtime and passed in (tests pass their own). */
export interface AppDeps {
  settings: Settings;
  db: Database;
  runs: RunServiceDeps;
  logger: Logger;
  version: string;
  /**
   * The token the command line presents to administer this server from the same machine (written 0600 in
   * the embedded database's directory): honoured from loopback only, never logged.
   */
  localAdminToken?: string;
  /** Why the database's storage is gone (a deleted embedded directory), or null; /health answers 503. */
  storageProblem?: () => string | null;
  /** The durable queue background runs and batches go through (absent: only synchronous runs). */
  queue?: JobQueue;
}
