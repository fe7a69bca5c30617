// Storing and searching embeddings (pgvector). Knows no workflow: callers pass owner kinds and ids.
// Nearest-neighbour queries order by the cosine distance operator `<=>`, which the HNSW index
// (vector_cosine_ops) serves.
import { and, asc, cosineDistance, eq, getTableColumns, inArray, type SQL } from "drizzle-orm";
import type { Database } from "../client.js";
import { embeddings } from "../schema.js";

export type EmbeddingRow = typeof embeddings.$inferSelect;
export type NewEmbedding = typeof embeddings.$inferInsert;

/** PostgreSQL binds at most 65,535 parameters in one statement. */
export const MAX_BIND_PARAMETERS = 65_535;
/** Parameters one embedding row can bind (every column of the table). */
export const EMBEDDING_COLUMNS = Object.keys(getTableColumns(embeddings)).length;
/**
 * Rows per INSERT: small, because on the embedded database one statement is one synchronous stretch of the
 * event loop, and the HNSW index makes each row costly to write (about 3 ms a row, measured under load
 * during a 200-CV screening: one INSERT of 201 rows held the loop 690 ms, against #9's 100 ms bound). 20
 * rows stay far under PostgreSQL's parameter limit (20 × 8) and cost a server only a few more round trips.
 */
export const EMBEDDING_BATCH_ROWS = 8;

/** Writes embeddings; an id already stored is left as it is (a resumed run writes the same rows again). */
export async function saveEmbeddings(db: Database, rows: NewEmbedding[]): Promise<void> {
  for (let start = 0; start < rows.length; start += EMBEDDING_BATCH_ROWS)
    await db
      .insert(embeddings)
      .values(rows.slice(start, start + EMBEDDING_BATCH_ROWS))
      .onConflictDoNothing({ target: embeddings.id });
}

export interface EmbeddingFilter {
  ownerKind?: string;
  runId?: string;
  ownerIds?: string[];
  model?: string;
}

function conditions(filter: EmbeddingFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.ownerKind) where.push(eq(embeddings.ownerKind, filter.ownerKind));
  if (filter.runId) where.push(eq(embeddings.runId, filter.runId));
  if (filter.ownerIds) where.push(inArray(embeddings.ownerId, filter.ownerIds));
  if (filter.model) where.push(eq(embeddings.model, filter.model));
  return where.length ? and(...where) : undefined;
}

export interface Neighbour {
  id: string;
  ownerKind: string;
  ownerId: string;
  /** Cosine distance (0 = same direction, 2 = opposite). */
  distance: number;
}

/** The `limit` stored embeddings nearest to `vector` by cosine distance, nearest first. */
export async function nearestEmbeddings(
  db: Database,
  vector: number[],
  filter: EmbeddingFilter & { limit: number },
): Promise<Neighbour[]> {
  const distance = cosineDistance(embeddings.embedding, vector);
  const rows = await db
    .select({ id: embeddings.id, ownerKind: embeddings.ownerKind, ownerId: embeddings.ownerId, distance })
    .from(embeddings)
    .where(conditions(filter))
    .orderBy(asc(distance), asc(embeddings.id))
    .limit(filter.limit);
  return rows.map((r) => ({ ...r, distance: Number(r.distance) }));
}

/** A stored embedding with the same owner, model and content, to avoid computing it again. */
export async function findEmbedding(
  db: Database,
  key: { ownerKind: string; ownerId: string; model: string; contentHash: string },
): Promise<number[] | undefined> {
  const [row] = await db
    .select({ embedding: embeddings.embedding })
    .from(embeddings)
    .where(
      and(
        eq(embeddings.ownerKind, key.ownerKind),
        eq(embeddings.ownerId, key.ownerId),
        eq(embeddings.model, key.model),
        eq(embeddings.contentHash, key.contentHash),
      ),
    )
    .limit(1);
  return row?.embedding;
}
