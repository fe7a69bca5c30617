// A directory that held a database and lost it is an error at start-up, never a fresh, open database.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../core/settings.js";
import { openGuardedDatabase } from "../index.js";
import { directoryProblem, MissingDatabaseError, markerPath } from "./marker.js";

let root = "";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "gf-marker-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const settingsFor = (dir: string, fresh = false) =>
  loadSettings({ PGLITE_DIR: dir, LOG_LEVEL: "silent", ...(fresh ? { PGLITE_START_FRESH: "true" } : {}) });

async function openAndClose(dir: string, fresh = false) {
  const { database } = await openGuardedDatabase(settingsFor(dir, fresh), "cli");
  await database.close();
}

describe("a directory that held a database", () => {
  it("is recorded beside it; deleted, it stops start-up with the path and the fix", {
    timeout: 120_000,
  }, async () => {
    const dir = join(root, "pgdata");
    await openAndClose(dir);
    expect(readdirSync(root)).toContain("pgdata.garde-fou-db.json");
    expect(directoryProblem(dir)).toBeNull();

    rmSync(dir, { recursive: true });
    expect(directoryProblem(dir)).toMatch(/was deleted/);
    const error = await openAndClose(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MissingDatabaseError);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toMatch(/PGLITE_START_FRESH=true/);
    // Nothing was created in its place.
    expect(readdirSync(root)).not.toContain("pgdata");

    // Emptied (the directory is there, the database is not): the same.
    mkdirSync(dir);
    await expect(openAndClose(dir)).rejects.toThrow(/emptied/);
    expect(directoryProblem(dir)).toMatch(/no longer holds a database/);

    // The explicit way to start over.
    await openAndClose(dir, true);
    expect(directoryProblem(dir)).toBeNull();
  });

  it("a new directory, never opened before, is simply created", { timeout: 120_000 }, async () => {
    const dir = join(root, "brand-new", "pgdata");
    await openAndClose(dir);
    expect(markerPath(dir)).toBe(join(root, "brand-new", "pgdata.garde-fou-db.json"));
  });
});
