// `npm run bench:vectors`: the HNSW index against an exact scan, at the size the seed's volume reaches.
//  1. N "CVs" of 8 to 20 sentences drawn from the development texts (deterministic), embedded with the
//     project's hashed embedding (agents/models/hashed-embedding.ts; the vectors are kept in a file for the
//     next run), stored in a table of their own (schema bench_vectors), in INSERTs that stay under the
//     bind-parameter limit.
//  2. Q "jobs" (4 to 8 other sentences): the exact top 10 by cosine distance with no index (a sequential scan):
//     the reference for recall and for speed.
//  3. The HNSW index built (m, ef_construction; maintenance_work_mem raised for the build), timed.
//  4. The same queries through the index, in the shape its planner uses (ORDER BY distance LIMIT k), at
//     each hnsw.ef_search set by SET LOCAL in the query's transaction: recall@10 and median latency.
//  5. A filtered query (one run's CVs, 1 % of the table) with the index and iterative scans
//     (hnsw.iterative_scan), against the exact plan through the run's btree index.
//
//   npm run bench:vectors -- [--db postgres://…] [--pglite DIR] [--n 100000] [--queries 30]
//     [--dims 1024] [--m 16] [--ef-construction 64] [--ef 40,100,200,400] [--memory 2GB] [--halfvec] [--vectors FILE] [--prepare]
// Without --db it runs on PGlite (in memory, or in DIR). The figures go in the README's benchmarks section.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import postgres from "postgres";
import { hashedEmbedding } from "../agents/models/hashed-embedding.js";
import { PACKAGE_ROOT } from "../core/paths.js";
import { loadSettings } from "../core/settings.js";
import { MAX_BIND_PARAMETERS } from "../db/queries/embeddings.js";
import { loadTexts } from "../evals/guards/speed.js";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    pglite: { type: "string" },
    n: { type: "string", default: "100000" },
    queries: { type: "string", default: "30" },
    dims: { type: "string", default: "1024" },
    m: { type: "string", default: "16" },
    "ef-construction": { type: "string", default: "64" },
    ef: { type: "string", default: "40,100,200,400" },
    memory: { type: "string", default: "2GB" },
    halfvec: { type: "boolean" },
    keep: { type: "boolean" },
    vectors: { type: "string" },
    prepare: { type: "boolean" },
  },
});
const N = Number(values.n);
const Q = Number(values.queries);
const DIMS = Number(values.dims);
const K = 10;
const GROUPS = 100;
const out = (line = "") => process.stdout.write(`${line}\n`);

interface Sql {
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Statements in one transaction (SET LOCAL holds inside it only); the last one's rows. */
  tx(statements: Array<[string, unknown[]?]>): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

async function connect(): Promise<{ sql: Sql; name: string }> {
  if (values.db) {
    const pg = postgres(values.db, { max: 1, onnotice: () => undefined });
    return {
      name: "PostgreSQL",
      sql: {
        query: async (text, params = []) => [...(await pg.unsafe(text, params as never[]))],
        tx: async (statements) =>
          pg.begin(async (t) => {
            let rows: Record<string, unknown>[] = [];
            for (const [text, params = []] of statements)
              rows = [...(await t.unsafe(text, params as never[]))];
            return rows;
          }) as Promise<Record<string, unknown>[]>,
        close: () => pg.end(),
      },
    };
  }
  const db = await PGlite.create(values.pglite, { extensions: { vector } });
  return {
    name: `PGlite${values.pglite ? ` (${values.pglite})` : " (in memory)"}`,
    sql: {
      query: async (text, params = []) => (await db.query<Record<string, unknown>>(text, params)).rows,
      tx: (statements) =>
        db.transaction(async (t) => {
          let rows: Record<string, unknown>[] = [];
          for (const [text, params = []] of statements)
            rows = (await t.query<Record<string, unknown>>(text, params)).rows;
          return rows;
        }),
      close: () => db.close(),
    },
  };
}

/** A deterministic generator (mulberry32): the same texts, vectors and queries on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the development texts: documents mixed from them overlap in parts, never as a whole text. */
function sentencesOf(texts: readonly string[]): string[] {
  return texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/u)).filter((s) => s.trim().length >= 20);
}

