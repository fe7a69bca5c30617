import { describe, expect, it } from "vitest";
import type { ScreeningOutcomeRow } from "../../db/queries/screening-outcomes.js";
import { biasAudit, biasAuditCsv } from "./bias-audit.js";
import { fisherExact } from "./statistics.js";

const at = new Date("2026-03-01T10:00:00Z");
let n = 0;
function people(count: number, sex: string | null, race: string | null, advanced: number, score = 0.5) {
  return Array.from(
    { length: count },
    (_, i): ScreeningOutcomeRow => ({
      runId: `r${Math.floor(n / 10)}`,
      candidateId: `c${n++}`,
      sex,
      raceEthnicity: race,
      score: i < advanced ? score + 0.3 : score - 0.3,
      rank: 1,
      recommendation: i < advanced ? "advance" : "reject",
      createdAt: at,
    }),
  );
}

describe("Fisher's exact test", () => {
  it("matches known values", () => {
    // The tea-tasting table: p = 0.4857 (two-sided).
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(0.4857, 3);
    expect(fisherExact(1, 9, 11, 3)).toBeCloseTo(0.002759, 5);
    expect(fisherExact(0, 0, 0, 0)).toBe(1);
  });
});

describe("bias audit (LL144)", () => {
  it("gives selection and scoring rates and impact ratios per sex, race/ethnicity and intersection", () => {
    const audit = biasAudit([
      ...people(60, "female", "white", 30),
      ...people(60, "male", "white", 30),
      ...people(40, "female", "asian", 8),
      ...people(3, "male", "asian", 0),
      ...people(10, null, null, 5),
    ]);
    expect(audit.candidates).toBe(173);
    expect(audit.unknown).toEqual({ sex: 10, raceEthnicity: 10 });
    const row = (d: string, c: string) => audit.rows.find((r) => r.dimension === d && r.category === c);
    expect(row("sex", "female")).toMatchObject({ candidates: 100, selected: 38, selectionRate: 0.38 });
    expect(row("sex", "female")?.selectionImpactRatio).toBeCloseTo(0.38 / (30 / 63));
    expect(row("raceEthnicity", "asian")).toMatchObject({ candidates: 43, selected: 8, adverse: true });
    // female+asian: 40 candidates, 20 % selected vs 50 %: adverse, and significant.
    const fa = row("intersection", "female+asian");
    expect(fa).toMatchObject({ candidates: 40, smallSample: false, adverse: true });
    expect(fa?.selectionImpactRatio).toBeCloseTo(0.4);
    expect(fa?.selectionPValue).toBeLessThan(0.05);
    // male+asian: 3 candidates, 1.7 % of the data: excluded from the ratios, never called adverse.
    expect(row("intersection", "male+asian")).toMatchObject({
      candidates: 3,
      excluded: true,
      smallSample: true,
      selectionImpactRatio: null,
      adverse: false,
    });
  });

  it("does not flag a group of 3 as adverse: too few to conclude", () => {
    const audit = biasAudit([...people(3, "female", "white", 0), ...people(3, "male", "white", 3)]);
    const female = audit.rows.find((r) => r.category === "female");
    expect(female).toMatchObject({ selectionImpactRatio: 0, smallSample: true, adverse: false });
    expect(female?.selectionPValue).toBeCloseTo(0.1, 5);
    expect(audit.adverse).toBe(false);
  });

  it("scoring rate counts scores above the sample's median", () => {
    const audit = biasAudit([...people(40, "female", null, 40), ...people(40, "male", null, 0)]);
    const rows = audit.rows.filter((r) => r.dimension === "sex");
    expect(rows.map((r) => [r.category, r.scoringRate, r.scoringImpactRatio])).toEqual([
      ["female", 1, 1],
      ["male", 0, 0],
    ]);
  });

  it("exports as CSV with a header, one row per category, safe for spreadsheets", () => {
    const csv = biasAuditCsv(
      biasAudit([...people(40, "female", "white", 10), ...people(40, "male", "white", 20)]),
    );
    const lines = csv.trim().split("\n");
    expect(lines[0]).toMatch(/^# garde-fou bias audit \(NYC LL144\); candidates 80/);
    expect(lines[1]).toBe(
      "dimension,category,candidates,share,selected,selection_rate,selection_impact_ratio,above_median,scoring_rate,scoring_impact_ratio,excluded_under_2_percent,small_sample_under_30,selection_p_value,adverse_four_fifths",
    );
    expect(lines[2]).toBe("sex,female,40,0.5000,10,0.2500,0.5000,10,0.2500,0.5000,false,false,0.0368,true");
    expect(lines).toHaveLength(2 + 2 + 1 + 2);
  });
});
