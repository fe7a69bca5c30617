import { describe, expect, it } from "vitest";
import type { DashboardRows } from "../../db/queries/dashboard.js";
import { impactRatios, screeningSelections } from "./impact-ratio.js";
import { agrees, computeDashboard } from "./stats.js";

const day1 = new Date("2026-03-01T10:00:00Z");
const day2 = new Date("2026-03-02T10:00:00Z");
const run = (
  id: string,
  verdict: string | null,
  createdAt = day1,
  extra: Partial<DashboardRows["runs"][number]> = {},
) => ({
  id,
  workflow: "ad_writing",
  status: verdict === "pass" ? "released" : "needs_review",
  verdict,
  revisions: 0,
  createdAt,
  input: {},
  output: null,
  ...extra,
});

describe("four-fifths rule", () => {
  it("divides each group's selection rate by the best group's and flags ratios under 0.8", () => {
    const sel = (group: string, n: number, selected: number) =>
      Array.from({ length: n }, (_, i) => ({ group, selected: i < selected }));
    const groups = impactRatios([...sel("A", 30, 18), ...sel("B", 30, 9), ...sel("C", 30, 24)]);
    expect(groups.map((g) => [g.group, g.rate, g.adverse])).toEqual([
      ["A", 0.6, true],
      ["B", 0.3, true],
      ["C", 0.8, false],
    ]);
    expect(groups[0]?.impactRatio).toBeCloseTo(0.75);
    expect(groups[1]?.impactRatio).toBeCloseTo(0.375);
    expect(groups[2]?.impactRatio).toBe(1);
  });

  it("never calls a group of 3 adverse: the sample is too small", () => {
    const groups = impactRatios([
      ...Array.from({ length: 3 }, () => ({ group: "A", selected: false })),
      ...Array.from({ length: 40 }, () => ({ group: "B", selected: true })),
    ]);
    expect(groups[0]).toMatchObject({ group: "A", impactRatio: 0, smallSample: true, adverse: false });
  });

  it("has no ratio when nobody was selected, and no alert at exactly 0.8", () => {
    expect(impactRatios([{ group: "A", selected: false }])[0]).toMatchObject({
      impactRatio: null,
      adverse: false,
    });
    const atLimit = impactRatios([
      ...Array.from({ length: 5 }, (_, i) => ({ group: "A", selected: i < 5 })),
      ...Array.from({ length: 5 }, (_, i) => ({ group: "B", selected: i < 4 })),
    ]);
    expect(atLimit.find((g) => g.group === "B")).toMatchObject({ impactRatio: 0.8, adverse: false });
  });

  it("reads declared groups from the input and selection from the released ranking", () => {
    const input = {
      job: "x",
      cvs: [
        { id: "a", text: "", group: "F" },
        { id: "b", text: "", group: "H" },
        { id: "c", text: "" },
        { id: "d", text: "", group: "F" },
      ],
    };
    const output = {
      candidates: [
        { id: "a", selected: true },
        { id: "b", score: 0.2 },
        { id: "d", score: 0.9 },
      ],
    };
    expect(screeningSelections(input, output)).toEqual([
      { group: "F", selected: true },
      { group: "H", selected: false },
      { group: "F", selected: true },
    ]);
    expect(screeningSelections({ cvs: "nope" }, output)).toEqual([]);
    // The screening workflow's own shape: a ranking with recommendations.
    const ranking = {
      ranking: [
        { id: "a", recommendation: "reject", score: 0.9 },
        { id: "b", recommendation: "advance", score: 0.1 },
      ],
    };
    expect(screeningSelections(input, ranking).slice(0, 2)).toEqual([
      { group: "F", selected: false },
      { group: "H", selected: true },
    ]);
  });
});