function mixes(pool: readonly string[], count: number, parts: [number, number], seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const n = parts[0] + Math.floor(next() * (parts[1] - parts[0] + 1));
    return Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]).join("\n");
  });
}

/**
 * The CVs' vectors, kept in a file between runs (--vectors; the same for PostgreSQL and PGlite): hashing
 * 100,000 CVs takes minutes, storing them does not.
 */
function cachedVectors(pool: readonly string[]): Float32Array[] {
  const file = values.vectors ?? join(tmpdir(), `garde-fou-bench-vectors-${N}-${DIMS}.f32`);
  if (!existsSync(file)) {
    const started = performance.now();
    const all = new Float32Array(N * DIMS);
    mixes(pool, N, [8, 20], 1).forEach((text, i) => {
      all.set(hashedEmbedding(text, DIMS), i * DIMS);
    });
    writeFileSync(file, Buffer.from(all.buffer));
    out(`  ${N.toLocaleString("en")} CVs embedded in ${ms(performance.now() - started)} (kept in ${file})`);
  }
  const bytes = readFileSync(file);
  const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return Array.from({ length: N }, (_, i) => all.subarray(i * DIMS, (i + 1) * DIMS));
}

const literal = (v: ArrayLike<number>) =>
  `[${Array.from(v, (x) => (x === 0 ? "0" : x.toPrecision(6))).join(",")}]`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;

