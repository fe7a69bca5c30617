import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicies } from "./load.js";

describe("policy loader", () => {
  const policies = loadPolicies();
  it("reads every yaml of a pack folder and reports the pack versions", () => {
    expect(policies.packs.fr.files).toEqual(expect.arrayContaining(["cultural.yaml", "discrimination.yaml"]));
    expect(policies.versionFor("FR")).toMatch(/^eu@\d+\.\d+\.\d+\+fr@\d+\.\d+\.\d+$/);
    expect(policies.versionFor("US")).toMatch(/^us@/);
  });
  it("resolves per jurisdiction: FR = EU floor overridden by the French pack", () => {
    const fr = policies.forJurisdiction("FR");
    expect(fr.get("AD-04")?.pack).toBe("fr");
    expect(fr.get("SC-07")?.pack).toBe("eu");
    expect(policies.forJurisdiction("EU").get("AD-17")).toBeUndefined();
  });
  it("marks lawful-there rules as allow (US-01 in the US), blocks them in France", () => {
    expect(policies.forJurisdiction("US").get("US-01")?.effective).toBe("allow");
    expect(policies.forJurisdiction("FR").get("US-01")?.effective).toBe("block");
  });
  it("refuses an invalid file and a rule defined twice", () => {
    const dir = mkdtempSync(join(tmpdir(), "policies-"));
    for (const pack of ["fr", "eu", "us"]) {
      mkdirSync(join(dir, pack));
      writeFileSync(join(dir, pack, "pack.yaml"), `pack: ${pack}\nversion: "1"\ntitle: t\njurisdiction: X\n`);
    }
    const rule =
      "- {id: AD-04, guard: discrimination, title: t, criteria: [age], severity: block, legalBasis: [x], detects: d}";
    writeFileSync(join(dir, "fr", "a.yaml"), `pack: fr\nrules:\n  ${rule}\n`);
    expect(() => loadPolicies(dir)).not.toThrow();
    writeFileSync(join(dir, "fr", "b.yaml"), `pack: fr\nrules:\n  ${rule}\n`);
    expect(() => loadPolicies(dir)).toThrow(/defined twice/);
    writeFileSync(join(dir, "fr", "b.yaml"), "pack: fr\nrules:\n  - {id: AD-05, guard: discrimination}\n");
    expect(() => loadPolicies(dir)).toThrow(/invalid/);
  });
});
