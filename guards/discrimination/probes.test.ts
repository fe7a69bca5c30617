// Held-out probe batches (probes-roundN.jsonl): each was written in new wordings and scored BEFORE the
// detector was generalised for it (before/after scores in evals/guards/discrimination-probe.ts's header). Every case
// is checked through runGuards (FR policy, offline, no judge) so that a later change that breaks one is
// caught; KNOWN lists the few cases deliberately left unsolved, with the reason.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { probe, readCases, score } from "../../evals/guards/discrimination-probe.js";

const dir = new URL(".", import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => /^probes-round\d+\.jsonl$/.test(f))
  .sort();

/** Cases left failing on purpose: id → why. */
const KNOWN: Record<string, string> = {};

// Sound texts that reuse the class vocabulary of rounds 13-15 in harmless senses ("balance âgée", "greffe du
// tribunal", "Croix-Rouge", "départ en retraite", "moniteur de voile, 10 ans"): written after round 15's
// fixes, so a regression set, not a held-out score.
describe("class vocabulary: sound look-alikes", () => {
  it("test-support/vocabulary-sound.jsonl: nothing flagged", async () => {
    const results = await probe(readCases(`${dir}test-support/vocabulary-sound.jsonl`));
    expect(results.filter((r) => r.flagged).map((r) => `${r.case.id} ${r.evidence.join(" ")}`)).toEqual([]);
  });
});

// A 40-case check written after round 19's fixes, in wordings unlike rounds 17-19, scored before its own
// five fixes (95 % recall, 5 % FP, 84 % criterion); kept as a regression set.
describe("check after round 19", () => {
  it("test-support/check-after-round19.jsonl: every case as expected, with the right criterion", async () => {
    const results = await probe(readCases(`${dir}test-support/check-after-round19.jsonl`));
    const wrong = results.filter(
      (r) =>
        r.flagged !== (r.case.expected === "flag") ||
        (r.flagged && r.case.criteria.length > 0 && !r.criteria.some((c) => r.case.criteria.includes(c))),
    );
    expect(wrong.map((r) => `${r.case.id} ${r.verdict} [${r.criteria.join(",")}] ${r.case.text}`)).toEqual(
      [],
    );
  });
});

// The dev halves and dev batches of 2026-12b (informal notes, pre-hire forms, US and French lawful frames),
// each scored before the changes made for it (figures in README "Discrimination, second fresh batch"); the
// held-out half (test-support/heldout-2026-12b.jsonl) is measured, never asserted case by case.
describe("fresh batch 2026-12b, dev sets", () => {
  for (const file of [
    "dev-2026-12b.jsonl",
    "dev2-2026-12b.jsonl",
    "dev3-2026-12b.jsonl",
    "dev4-2026-12b.jsonl",
  ]) {
    it(`test-support/${file}: every case as expected, with the right criterion`, async () => {
      const results = await probe(readCases(`${dir}test-support/${file}`));
      const wrong = results.filter(
        (r) =>
          r.flagged !== (r.case.expected === "flag") ||
          (r.flagged && r.case.criteria.length > 0 && !r.criteria.some((c) => r.case.criteria.includes(c))),
      );
      expect(wrong.map((r) => `${r.case.id} ${r.verdict} [${r.criteria.join(",")}] ${r.case.text}`)).toEqual(
        [],
      );
    });
  }
});

describe("held-out probe batches", () => {
  it("there is at least one batch", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`${file}: every case flagged or passed as expected, with the right criterion`, async () => {
      const results = await probe(readCases(`${dir}${file}`));
      const wrong = results
        .filter((r) => !(r.case.id in KNOWN))
        .filter(
          (r) =>
            r.flagged !== (r.case.expected === "flag") ||
            (r.flagged &&
              r.case.expected === "flag" &&
              r.case.criteria.length > 0 &&
              !r.criteria.some((c) => r.case.criteria.includes(c))),
        )
        .map((r) => `${r.case.id} ${r.verdict} [${r.criteria.join(",")}] ${r.case.text}`);
      expect(wrong).toEqual([]);
      const s = score(results);
      expect(s.recall).toBeGreaterThanOrEqual(0.95);
      expect(s.falsePositiveRate).toBeLessThanOrEqual(0.05);
      expect(s.criterionAccuracy).toBeGreaterThanOrEqual(0.9);
    });
  }
});
