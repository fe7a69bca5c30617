// The embedded database directory, guarded: locked for this process, refused when it lost its database,
// recorded once it holds one. runtime/index.ts calls this around openDatabase.
import { mkdirSync } from "node:fs";
import { acquireLock, type DirLock, type LockHolder } from "./lock.js";
import { checkDatabasePresent, directoryProblem, recordDatabase } from "./marker.js";

export { DirectoryHeldError, type DirLock, runningServer } from "./lock.js";
export { directoryProblem, MissingDatabaseError } from "./marker.js";

export interface GuardedDirectory {
  lock: DirLock;
  /** Why the directory can no longer be used (deleted, emptied), or null: for /health. */
  problem(): string | null;
  /** Once the database is open; false when the marker could not be written. */
  opened(): boolean;
}

export function guardDirectory(dir: string, role: LockHolder["role"], startFresh: boolean): GuardedDirectory {
  // Checked before anything is created: a deleted directory must not come back through mkdir or the lock.
  checkDatabasePresent(dir, startFresh);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const lock = acquireLock(dir, role);
  try {
    // Again under the lock: the directory may have been emptied by whoever held it before.
    checkDatabasePresent(dir, startFresh);
  } catch (error) {
    lock.release();
    throw error;
  }
  return { lock, problem: () => directoryProblem(dir), opened: () => recordDatabase(dir) };
}
