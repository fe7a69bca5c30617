// Embeddings go to the pgvector table and come back by nearest-neighbour search (cosine, `<=>`).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelEngine } from "../../agents/models/factory.js";
import { cosine } from "../../agents/models/vectors.js";
import { fixedClock } from "../../core/clock.js";
import { loadSettings } from "../../core/settings.js";
import { MemoryTracer } from "../../core/trace.js";
import type { DatabaseHandle } from "../../db/client.js";
import { findEmbedding, nearestEmbeddings } from "../../db/queries/embeddings.js";
import { insertRun } from "../../db/queries/runs.js";
import { embeddings } from "../../db/schema.js";
import { openTestDatabase } from "../../db/test-support/database.js";
import { freshGuarded, testContext } from "../test-support/context.js";
import { memoryStore, pgvectorStore } from "./embedding-store.js";
import { screenNode } from "./nodes.js";
import type { ScreeningState } from "./state.js";
import { JOB, MATCHING_CV, OTHER_CV } from "./test-support/fixtures.js";

let handle: DatabaseHandle;

function freshScreeningState(): ScreeningState {
  return {
    job: "",
    cvs: [],
    ...freshGuarded(),
    profile: null,
    prepared: [],
    ranking: [],
    intakeFindings: [],
    feedback: [],
    store: null,
  };
}
const engine = createModelEngine(loadSettings({}));
const clock = fixedClock();

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

async function newRun(id: string): Promise<void> {
  const now = clock.now();
  await insertRun(handle.db, {
    id,
    workflow: "screening",
    jurisdiction: "FR",
    status: "running",
    input: {},
    provider: "offline",
    model: "offline",
    offline: true,
    createdAt: now,
    updatedAt: now,
  });
}

describe("pgvector embedding store", () => {
  it("stores vectors and finds the nearest CVs of a run by cosine distance, as the in-memory store does", async () => {
    await newRun("run-a");
    await newRun("run-b");
    const texts = { near: MATCHING_CV, far: OTHER_CV, mid: "Développeur Python, SQL et Docker." };
    const [job, ...vectors] = await engine.embed([JOB, texts.near, texts.far, texts.mid]);
    const items = Object.keys(texts).map((id, i) => ({
      ownerKind: "cv" as const,
      ownerId: id,
      text: id,
      vector: vectors[i] ?? [],
    }));
    const pg = pgvectorStore(handle.db, { runId: "run-a", model: engine.embeddingModel, clock });
    const memory = memoryStore();
    await pg.save([{ ownerKind: "job", ownerId: "job", text: JOB, vector: job ?? [] }, ...items]);
    await pg.save(items); // a resumed run writes the same rows again
    await memory.save(items);
    // Another run's CV must not leak into this run's similarities.
    await pgvectorStore(handle.db, { runId: "run-b", model: engine.embeddingModel, clock }).save([
      { ownerKind: "cv", ownerId: "near", text: "x", vector: job ?? [] },
    ]);

    const rows = await handle.db.select().from(embeddings).where(eq(embeddings.runId, "run-a"));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.embedding.length === 1024 && r.model === engine.embeddingModel)).toBe(true);

    const fromPg = await pg.cvSimilarities(job ?? [], ["near", "far", "mid"]);
    const fromMemory = await memory.cvSimilarities(job ?? [], ["near", "far", "mid"]);
    for (const id of ["near", "far", "mid"]) {
      expect(fromPg.get(id)).toBeCloseTo(fromMemory.get(id) ?? Number.NaN, 5);
      expect(fromPg.get(id)).toBeCloseTo(
        cosine(job ?? [], vectors[["near", "far", "mid"].indexOf(id)] ?? []),
        5,
      );
    }

    const nearest = await nearestEmbeddings(handle.db, job ?? [], {
      ownerKind: "cv",
      runId: "run-a",
      limit: 2,
    });
    expect(nearest.map((n) => n.ownerId)).toEqual(["near", "mid"]);
    expect(nearest[0]?.distance).toBeLessThan(nearest[1]?.distance ?? 0);
    const all = await nearestEmbeddings(handle.db, job ?? [], { ownerKind: "cv", limit: 10 });
    expect(all[0]).toMatchObject({ ownerId: "near", distance: expect.closeTo(0, 5) });
  });

  it("finds a stored embedding by owner, model and content hash", async () => {
    await newRun("run-c");
    const [v] = await engine.embed(["texte"]);
    await pgvectorStore(handle.db, { runId: "run-c", model: "m", clock }).save([
      { ownerKind: "cv", ownerId: "x", text: "texte", vector: v ?? [] },
    ]);
    const [row] = await handle.db.select().from(embeddings).where(eq(embeddings.runId, "run-c"));
    const found = await findEmbedding(handle.db, {
      ownerKind: "cv",
      ownerId: "x",
      model: "m",
      contentHash: row?.contentHash ?? "",
    });
    expect(found?.[0]).toBeCloseTo(v?.[0] ?? Number.NaN, 6);
    expect(
      await findEmbedding(handle.db, {
        ownerKind: "cv",
        ownerId: "x",
        model: "other",
        contentHash: row?.contentHash ?? "",
      }),
    ).toBeUndefined();
  });

  it("uses the pgvector store when the graph context carries the database", async () => {
    await newRun("run-graph");
    const tracer = new MemoryTracer("run-graph");
    const context = testContext(
      { engine, tracer, clock, judgeMode: "auto", maxRevisions: 2 },
      { db: handle.db },
    );
    const update = await screenNode(
      {
        ...freshScreeningState(),
        job: JOB,
        cvs: [
          { id: "dev", text: MATCHING_CV },
          { id: "baker", text: OTHER_CV },
        ],
      },
      { context },
    );
    const state = { ...freshScreeningState(), ...update };
    expect(state.store).toBe("pgvector");
    const rows = await handle.db.select().from(embeddings).where(eq(embeddings.runId, "run-graph"));
    expect(rows.map((r) => `${r.ownerKind}:${r.ownerId}`).sort()).toEqual(["cv:baker", "cv:dev", "job:job"]);
    // The stored CV vector is the embedding of the redacted text, not of the raw CV.
    const [redactedVector] = await engine.embed([
      (state.prepared ?? []).find((p) => p.id === "dev")?.text ?? "",
    ]);
    const stored = rows.find((r) => r.ownerId === "dev")?.embedding ?? [];
    expect(cosine(stored, redactedVector ?? [])).toBeCloseTo(1, 5);
  });
});
