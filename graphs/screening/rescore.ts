// The screener's scoring alone, with nothing stored: what a counterfactual check re-runs on a CV whose
// protected attributes were swapped. The same steps as screenNode (prepare, read the job, embed, assess,
// rank), with an in-memory vector store and no trace.
import { analyseJob, assess, prepareCv, rank } from "../../agents/screener/index.js";
import type { ModelEngine } from "../../core/models.js";
import { memoryStore } from "./embedding-store.js";

const EMBED_BATCH = 32;

export async function rescore(
  engine: ModelEngine,
  job: string,
  cvs: ReadonlyArray<{ id: string; text: string }>,
  now: Date,
): Promise<Array<{ id: string; score: number; rank: number; recommendation: string }>> {
  const prepared = cvs.map((cv) => prepareCv({ id: cv.id, text: cv.text }, now));
  const texts = [job, ...prepared.map((cv) => cv.text)];
  const vectors: number[][] = [];
  for (let i = 0; i < texts.length; i += EMBED_BATCH)
    vectors.push(...(await engine.embed(texts.slice(i, i + EMBED_BATCH))));
  const store = memoryStore();
  await store.save([
    { ownerKind: "job", ownerId: "job", text: job, vector: vectors[0] ?? [] },
    ...prepared.map((cv, i) => ({
      ownerKind: "cv" as const,
      ownerId: cv.id,
      text: cv.text,
      vector: vectors[i + 1] ?? [],
    })),
  ]);
  const similarities = await store.cvSimilarities(
    vectors[0] ?? [],
    prepared.map((cv) => cv.id),
  );
  const profile = analyseJob(job);
  return rank(prepared.map((cv) => assess(profile, cv, similarities.get(cv.id) ?? 0))).map((r) => ({
    id: r.id,
    score: r.score,
    rank: r.rank,
    recommendation: r.recommendation,
  }));
}
