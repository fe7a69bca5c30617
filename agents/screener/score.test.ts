import { describe, expect, it } from "vitest";
import { adverseImpact } from "./adverse-impact.js";
import { statedYears } from "./experience.js";
import { ADVANCE_THRESHOLD, rank, SCORE_WEIGHTS, scoreOf } from "./score.js";
import type { Assessment } from "./types.js";

const base: Assessment = {
  id: "a",
  matched: [],
  missing: [],
  evidence: [],
  coverage: 0.5,
  yearsStated: 4,
  yearsSource: "stated",
  yearsRequired: 2,
  similarity: 0.4,
};

describe("scoreOf", () => {
  it("weighs coverage, similarity and experience as documented", () => {
    expect(SCORE_WEIGHTS.coverage + SCORE_WEIGHTS.similarity + SCORE_WEIGHTS.experience).toBeCloseTo(1, 10);
    expect(scoreOf(base)).toBeCloseTo(0.6 * 0.5 + 0.25 * 0.4 + 0.15 * 1, 3);
    expect(scoreOf({ ...base, yearsStated: 1 })).toBeCloseTo(0.6 * 0.5 + 0.25 * 0.4 + 0.15 * 0.5, 3);
    expect(scoreOf({ ...base, yearsStated: null })).toBeCloseTo(0.6 * 0.5 + 0.25 * 0.4 + 0.15 * 0.5, 3);
  });

  it("scales the other weights up when the job gives no skill or no years", () => {
    expect(scoreOf({ ...base, coverage: null })).toBeCloseTo((0.25 * 0.4 + 0.15) / 0.4, 3);
    expect(scoreOf({ ...base, yearsRequired: null })).toBeCloseTo((0.6 * 0.5 + 0.25 * 0.4) / 0.85, 3);
  });

  it("stays within 0 and 1 and never rewards more years than asked", () => {
    expect(scoreOf({ ...base, coverage: 1, similarity: 1, yearsStated: 40 })).toBe(1);
    expect(scoreOf({ ...base, coverage: 0, similarity: -0.2, yearsStated: 0 })).toBe(0);
    expect(scoreOf({ ...base, yearsStated: 30 })).toBe(scoreOf({ ...base, yearsStated: 2 }));
  });
});

describe("rank", () => {
  it("orders best first, shares ranks on equal scores, and recommends by the threshold", () => {
    const ranked = rank([
      { ...base, id: "low", coverage: 0, similarity: 0.1 },
      { ...base, id: "tie-b", coverage: 1 },
      { ...base, id: "tie-a", coverage: 1 },
      { ...base, id: "mid" },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ["tie-a", 1],
      ["tie-b", 1],
      ["mid", 3],
      ["low", 4],
    ]);
    for (const r of ranked)
      expect(r.recommendation).toBe(r.score >= ADVANCE_THRESHOLD ? "advance" : "reject");
    expect(ranked.at(-1)?.recommendation).toBe("reject");
  });
});

describe("statedYears", () => {
  it.each([
    ["5 ans d'expérience en comptabilité", 5],
    ["Expérience de 3 ans minimum", 3],
    ["Développeur Java depuis 8 ans", 8],
    ["trois années d'expérience", 3],
    ["plus de 10 ans d'expérience, dont 2 ans d'expérience en management", 10],
    ["Minimum 2 ans sur un poste similaire", 2],
    ["Débutant accepté", null],
    ["Né en 1980, 45 ans", null],
  ])("%s → %s", (text, years) => {
    expect(statedYears(text)).toBe(years);
  });
});

describe("adverseImpact", () => {
  it("flags a group whose selection rate is under four fifths of the best group's", () => {
    const ranking = [
      { id: "1", recommendation: "advance" as const },
      { id: "2", recommendation: "advance" as const },
      { id: "3", recommendation: "advance" as const },
      { id: "4", recommendation: "reject" as const },
      { id: "5", recommendation: "advance" as const },
      { id: "6", recommendation: "reject" as const },
    ];
    const groups = new Map([
      ["1", "A"],
      ["2", "A"],
      ["3", "B"],
      ["4", "B"],
      ["5", "C"],
    ]);
    const audit = adverseImpact(ranking, groups);
    expect(audit?.groups.map((g) => [g.group, g.selectionRate, g.impactRatio, g.flagged])).toEqual([
      ["A", 1, 1, false],
      ["B", 0.5, 0.5, true],
      ["C", 1, 1, false],
    ]);
    expect(audit?.undeclared).toBe(1);
    expect(adverseImpact(ranking, new Map())).toBeNull();
  });
});
