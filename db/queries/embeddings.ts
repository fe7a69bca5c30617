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
 * Rows per INSERT: far under the parameter limit (1,000 × 8 = 8,000), and a statement of about 10 MB of
 * vector text, so that a 10,000-CV run neither passes the limit nor builds one huge statement.
 */
export const EMBEDDING_BATCH_ROWS = 1_000;

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
