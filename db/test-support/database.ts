// The one place tests open a database. In-memory PGlite by default; a fresh PostgreSQL database of the
// test's own when the run was started with TEST_DATABASE_URL (see global-setup.ts and the README).
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../client.js";
import { provisionDatabase } from "./provision.js";

export interface TestDatabaseSettings {
  /** Settings to merge into `loadSettings(...)`: DATABASE_URL on PostgreSQL, PGLITE_DIR in memory otherwise. */
  env: Record<string, string>;
  /** Drops the PostgreSQL database (after the runtime using it is closed); nothing to do on PGlite. */
  drop(): Promise<void>;
}

/** True when this test run opens PostgreSQL databases (for tests that only make sense on a server). */
export function testsUsePostgres(): boolean {
  return inject("testDatabase").url !== undefined;
}

/** The PostgreSQL server URL of this run (the admin database), for tests that need the server itself. */
export function testPostgresUrl(): string | undefined {
  return inject("testDatabase").url;
}

export async function testDatabaseSettings(): Promise<TestDatabaseSettings> {
  const target = inject("testDatabase");
  if (!target.url) return { env: { PGLITE_DIR: "memory://" }, drop: async () => {} };
  const fresh = await provisionDatabase(target.url, target.runId);
  return { env: { DATABASE_URL: fresh.url, PGLITE_DIR: "memory://" }, drop: fresh.drop };
}

/** A migrated database for one test file; `close()` also drops it on PostgreSQL. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const { env, drop } = await testDatabaseSettings();
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: "memory://" });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    ...handle,
    close: async () => {
      try {
        await handle.close();
      } finally {
        await drop();
      }
    },
  };
}