async function main(): Promise<void> {
  const configured = loadSettings().GARDE_FOU_DATA_DIR;
  const pool = sentencesOf(
    loadTexts(isAbsolute(configured) ? configured : resolve(PACKAGE_ROOT, configured)),
  );
  if (pool.length === 0) throw new Error(`no development texts in ${configured}`);
  // --prepare: only the vectors' file (CPU-bound hashing, outside the benchmark lock).
  if (values.prepare) {
    cachedVectors(pool);
    return;
  }
  const { sql, name } = await connect();
  const column = values.halfvec ? `embedding::halfvec(${DIMS})` : "embedding";
  const cast = values.halfvec ? `::halfvec(${DIMS})` : `::vector(${DIMS})`;
  const ops = values.halfvec ? "halfvec_cosine_ops" : "vector_cosine_ops";
  out(
    `${name}: ${N.toLocaleString("en")} vectors of ${DIMS} dimensions (CVs of 8 to 20 sentences drawn from ${pool.length.toLocaleString("en")}), ${Q} queries, top ${K}`,
  );
  await sql.query("create extension if not exists vector");
  await sql.query("drop schema if exists bench_vectors cascade");
  await sql.query("create schema bench_vectors");
  await sql.query(
    `create table bench_vectors.items (id int primary key, run int not null, embedding vector(${DIMS}) not null)`,
  );
  // Three parameters a row: rows per INSERT kept well under PostgreSQL's 65,535 bound parameters.
  const rowsPerInsert = Math.min(500, Math.floor(MAX_BIND_PARAMETERS / 3));
  const vectors = cachedVectors(pool);
  const started = performance.now();
  for (let at = 0; at < N; at += rowsPerInsert) {
    const rows = vectors.slice(at, at + rowsPerInsert);
    const params: unknown[] = [];
    const tuples = rows.map((v, i) => {
      params.push(at + i, (at + i) % GROUPS, literal(v));
      return `($${params.length - 2}, $${params.length - 1}, $${params.length}::vector)`;
    });
    await sql.query(`insert into bench_vectors.items values ${tuples.join(",")}`, params);
  }
  await sql.query("create index on bench_vectors.items (run)");
  await sql.query("analyze bench_vectors.items");
  out(`  stored in ${ms(performance.now() - started)} (${rowsPerInsert} rows per INSERT)`);

  const jobs = mixes(pool, Q, [4, 8], 2).map((t) => literal(hashedEmbedding(t, DIMS)));
  const topK = (extra = "") =>
    `select id from bench_vectors.items ${extra} order by ${column} <=> $1${cast} limit ${K}`;
  const exact: number[][] = [];
  const exactMs: number[] = [];
  for (const job of jobs) {
    const t0 = performance.now();
    const rows = await sql.tx([["set local enable_indexscan = off"], [topK(), [job]]]);
    exactMs.push(performance.now() - t0);
    exact.push(rows.map((r) => Number(r.id)));
  }
  out(`  exact scan (no index): median ${ms(median(exactMs))} a query`);

  const buildStarted = performance.now();
  await sql.query(`set maintenance_work_mem = '${values.memory}'`);
  await sql.query(
    `create index items_hnsw on bench_vectors.items using hnsw ((${column}) ${ops}) with (m = ${Number(values.m)}, ef_construction = ${Number(values["ef-construction"])})`,
  );
  const buildMs = performance.now() - buildStarted;
  out(
    `  HNSW build (m ${values.m}, ef_construction ${values["ef-construction"]}, maintenance_work_mem ${values.memory}${values.halfvec ? ", halfvec" : ""}): ${(buildMs / 1000).toFixed(0)} s`,
  );
  const plan = await sql.tx([["set local hnsw.ef_search = 40"], [`explain ${topK()}`, [jobs[0]]]]);
  const usesIndex = plan.some((r) => String(Object.values(r)[0]).includes("items_hnsw"));
  out(`  planner uses the index for ORDER BY distance LIMIT ${K}: ${usesIndex ? "yes" : "NO"}`);

  // Warm-up: the index's pages read once, so that the first ef_search measured is not the one paying for it.
  for (const job of jobs) await sql.tx([["set local hnsw.ef_search = 40"], [topK(), [job]]]);
  out("  ef_search | recall@10 | median latency | speed-up over the exact scan");
  for (const ef of String(values.ef).split(",").map(Number)) {
    const lat: number[] = [];
    let hits = 0;
    for (const [i, job] of jobs.entries()) {
      const t0 = performance.now();
      const rows = await sql.tx([[`set local hnsw.ef_search = ${ef}`], [topK(), [job]]]);
      lat.push(performance.now() - t0);
      const truth = new Set(exact[i]);
      hits += rows.filter((r) => truth.has(Number(r.id))).length;
    }
    const recall = hits / (K * jobs.length);
    out(
      `  ${String(ef).padStart(9)} | ${recall.toFixed(3).padStart(9)} | ${ms(median(lat)).padStart(14)} | ${(median(exactMs) / median(lat)).toFixed(1)} ×`,
    );
  }

  // One run's CVs (1 % of the table): the btree on run gives the exact answer; the index needs iterative
  // scans to fill k under a filter (pgvector 0.8).
  const filterExactMs: number[] = [];
  const filterIndexMs: number[] = [];
  let filterHits = 0;
  for (const [i, job] of jobs.entries()) {
    const where = `where run = ${i % GROUPS}`;
    let t0 = performance.now();
    const truth = await sql.tx([["set local enable_indexscan = off"], [topK(where), [job]]]);
    filterExactMs.push(performance.now() - t0);
    t0 = performance.now();
    const rows = await sql.tx([
      ["set local hnsw.ef_search = 100"],
      ["set local hnsw.iterative_scan = relaxed_order"],
      [topK(where), [job]],
    ]);
    filterIndexMs.push(performance.now() - t0);
    const want = new Set(truth.map((r) => Number(r.id)));
    filterHits += rows.filter((r) => want.has(Number(r.id))).length;
  }
  out(
    `  filtered to one run (1 %): exact ${ms(median(filterExactMs))}, index with iterative scan ${ms(median(filterIndexMs))}, recall@10 ${(filterHits / (K * jobs.length)).toFixed(3)}`,
  );
  if (!values.keep) await sql.query("drop schema bench_vectors cascade");
  await sql.close();
}

await main();
