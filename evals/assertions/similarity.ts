// Closeness to a reference answer without a model: token-set cosine or ROUGE-L F1 over word tokens.
import type { AssertionHandler } from "./types.js";

export function tokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Cosine of the two texts' sets of tokens (binary weights): word order does not count. */
export function tokenCosine(a: string, b: string): number {
  const x = new Set(tokens(a));
  const y = new Set(tokens(b));
  if (x.size === 0 || y.size === 0) return x.size === y.size ? 1 : 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / Math.sqrt(x.size * y.size);
}

/** ROUGE-L F1: the longest common subsequence of tokens, so word order counts. */
export function rougeL(candidate: string, reference: string): number {
  const c = tokens(candidate);
  const r = tokens(reference);
  if (c.length === 0 || r.length === 0) return c.length === r.length ? 1 : 0;
  let previous = new Array<number>(r.length + 1).fill(0);
  for (const ct of c) {
    const row = new Array<number>(r.length + 1).fill(0);
    for (let j = 1; j <= r.length; j++)
      row[j] = ct === r[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
    previous = row;
  }
  const lcs = previous[r.length] ?? 0;
  if (lcs === 0) return 0;
  const precision = lcs / c.length;
  const recall = lcs / r.length;
  return (2 * precision * recall) / (precision + recall);
}

export const similarity: AssertionHandler<"similarity"> = (a, { output }) => {
  const score =
    a.method === "token-cosine" ? tokenCosine(output.text, a.reference) : rougeL(output.text, a.reference);
  return {
    type: "similarity",
    status: score >= a.min ? "pass" : "fail",
    message: `${a.method} ${score.toFixed(3)} (min ${a.min})`,
    score,
  };
};
