// Where the screening keeps its embeddings: the pgvector `embeddings` table when the graph context carries a
// database, an in-process map otherwise (unit tests of the graph, a context without a database). Both give
// the same similarities: cosine over the same vectors.
import { createHash } from "node:crypto";
import { cosine } from "../../agents/models/vectors.js";
import type { Clock } from "../../core/clock.js";
import type { Database } from "../../db/client.js";
import { nearestEmbeddings, saveEmbeddings } from "../../db/queries/embeddings.js";

export const OWNER_KINDS = ["cv", "job"] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export interface VectorToStore {
  ownerKind: OwnerKind;
  ownerId: string;
  /** The text embedded (redacted, for a CV): only its hash is stored. */
  text: string;
  vector: number[];
}

export interface EmbeddingStore {
  readonly kind: "pgvector" | "memory";
  save(items: VectorToStore[]): Promise<void>;
  /** Cosine similarity of `query` to each stored CV of the run, by CV id. */
  cvSimilarities(query: number[], cvIds: string[]): Promise<Map<string, number>>;
}

const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");

export function pgvectorStore(
  db: Database,
  scope: { runId: string; model: string; clock: Clock },
): EmbeddingStore {
  const idOf = (kind: OwnerKind, ownerId: string) => `${scope.runId}:${kind}:${ownerId}`;
  return {
    kind: "pgvector",
    async save(items) {
      await saveEmbeddings(
        db,
        items.map((item) => ({
          id: idOf(item.ownerKind, item.ownerId),
          runId: scope.runId,
          ownerKind: item.ownerKind,
          ownerId: item.ownerId,
          model: scope.model,
          contentHash: hashOf(item.text),
          embedding: item.vector,
          createdAt: scope.clock.now(),
        })),
      );
    },
    async cvSimilarities(query, cvIds) {
      const found = new Map<string, number>();
      const near = await nearestEmbeddings(db, query, {
        ownerKind: "cv",
        runId: scope.runId,
        limit: cvIds.length,
      });
      for (const n of near) found.set(n.ownerId, 1 - n.distance);
      const missing = cvIds.filter((id) => !found.has(id));
      // An approximate (HNSW) scan under a filter can stop short; the missing ones are asked for by id.
      if (missing.length > 0) {
        const rest = await nearestEmbeddings(db, query, {
          ownerKind: "cv",
          runId: scope.runId,
          ownerIds: missing,
          limit: missing.length,
        });
        for (const n of rest) found.set(n.ownerId, 1 - n.distance);
      }
      const lost = cvIds.filter((id) => !found.has(id));
      if (lost.length > 0) throw new Error(`embeddings not found for CVs ${lost.join(", ")}`);
      return found;
    },
  };
}

export function memoryStore(): EmbeddingStore {
  const vectors = new Map<string, number[]>();
  return {
    kind: "memory",
    async save(items) {
      for (const item of items) vectors.set(`${item.ownerKind}:${item.ownerId}`, item.vector);
    },
    async cvSimilarities(query, cvIds) {
      const out = new Map<string, number>();
      for (const id of cvIds) {
        const v = vectors.get(`cv:${id}`);
        if (!v) throw new Error(`embedding not found for CV ${id}`);
        out.set(id, cosine(query, v));
      }
      return out;
    },
  };
}