describe("dashboard", () => {
  it("counts verdicts and criteria per day, flag rates per guard, and agreement with reviewers", () => {
    const rows: DashboardRows = {
      runs: [
        run("r1", "pass"),
        run("r2", "review"),
        run("r3", "review", day2),
        run("r4", "pass", day2, { revisions: 1 }),
        {
          ...run("s1", "pass", day2),
          workflow: "screening",
          status: "released",
          input: {
            cvs: [
              { id: "a", group: "X" },
              { id: "b", group: "Y" },
            ],
          },
          output: {
            candidates: [
              { id: "a", selected: true },
              { id: "b", selected: false },
            ],
          },
        },
      ],
      findings: [
        { runId: "r2", revision: 0, guard: "discrimination", criteria: ["age"] },
        { runId: "r2", revision: 0, guard: "discrimination", criteria: ["age"] },
        { runId: "r3", revision: 0, guard: "pii", criteria: ["personal_data"] },
        // Fixed by a rewrite: counted in criteria and flag rates, not as the reason of a decision.
        { runId: "r4", revision: 0, guard: "discrimination", criteria: ["sex"] },
      ],
      decisions: [
        { runId: "r2", decision: "reject", createdAt: day1 },
        { runId: "r3", decision: "approve", createdAt: day2 },
      ],
    };
    const s = computeDashboard(rows);
    expect(s.runs).toBe(5);
    expect(s.verdictsPerDay).toEqual([
      { day: "2026-03-01", counts: { pass: 1, review: 1 } },
      { day: "2026-03-02", counts: { review: 1, pass: 2 } },
    ]);
    expect(s.criteriaPerDay).toEqual([
      { day: "2026-03-01", counts: { age: 1 } },
      { day: "2026-03-02", counts: { personal_data: 1, sex: 1 } },
    ]);
    expect(s.flagRates).toEqual([
      { guard: "discrimination", flaggedRuns: 2, checkedRuns: 5, rate: 0.4 },
      { guard: "pii", flaggedRuns: 1, checkedRuns: 5, rate: 0.2 },
    ]);
    expect(s.agreement).toEqual({
      decisions: 2,
      agreed: 1,
      rate: 0.5,
      byGuard: [
        { guard: "discrimination", decisions: 1, agreed: 1, rate: 1 },
        { guard: "pii", decisions: 1, agreed: 0, rate: 0 },
      ],
      findings: { accepted: 0, dismissed: 0, rate: null, byGuard: [] },
    });
    // One candidate a group: a ratio, but too few to call it adverse.
    expect(s.screening).toMatchObject({ runs: 1, adverseImpact: false });
    expect(s.screening.groups[1]).toMatchObject({ impactRatio: 0, smallSample: true });
    expect(s.screening.groups.map((g) => g.group)).toEqual(["X", "Y"]);
  });

  it("counts findings judged one by one, per guard", () => {
    const s = computeDashboard({
      runs: [],
      findings: [],
      decisions: [],
      findingVerdicts: [
        { runId: "a", guard: "injection", verdict: "accepted" },
        { runId: "a", guard: "injection", verdict: "accepted" },
        { runId: "b", guard: "discrimination", verdict: "dismissed" },
      ],
    });
    expect(s.agreement.findings).toEqual({
      accepted: 2,
      dismissed: 1,
      rate: 2 / 3,
      byGuard: [
        { guard: "discrimination", accepted: 0, dismissed: 1, rate: 0 },
        { guard: "injection", accepted: 2, dismissed: 0, rate: 1 },
      ],
    });
  });

  it("says who agrees: rejecting what the guards stopped or correcting it as they asked, approving what they passed", () => {
    expect(agrees("review", "reject")).toBe(true);
    expect(agrees("block", "approve")).toBe(false);
    expect(agrees("revise", "edit_approve")).toBe(true);
    expect(agrees("pass", "approve")).toBe(true);
    expect(agrees("pass", "reject")).toBe(false);
  });

  it("is empty without runs", () => {
    const s = computeDashboard({ runs: [], findings: [], decisions: [] });
    expect(s).toMatchObject({ runs: 0, verdictsPerDay: [], flagRates: [], agreement: { rate: null } });
  });
});
