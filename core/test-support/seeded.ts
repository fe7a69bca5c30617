// A small seeded generator (mulberry32) for property tests: the same seed draws the same inputs, so a
// failure names its seed and replays. Good enough to shuffle test inputs, not for anything secret.
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of `xs`, drawn with `next`. */
export function pick<T>(next: () => number, xs: readonly T[]): T {
  const x = xs[Math.floor(next() * xs.length)] ?? xs[0];
  if (x === undefined) throw new Error("pick from an empty list");
  return x;
}
