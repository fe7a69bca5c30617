// Every rule id the detector can emit must exist in every pack, or the engine would drop its findings.
import { describe, expect, it } from "vitest";
import { loadPolicies } from "../policy/load.js";
import { PII_RULES } from "./detector.js";

describe("pii rules in the policy packs", () => {
  const policies = loadPolicies();
  it.each(["FR", "EU", "US"] as const)("%s defines every pii rule, and no other", (jurisdiction) => {
    const rules = policies.forJurisdiction(jurisdiction);
    const ours = [...rules.values()].filter((r) => r.guard === "pii").map((r) => r.id);
    expect(ours.sort()).toEqual([...PII_RULES].sort());
    for (const id of PII_RULES) expect(rules.get(id)!.legalBasis.length).toBeGreaterThan(0);
  });
});
