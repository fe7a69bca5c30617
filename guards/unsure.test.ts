import { describe, expect, it } from "vitest";
import type { Finding } from "../core/contract.js";
import { loadPolicies } from "./policy/load.js";
import { type ResolvedRule, Rule } from "./policy/schema.js";
import { lowerUnsure } from "./unsure.js";

const rule = (id: string, unsure?: "review" | "warn"): ResolvedRule => ({
  ...Rule.parse({
    id,
    guard: "hallucination",
    title: "t",
    criteria: [],
    severity: "block",
    legalBasis: ["x"],
    detects: "d",
    ...(unsure ? { unsure } : {}),
  }),
  pack: "fr",
  effective: "block",
});

const finding = (ruleId: string, unsure: boolean, severity: Finding["severity"] = "block"): Finding => ({
  guard: "hallucination",
  rule: ruleId,
  criteria: [],
  severity,
  start: 0,
  end: 4,
  evidence: "2019",
  legalBasis: ["x"],
  ...(unsure ? { unsure: true } : {}),
});

describe("unsure block-level findings without a judge", () => {
  const rules = [rule("HA-01", "review"), rule("HA-02", "warn"), rule("HA-03")];

  it("take the severity the rule's policy gives them", () => {
    const out = lowerUnsure([finding("HA-01", true), finding("HA-02", true)], rules);
    expect(out.findings.map((f) => f.severity)).toEqual(["review", "warn"]);
    expect(out.findings[0]?.explanation).toMatch(/incertain sans juge/);
    expect(out.notes).toHaveLength(2);
  });

  it("keep their severity when sure, when the rule says nothing, or when not block-level", () => {
    const out = lowerUnsure(
      [finding("HA-01", false), finding("HA-03", true), finding("HA-02", true, "review")],
      rules,
    );
    expect(out.findings.map((f) => f.severity)).toEqual(["block", "block", "review"]);
    expect(out.notes).toEqual([]);
  });

  it("a policy value outside review|warn is refused", () => {
    expect(
      Rule.safeParse({
        id: "HA-01",
        guard: "hallucination",
        title: "t",
        criteria: [],
        severity: "block",
        legalBasis: ["x"],
        detects: "d",
        unsure: "pass",
      }).success,
    ).toBe(false);
  });

  it("the shipped packs load with their unsure settings", () => {
    const fr = loadPolicies().forJurisdiction("FR");
    for (const r of fr.values()) if (r.unsure) expect(["review", "warn"]).toContain(r.unsure);
  });
});
