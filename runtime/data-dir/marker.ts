// A directory that held a database and no longer does must never come back as a fresh, open one: a
// deleted PGLITE_DIR would otherwise be re-created empty at the next start, with no key, no runs, no audit
// log, and nobody told. The marker sits beside the directory (not in it, so deleting the directory leaves
// it), written once the database exists; a missing or emptied directory with a marker is an error.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { GardeFouError } from "../../core/errors.js";

export function markerPath(dir: string): string {
  const full = resolve(dir);
  return join(dirname(full), `${basename(full)}.garde-fou-db.json`);
}

/** PostgreSQL writes PG_VERSION first when it creates a cluster: without it, there is no database here. */
export function holdsDatabase(dir: string): boolean {
  return existsSync(join(dir, "PG_VERSION"));
}

export class MissingDatabaseError extends GardeFouError {
  override readonly name = "MissingDatabaseError";
  constructor(dir: string, createdAt: string, state: "deleted" | "emptied") {
    super(
      "configuration",
      `the embedded database directory ${resolve(dir)} held a database (created ${createdAt}) and is now ${state}: starting would create an empty, open database in its place. Restore the directory from a backup and start again; or, to start over with a new empty database, set PGLITE_START_FRESH=true once (or delete ${markerPath(dir)}).`,
      { setting: "PGLITE_DIR", path: resolve(dir) },
    );
  }
}

/**
 * Before opening: refuses a directory that lost its database unless `startFresh`. Call with the directory
 * locked (or not yet created).
 */
export function checkDatabasePresent(dir: string, startFresh: boolean): void {
  const marker = markerPath(dir);
  if (!existsSync(marker) || holdsDatabase(dir)) return;
  if (startFresh) {
    rmSync(marker, { force: true });
    return;
  }
  let createdAt = "at an unknown date";
  try {
    createdAt = (JSON.parse(readFileSync(marker, "utf8")) as { createdAt?: string }).createdAt ?? createdAt;
  } catch {
    // The marker's presence is what counts.
  }
  throw new MissingDatabaseError(dir, createdAt, existsSync(dir) ? "emptied" : "deleted");
}

/**
 * After opening: the directory holds a database from now on. Kept when already there. Returns false when
 * the parent directory is not writable (the caller warns: the protection is then off).
 */
export function recordDatabase(dir: string, now: Date = new Date()): boolean {
  const marker = markerPath(dir);
  if (existsSync(marker)) return true;
  try {
    writeFileSync(marker, JSON.stringify({ path: resolve(dir), createdAt: now.toISOString() }), {
      mode: 0o644,
    });
    return true;
  } catch {
    return false;
  }
}

/** While running: why the directory can no longer be trusted, or null. Cheap: two stat calls. */
export function directoryProblem(dir: string): string | null {
  if (!existsSync(dir)) return `the embedded database directory ${resolve(dir)} was deleted`;
  if (!holdsDatabase(dir))
    return `the embedded database directory ${resolve(dir)} no longer holds a database`;
  return null;
}
