// Vitest global set-up: decides once per test run which database the tests open. With TEST_DATABASE_URL
// (a PostgreSQL server URL whose user may create databases), every test that opens a database gets a
// fresh PostgreSQL database of its own; without it, or when that server cannot be reached, tests use
// in-memory PGlite and one line says why. TEST_DATABASE_REQUIRED=1 (CI) turns "unreachable" into a failure.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { dropDatabasesOfRun, type TestDatabaseTarget } from "./provision.js";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTarget;
  }
}

async function probe(url: string): Promise<string | undefined> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    const rows = await sql<{ available: boolean }[]>`
      select exists (select 1 from pg_available_extensions where name = 'vector') as available`;
    if (!rows[0]?.available)
      return "the server has no pgvector extension (see ../shared/vendor/README.md; .ci/run builds it)";
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await sql.end({ timeout: 1 }).catch(() => undefined);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  const required = process.env.TEST_DATABASE_REQUIRED === "1";
  const runId = randomBytes(4).toString("hex");
  if (!url) {
    if (required) throw new Error("TEST_DATABASE_REQUIRED=1 but TEST_DATABASE_URL is not set");
    console.log(
      "database tests: in-memory PGlite (PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to run them)",
    );
    project.provide("testDatabase", { runId });
    return async () => {};
  }
  const problem = await probe(url);
  const shown = url.replace(/:[^:@/]*@/, ":***@");
  if (problem) {
    if (required) throw new Error(`TEST_DATABASE_URL ${shown} is not usable: ${problem}`);
    console.log(
      `database tests: in-memory PGlite (PostgreSQL tests skipped: ${shown} is not usable: ${problem})`,
    );
    project.provide("testDatabase", { runId });
    return async () => {};
  }
  console.log(`database tests: PostgreSQL at ${shown}, a fresh database per test file (gf_test_${runId}_*)`);
  project.provide("testDatabase", { runId, url });
  // Databases a killed worker could not drop are dropped at the end of the run.
  return () => dropDatabasesOfRun(url, runId);
}
