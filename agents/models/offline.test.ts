import { describe, expect, it } from "vitest";
import { ModelError } from "../../core/errors.js";
import { EMBEDDING_DIMENSIONS, type ModelCallRecord } from "../../core/models.js";
import { loadSettings } from "../../core/settings.js";
import { foldText } from "../../core/text/fold.js";
import { createModelEngine } from "./factory.js";
import { fnv1a, hashedEmbedding } from "./hashed-embedding.js";
import { cosine } from "./vectors.js";

const engine = createModelEngine(loadSettings({ MODEL_PROVIDER: "offline" }));

describe("offline engine", () => {
  it("describes itself as offline", () => {
    expect(engine).toMatchObject({ provider: "offline", offline: true, chatModel: "offline-rules-v1" });
  });

  it("refuses to chat with model_unavailable, telling agents to use their offline implementation", async () => {
    const error = await engine
      .chat({ prompt: { name: "p", version: "1" }, messages: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).code).toBe("model_unavailable");
    expect((error as ModelError).message).toMatch(/offline implementation/);
  });

  it("embeds deterministically into unit vectors of the column size, and records the call", async () => {
    const records: ModelCallRecord[] = [];
    const texts = ["Développeur TypeScript confirmé à Lyon", ""];
    const first = await engine.embed(texts, (r) => {
      records.push(r);
    });
    const second = await engine.embed(texts);
    expect(first).toEqual(second);
    for (const vector of first) {
      expect(vector).toHaveLength(EMBEDDING_DIMENSIONS);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 9);
    }
    expect(records).toEqual([
      expect.objectContaining({ provider: "offline", offline: true, attempts: 1, promptName: "embedding" }),
    ]);
    expect(records[0]?.inputTokens).toBeGreaterThan(0);
  });

  it("puts similar texts closer than unrelated ones", async () => {
    const [ad, sameAd, reworded, unrelated] = await engine.embed([
      "Nous recrutons un développeur TypeScript confirmé pour notre équipe à Lyon",
      "Nous recrutons un developpeur typescript confirme pour notre equipe a Lyon",
      "Recherche développeuse TypeScript expérimentée, poste basé à Lyon",
      "La recette de la tarte aux pommes demande du beurre et de la farine",
    ]);
    if (!ad || !sameAd || !reworded || !unrelated) throw new Error("four vectors expected");
    expect(cosine(ad, sameAd)).toBeCloseTo(1, 9);
    expect(cosine(ad, reworded)).toBeGreaterThan(cosine(ad, unrelated) + 0.15);
  });

  it("uses a stable hash and folds accents and case", () => {
    // Known FNV-1a 32-bit values: a changed hash would silently invalidate stored vectors.
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(foldText("Égalité ÇA")).toBe("egalite ca");
    expect(hashedEmbedding("Été", 64)).toEqual(hashedEmbedding("ete", 64));
  });
});
