// Fresh PostgreSQL databases for tests: one per caller, named after the test run so the run's global
// teardown can drop whatever a crashed worker left behind.
import { randomBytes } from "node:crypto";
import postgres from "postgres";

/** What the global set-up hands every test worker. `url` is set when tests run on PostgreSQL. */
export interface TestDatabaseTarget {
  runId: string;
  url?: string;
}

export interface ProvisionedDatabase {
  /** A URL to the fresh database. */
  url: string;
  drop(): Promise<void>;
}

const PREFIX = "gf_test_";

function admin(url: string) {
  return postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function provisionDatabase(adminUrl: string, runId: string): Promise<ProvisionedDatabase> {
  const name = `${PREFIX}${runId}_${randomBytes(5).toString("hex")}`;
  const sql = admin(adminUrl);
  try {
    await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const dropper = admin(adminUrl);
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}

export async function dropDatabasesOfRun(adminUrl: string, runId: string): Promise<void> {
  const sql = admin(adminUrl);
  try {
    const left = await sql<{ datname: string }[]>`
      select datname from pg_database where datname like ${`${PREFIX}${runId}\\_%`}`;
    for (const { datname } of left) await sql.unsafe(`drop database if exists "${datname}" with (force)`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
