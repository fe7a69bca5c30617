// The closed sets stored as text, read back from the live database (PGlite, or PostgreSQL when the run has
// TEST_DATABASE_URL): each column's check constraint must list exactly the values of its list in the code,
// so that a value added to a list without a migration (or the reverse) fails here, not in production.
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./client.js";
import * as schema from "./schema.js";
import { CLOSED_COLUMNS, runs } from "./schema.js";
import { openTestDatabase } from "./test-support/database.js";

interface Constraint {
  table: string;
  name: string;
  def: string;
}

/** postgres.js answers an array of rows, PGlite an object holding them. */
const rowsOf = (result: unknown): unknown[] =>
  Array.isArray(result)
    ? result
    : typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows)
      ? result.rows
      : [];

const isConstraint = (row: unknown): row is Constraint =>
  typeof row === "object" && row !== null && "table" in row && "name" in row && "def" in row;

/** The quoted values of a constraint's definition: `CHECK ((status = ANY (ARRAY['queued'::text, …])))`. */
const valuesOf = (def: string) =>
  [...def.matchAll(/'((?:[^']|'')*)'/g)].map((m) => (m[1] ?? "").replaceAll("''", "'"));

const expected = Object.entries(CLOSED_COLUMNS).flatMap(([table, columns]) =>
  Object.entries(columns).map(([column, values]) => ({ table, column, values: [...values] })),
);

describe("the closed sets' check constraints", { timeout: 120_000 }, () => {
  let handle: DatabaseHandle;
  let constraints: Constraint[];

  beforeAll(async () => {
    handle = await openTestDatabase();
    const result = await handle.db.execute(sql`
      select c.conrelid::regclass::text as "table", c.conname as "name", pg_get_constraintdef(c.oid) as "def"
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'c' and n.nspname = 'public'`);
    constraints = rowsOf(result).filter(isConstraint);
  });
  afterAll(() => handle.close());

  it("lists, on the live database, exactly each column's values in the code", () => {
    expect(expected.length).toBeGreaterThan(10);
    for (const { table, column, values } of expected) {
      const found = constraints.find((c) => c.name === `${table}_${column}_check`);
      expect(found?.table, `${table}.${column}`).toBe(table);
      expect(found?.def, `${table}.${column}`).toContain(column);
      expect(valuesOf(found?.def ?? "").sort(), `${table}.${column}`).toEqual([...values].sort());
    }
    // A list constraint the code no longer declares is drift too.
    const declared = new Set(expected.map((e) => `${e.table}_${e.column}_check`));
    const listed = constraints.filter((c) => /= ANY \(ARRAY\[|\bIN \(/i.test(c.def)).map((c) => c.name);
    expect(listed.filter((name) => !declared.has(name))).toEqual([]);
  });

  it("is declared in db/schema.ts for every listed column", () => {
    const exported: unknown[] = Object.values(schema);
    const tables = exported.filter((value): value is PgTable => is(value, PgTable));
    const declared = new Set(tables.flatMap((t) => getTableConfig(t).checks.map((c) => c.name)));
    for (const { table, column } of expected)
      expect(declared, `${table}.${column}`).toContain(`${table}_${column}_check`);
  });

  it("refuses a value outside the list, and takes NULL where the column allows it", async () => {
    const row = {
      id: "closed-1",
      workflow: "ad_writing",
      jurisdiction: "FR",
      status: "released",
      input: {},
      provider: "offline",
      model: "offline",
      offline: true,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await expect(handle.db.insert(runs).values({ ...row, status: "done" })).rejects.toThrow();
    await expect(handle.db.insert(runs).values({ ...row, jurisdiction: "DE" })).rejects.toThrow();
    await handle.db.insert(runs).values({ ...row, verdict: null });
    expect((await handle.db.select().from(runs)).map((r) => r.id)).toEqual(["closed-1"]);
  });
});
