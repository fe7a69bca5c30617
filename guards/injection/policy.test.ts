// Every rule id the detector can emit must exist in every pack, or the engine would drop its findings.
import { describe, expect, it } from "vitest";
import { INJECTION_RULES } from "../../core/recognizers/injection/patterns.js";
import { loadPolicies } from "../policy/load.js";

describe("injection rules in the policy packs", () => {
  const policies = loadPolicies();
  it.each(["FR", "EU", "US"] as const)("%s defines every injection rule, and no other", (jurisdiction) => {
    const rules = policies.forJurisdiction(jurisdiction);
    const ours = [...rules.values()].filter((r) => r.guard === "injection").map((r) => r.id);
    expect(ours.sort()).toEqual([...INJECTION_RULES].sort());
    for (const id of INJECTION_RULES) expect(rules.get(id)!.legalBasis.length).toBeGreaterThan(0);
  });
});
