// Every rule id the detector can emit must exist in every pack, or the engine would drop its findings.
import { describe, expect, it } from "vitest";
import { loadPolicies } from "../policy/load.js";
import { HALLUCINATION_RULES } from "./check.js";

describe("hallucination rules in the policy packs", () => {
  const policies = loadPolicies();
  it.each(["FR", "EU", "US"] as const)(
    "%s defines every hallucination rule, and no other",
    (jurisdiction) => {
      const rules = policies.forJurisdiction(jurisdiction);
      const ours = [...rules.values()].filter((r) => r.guard === "hallucination").map((r) => r.id);
      expect(ours.sort()).toEqual([...HALLUCINATION_RULES].sort());
      for (const id of HALLUCINATION_RULES) expect(rules.get(id)!.legalBasis.length).toBeGreaterThan(0);
    },
  );
});
