// The fresh French summary batches stay at the targets once reached: at least 90 % of altered facts
// caught and at most 10 % of faithful summaries flagged, offline, on the dev batch and on the held-out one.
import { describe, expect, it } from "vitest";
import { FRESH_BATCHES, measureBatch, readPairs } from "./faithfulness-fresh.js";

describe.each(["dev", "heldout"] as const)("fresh summary batch %s", (split) => {
  it("is balanced: about half faithful, each altered pair naming one fact found in its text", () => {
    const pairs = readPairs(FRESH_BATCHES[split]);
    expect(pairs.length).toBeGreaterThanOrEqual(30);
    const altered = pairs.filter((p) => p.invented.length > 0);
    expect(Math.abs(altered.length * 2 - pairs.length)).toBeLessThanOrEqual(2);
    for (const p of altered) {
      expect(p.invented).toHaveLength(1);
      expect(p.text).toContain(p.invented[0]!.evidence);
    }
  });

  it("meets the targets offline", async () => {
    const m = await measureBatch(split);
    expect(m.metrics.altered_caught).toBeGreaterThanOrEqual(0.9);
    expect(m.metrics.faithful_flagged).toBeLessThanOrEqual(0.1);
  });
});

// Session 4's batch (fresh2): written before the guard was changed for it, split by source. The held-out
// part is below the target on faithful summaries (see README); these bounds keep what was reached.
describe("fresh2 summary batch", () => {
  const dev = readPairs(FRESH_BATCHES["fresh2-dev"]);
  const heldout = readPairs(FRESH_BATCHES["fresh2-heldout"]);

  it("has at least 80 pairs, about half altered, each altered pair naming one fact found in its text", () => {
    const all = [...dev, ...heldout];
    expect(all.length).toBeGreaterThanOrEqual(80);
    const altered = all.filter((p) => p.invented.length > 0);
    expect(altered.length / all.length).toBeGreaterThan(0.4);
    expect(altered.length / all.length).toBeLessThan(0.6);
    for (const p of altered) {
      expect(p.invented).toHaveLength(1);
      expect(p.text).toContain(p.invented[0]!.evidence);
    }
  });

  it("shares no source between the dev and held-out halves", () => {
    const devSources = new Set(dev.flatMap((p) => p.sources));
    expect(heldout.some((p) => p.sources.some((s) => devSources.has(s)))).toBe(false);
  });

  it("keeps the held-out figures reached", async () => {
    const m = await measureBatch("fresh2-heldout");
    expect(m.metrics.altered_caught).toBeGreaterThanOrEqual(0.9);
    expect(m.metrics.faithful_flagged).toBeLessThanOrEqual(0.4);
  });
});
