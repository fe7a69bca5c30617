import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fromRoot } from "../../core/paths.js";
import { PolicyFile } from "../policy/schema.js";

const load = (pack: string) =>
  PolicyFile.parse(parse(readFileSync(fromRoot("guards", "policies", pack, "hate-speech.yaml"), "utf8")));

describe("hate-speech policies", () => {
  it.each(["fr", "eu", "us"])("%s defines HS-01..HS-04 for the hate_speech guard", (pack) => {
    const file = load(pack);
    expect(file.pack).toBe(pack);
    expect(file.rules.map((r) => r.id)).toEqual(["HS-01", "HS-02", "HS-03", "HS-04"]);
    for (const rule of file.rules) {
      expect(rule.guard).toBe("hate_speech");
      expect(rule.criteria).toEqual(
        expect.arrayContaining([
          "origin",
          "religion",
          "sex",
          "sexual_orientation",
          "gender_identity",
          "disability",
        ]),
      );
    }
  });

  it("blocks every rule in France, on the 1881 law and the R625 contraventions", () => {
    const rules = load("fr").rules;
    expect(rules.every((r) => r.severity === "block")).toBe(true);
    expect(rules.find((r) => r.id === "HS-04")?.legalBasis.join(" ")).toContain("R625-8-1");
    expect(rules.find((r) => r.id === "HS-01")?.legalBasis.join(" ")).toContain("art. 24");
  });

  it("cites the Framework Decision in the EU and Title VII in the US, with review where liability is not automatic", () => {
    expect(load("eu").rules[0]?.legalBasis.join(" ")).toContain("2008/913/JHA");
    const us = load("us").rules;
    expect(us.find((r) => r.id === "HS-01")?.severity).toBe("block");
    expect(us.find((r) => r.id === "HS-02")?.severity).toBe("review");
    expect(us.find((r) => r.id === "HS-04")?.severity).toBe("review");
    expect(us.flatMap((r) => r.legalBasis).join(" ")).toContain("2000e-2(a)");
  });
});
