// Start-up errors name the cause and the fix: each known entry on its own example, then the real failures
// (a refused port, a damaged PGlite directory, a failed migration; on PostgreSQL a non-superuser owner
// without the vector extension, a missing database, an unknown role).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../core/settings.js";
import { testPostgresUrl } from "../db/test-support/database.js";
import { withDatabase } from "../db/test-support/provision.js";
import { openGuardedDatabase } from "./index.js";
import { explainStartupError, STARTUP_ERRORS, StartupError } from "./startup-errors.js";

const where = { target: "PostgreSQL at db.example:5432/gf as gf" };

describe("the table of known start-up errors", () => {
  for (const entry of STARTUP_ERRORS)
    it(`${entry.id}: its example is recognised and said without a stack trace`, () => {
      const driverError = Object.assign(new Error(entry.example.message), {
        code: entry.example.sqlstate ?? entry.example.system,
      });
      const thrown = entry.example.query
        ? new Error(`Failed query: ${entry.example.query}\nparams: `, { cause: driverError })
        : driverError;
      const explained = explainStartupError(thrown, where);
      expect(explained.known).toBe(entry.id);
      expect(explained.message).not.toMatch(/\n\s+at /);
      // A cause and a fix: the message says what to do (a verb of action after a colon or a full stop).
      expect(explained.message).toMatch(/: |\. /);
      expect(explained.message.length).toBeGreaterThan(60);
    });

  it("an unknown failure still names the target and the SQLSTATE, never the password", () => {
    const error = Object.assign(new Error("something odd"), { code: "XX000" });
    const explained = explainStartupError(error, { target: "PostgreSQL at h:5432/db as u" });
    expect(explained.known).toBeNull();
    expect(explained.message).toContain("SQLSTATE XX000");
  });
});

const expectKnown = async (env: Record<string, string>, id: string, ...says: RegExp[]) => {
  const settings = loadSettings({ LOG_LEVEL: "silent", ...env });
  const error = await openGuardedDatabase(settings, "cli").then(
    async ({ database }) => {
      await database.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  expect((error as StartupError).known).toBe(id);
  for (const s of says) expect((error as Error).message).toMatch(s);
  expect((error as Error).message).not.toMatch(/password=|:pw@/);
  return error as StartupError;
};

describe("real start-up failures", () => {
  let root = "";
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "gf-startup-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("connection refused names the host and port", async () => {
    await expectKnown(
      { DATABASE_URL: "postgres://gf:pw@127.0.0.1:1/gf" },
      "connection-refused",
      /127\.0\.0\.1:1\/gf/,
      /start PostgreSQL/,
    );
  });

  it("a damaged PGlite directory and a failed migration", { timeout: 300_000 }, async () => {
    // One database made by hand, with a table garde-fou's migrations will also want to create.
    const made = join(root, "made");
    const pg = await PGlite.create(made);
    await pg.exec('create table "runs" (x int)');
    await pg.close();
    const damaged = join(root, "damaged");
    cpSync(made, damaged, { recursive: true });
    writeFileSync(join(damaged, "global", "pg_control"), Buffer.alloc(8192, 0x5a));
    await expectKnown({ PGLITE_DIR: damaged }, "pglite-unreadable", /damaged/, /PGLITE_START_FRESH/);
    await expectKnown({ PGLITE_DIR: made }, "migration-failed", /42P07/, /"runs" already exists/);
  });
});

const server = testPostgresUrl();
describe.skipIf(!server)("real start-up failures on PostgreSQL", () => {
  const name = `gf_nosuper_${process.pid}`;
  let sql: ReturnType<typeof postgres>;
  beforeAll(async () => {
    sql = postgres(server ?? "", { max: 1, onnotice: () => {} });
    await sql.unsafe(`drop database if exists ${name}`);
    await sql.unsafe(`drop role if exists ${name}`);
    await sql.unsafe(`create role ${name} login password 'pw'`);
    await sql.unsafe(`create database ${name} owner ${name}`);
  });
  afterAll(async () => {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`drop role if exists ${name}`);
    await sql.end();
  });
  const as = (user: string, db: string) => {
    const url = new URL(withDatabase(server ?? "", db));
    url.username = user;
    url.password = "pw";
    return url.toString();
  };

  it("a non-superuser owner without the vector extension is told to create it once as a superuser", async () => {
    await expectKnown(
      { DATABASE_URL: as(name, name) },
      "vector-needs-superuser",
      /CREATE EXTENSION vector needs a superuser/,
      /CREATE EXTENSION IF NOT EXISTS vector;/,
    );
  });

  it("a missing database and an unknown role", async () => {
    await expectKnown({ DATABASE_URL: as("postgres", `${name}_missing`) }, "database-missing", /createdb/);
    await expectKnown({ DATABASE_URL: as(`${name}_nobody`, "postgres") }, "role-refused", /does not exist/);
  });
});
