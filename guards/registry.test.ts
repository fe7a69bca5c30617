import { describe, expect, it } from "vitest";
import { GUARDS } from "../core/contract.js";
import { loadPolicies } from "./policy/load.js";
import { PACK_IDS } from "./policy/schema.js";
import { GUARD_REGISTRY, guardsFor } from "./registry.js";

const policies = loadPolicies();

describe("guard registry", () => {
  it("has exactly one entry per GuardId, and no other", () => {
    for (const guard of GUARDS) expect(GUARD_REGISTRY.filter((e) => e.guard === guard)).toHaveLength(1);
    expect(GUARD_REGISTRY).toHaveLength(GUARDS.length);
    for (const e of GUARD_REGISTRY) expect(e.detector.guard).toBe(e.guard);
  });
  it("every rule a detector can emit exists in the FR or US policy, for the same guard", () => {
    const inForce = [...policies.forJurisdiction("FR").values(), ...policies.forJurisdiction("US").values()];
    const declared = GUARD_REGISTRY.filter((e) => e.rules);
    expect(declared.map((e) => e.guard)).toEqual(expect.arrayContaining(["discrimination", "cultural"]));
    for (const entry of declared)
      for (const id of entry.rules ?? []) {
        const rule = inForce.find((r) => r.id === id);
        expect(rule, `${entry.guard} emits ${id}`).toBeDefined();
        expect(rule?.guard).toBe(entry.guard);
      }
  });
  it("every rule of every pack has a legal basis", () => {
    for (const pack of PACK_IDS)
      for (const rule of policies.packs[pack].rules)
        expect(rule.legalBasis.length, `${pack}/${rule.id}`).toBeGreaterThan(0);
  });
  it("runs hallucination only with sources and injection only on outside text", () => {
    const names = (kind: "job_ad" | "document", sources?: string[]) =>
      guardsFor({ text: "x", kind, jurisdiction: "FR", ...(sources ? { sources } : {}) }).map((e) => e.guard);
    expect(names("job_ad")).toEqual(["discrimination", "cultural", "hate_speech", "pii"]);
    expect(names("document", ["s"])).toEqual([
      "discrimination",
      "cultural",
      "hallucination",
      "hate_speech",
      "pii",
      "injection",
    ]);
    expect(
      guardsFor({ text: "x", kind: "job_ad", jurisdiction: "FR" }, ["injection"]).map((e) => e.guard),
    ).toEqual(["injection"]);
  });
});
