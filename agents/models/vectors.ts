// Every vector is stored in one pgvector column of EMBEDDING_DIMENSIONS: shorter vectors are zero-padded
// (cosine similarity is unchanged), longer ones cannot be cut without changing it, so they are refused.
import { ModelError } from "../../core/errors.js";
import { EMBEDDING_DIMENSIONS } from "../../core/models.js";

export function l2Normalise(vector: readonly number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
  return norm === 0 ? [...vector] : vector.map((x) => x / norm);
}

export function fitToColumn(vector: readonly number[], dimensions = EMBEDDING_DIMENSIONS): number[] {
  if (vector.length > dimensions)
    throw new ModelError(
      "model_invalid_output",
      `embedding has ${vector.length} dimensions, more than the ${dimensions} the store holds`,
      { dimensions: vector.length, expected: dimensions },
    );
  if (vector.some((x) => !Number.isFinite(x)))
    throw new ModelError("model_invalid_output", "embedding contains a value that is not a finite number");
  const padded =
    vector.length === dimensions
      ? [...vector]
      : [...vector, ...new Array<number>(dimensions - vector.length).fill(0)];
  return l2Normalise(padded);
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
