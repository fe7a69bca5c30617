// Bulk embedding writes stay under PostgreSQL's bind-parameter limit whatever the number of rows: a run of
// 10,000 CVs once failed as one INSERT of 10,001 rows (80,008 parameters).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../client.js";
import { openTestDatabase } from "../test-support/database.js";
import {
  EMBEDDING_BATCH_ROWS,
  EMBEDDING_COLUMNS,
  MAX_BIND_PARAMETERS,
  type NewEmbedding,
  saveEmbeddings,
} from "./embeddings.js";

const DIMENSIONS = 1024;

function row(k: number): NewEmbedding {
  const embedding = Array.from({ length: DIMENSIONS }, (_, d) => Math.sin(k * 7.1 + d * 0.37));
  return {
    id: `e${k}`,
    ownerKind: "cv",
    ownerId: `cv${k}`,
    model: "test",
    contentHash: `h${k}`,
    embedding,
    createdAt: new Date(),
  };
}

describe("saveEmbeddings", { timeout: 180_000 }, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => {
    await handle.close();
  });

  it("binds at most 65,535 parameters per statement", () => {
    expect(EMBEDDING_COLUMNS).toBeGreaterThanOrEqual(7);
    expect(EMBEDDING_BATCH_ROWS * EMBEDDING_COLUMNS).toBeLessThanOrEqual(MAX_BIND_PARAMETERS);
  });

  it("writes more rows than one statement holds, in batches, and writing them again adds nothing", async () => {
    const rows = Array.from({ length: EMBEDDING_BATCH_ROWS + 5 }, (_, k) => row(k));
    const insert = vi.spyOn(handle.db, "insert");
    await saveEmbeddings(handle.db, rows);
    expect(insert).toHaveBeenCalledTimes(2);
    await saveEmbeddings(handle.db, rows.slice(0, 10));
    insert.mockRestore();
    const counted = await handle.db.execute(sql`select count(*)::int as n from embeddings`);
    expect(JSON.stringify(counted)).toContain(`"n":${rows.length}`);
  });
});
