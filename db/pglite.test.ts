// The embedded database shares the event loop (#9 point 5): its statements leave room for a waiting
// callback, and its bytea codec gives back exactly what was stored, single values and arrays alike.
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { byteaArrayFromText, byteaFromText, openPglite } from "./pglite.js";

let db: PGlite;
beforeAll(async () => {
  db = await openPglite(undefined);
  await db.exec("create table blobs (k int primary key, v bytea)");
});
afterAll(async () => {
  await db.close();
});

/** Random bytes from a seeded generator, so that a failure replays. */
function bytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe("the embedded database's turns", { timeout: 120_000 }, () => {
  it("lets a callback queued behind 50 statements run before the last of them has ended", async () => {
    const ended: number[] = [];
    let immediateAfter = -1;
    setImmediate(() => {
      immediateAfter = ended.length;
    });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => db.query("select $1::int as n", [i]).then(() => ended.push(i))),
    );
    // Without a turn per message, the 50 queries end as one chain of promise continuations and the
    // callback runs only after all of them (immediateAfter = 50).
    expect(immediateAfter).toBeGreaterThanOrEqual(0);
    expect(immediateAfter).toBeLessThan(5);
    expect(ended).toHaveLength(50);
  });
});

describe("bytea", { timeout: 120_000 }, () => {
  it("stores bytes as they are and reads them back, from empty to a megabyte", async () => {
    const values = [
      new Uint8Array(0),
      bytes(1, 1),
      bytes(2, 255),
      bytes(3, 1_000_000),
      new Uint8Array([0, 92, 34, 44, 123, 125]),
    ];
    for (const [k, v] of values.entries()) await db.query("insert into blobs (k, v) values ($1, $2)", [k, v]);
    const rows = (await db.query<{ k: number; v: Uint8Array }>("select k, v from blobs order by k")).rows;
    expect(rows.map((r) => Buffer.from(r.v).equals(Buffer.from(values[r.k] ?? [])))).toEqual(
      values.map(() => true),
    );
    // Stored as bytes, not as the text of a hex string: PostgreSQL sees the length of the value.
    const lengths = (await db.query<{ n: number }>("select length(v) as n from blobs order by k")).rows;
    expect(lengths.map((r) => r.n)).toEqual(values.map((v) => v.length));
  });

  it("reads nested bytea arrays with NULLs as LangGraph's checkpoint queries build them", async () => {
    const a = bytes(7, 300);
    const b = new Uint8Array([0x5c, 0x22, 0x2c]); // backslash, quote, comma
    const r = await db.query<{ agg: Array<Array<Uint8Array | null>> }>(
      "select array[array[$1::bytea, $2::bytea], array[null::bytea, '\\x'::bytea]] as agg",
      [a, b],
    );
    const [first, second] = r.rows[0]?.agg ?? [];
    expect(Buffer.from(first?.[0] ?? []).equals(Buffer.from(a))).toBe(true);
    expect(Array.from(first?.[1] ?? [])).toEqual([0x5c, 0x22, 0x2c]);
    expect(second?.[0]).toBeNull();
    expect(second?.[1]?.length).toBe(0);
  });

  it("parses array text exactly as PostgreSQL writes it, and leaves any other form to the general parser", () => {
    expect(
      byteaArrayFromText('{"\\\\x0102",NULL}')?.map((v) => (v instanceof Uint8Array ? Array.from(v) : v)),
    ).toEqual([[1, 2], null]);
    expect(byteaArrayFromText("{}")).toEqual([]);
    expect(byteaArrayFromText("[0:1]={NULL,NULL}")).toBeUndefined();
    expect(byteaArrayFromText('{"\\\\x01"')).toBeUndefined();
    expect(byteaArrayFromText('{"abc"}')).toBeUndefined();
    expect(Array.from(byteaFromText("\\xff00"))).toEqual([255, 0]);
  });
});
