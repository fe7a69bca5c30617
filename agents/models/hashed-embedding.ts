// Deterministic embeddings without a model: feature hashing of words, word pairs and character trigrams.
// Good enough to rank near-duplicates and shared vocabulary above unrelated text, and identical on every
// machine, which is what offline tests and evals need.
import { EMBEDDING_DIMENSIONS } from "../../core/models.js";
import { foldText } from "../../core/text/fold.js";
import { l2Normalise } from "./vectors.js";

/** FNV-1a, 32 bits: stable across runs and platforms, unlike any built-in hash. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function wordsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

interface Feature {
  key: string;
  weight: number;
}

// Words carry the meaning; trigrams catch inflections ("recruteur", "recrutement"); pairs catch phrases.
const WEIGHTS = { word: 1, pair: 0.7, trigram: 0.4 } as const;

function featuresOf(text: string): Feature[] {
  const words = wordsOf(text);
  const features: Feature[] = [];
  words.forEach((word, i) => {
    features.push({ key: `w:${word}`, weight: WEIGHTS.word });
    const next = words[i + 1];
    if (next !== undefined) features.push({ key: `p:${word} ${next}`, weight: WEIGHTS.pair });
    const padded = `_${word}_`;
    for (let j = 0; j + 3 <= padded.length; j++)
      features.push({ key: `t:${padded.slice(j, j + 3)}`, weight: WEIGHTS.trigram });
  });
  return features;
}

/** A unit vector of `dimensions` numbers; text without words maps to one fixed direction. */
export function hashedEmbedding(text: string, dimensions = EMBEDDING_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const features = featuresOf(text);
  if (features.length === 0) features.push({ key: "empty", weight: 1 });
  for (const { key, weight } of features) {
    const hash = fnv1a(key);
    // The sign from a bit the bucket does not use keeps collisions from adding up in expectation.
    const sign = hash & 0x80000000 ? -1 : 1;
    const bucket = hash % dimensions;
    vector[bucket] = (vector[bucket] ?? 0) + sign * weight;
  }
  return l2Normalise(vector);
}
