// Where a marker string is stored: every column of every table of every schema (the LangGraph checkpoint
// tables and bytea columns included). Erasure tests check that nothing of a candidate is left anywhere.
import { sql } from "drizzle-orm";
import type { Database } from "../client.js";

type Rows<T> = { rows: T[] } | T[];
const rowsOf = <T>(result: Rows<T>): T[] => (Array.isArray(result) ? result : result.rows);

/** `schema.table.column` of every column holding the marker, sorted. */
export async function tablesHolding(db: Database, marker: string): Promise<string[]> {
  const columns = rowsOf(
    (await db.execute(sql`
    select table_schema as s, table_name as t, column_name as c, data_type as d
    from information_schema.columns
    where table_schema not in ('pg_catalog', 'information_schema')
      and table_name in (select table_name from information_schema.tables where table_type = 'BASE TABLE')`)) as unknown as Rows<{
      s: string;
      t: string;
      c: string;
      d: string;
    }>,
  );
  const holding = new Set<string>();
  for (const { s, t, c, d } of columns) {
    const col = sql.raw(`"${s}"."${t}"."${c}"`);
    const from = sql.raw(`"${s}"."${t}"`);
    const test =
      d === "bytea"
        ? sql`position(convert_to(${marker}, 'UTF8') in ${col}) > 0`
        : sql`${col}::text like ${`%${marker}%`}`;
    const found = rowsOf(
      (await db.execute(sql`select count(*)::int as n from ${from} where ${test}`)) as unknown as Rows<{
        n: number;
      }>,
    );
    if ((found[0]?.n ?? 0) > 0) holding.add(`${s}.${t}.${c}`);
  }
  return [...holding].sort();
}
