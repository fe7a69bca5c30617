import { describe, expect, it } from "vitest";
import type { TextKind } from "../../core/contract.js";
import { detectCultural } from "./detector.js";

const rules = (text: string, kind: TextKind = "job_ad") =>
  detectCultural({ text, kind, jurisdiction: "FR" }).findings.map((f) => f.rule);

describe("cultural detector", () => {
  it("classifies a voluntary, separate EEO form as US-01 and a mandatory one as CU-11", () => {
    const voluntary =
      "Optional: self-identify your gender and ethnicity for our EEO-1 report; answers are confidential and not used in selection.";
    expect(new Set(rules(voluntary))).toEqual(new Set(["US-01"]));
    const mandatory = "Self-identification: state your race and gender below.";
    expect(rules(mandatory)).toContain("CU-11");
  });
  it("separates disability (US-02) and veteran (US-03) self-identification", () => {
    const text =
      "Voluntary self-identification: disability status (Form CC-305) and protected veteran status.";
    expect(rules(text)).toEqual(expect.arrayContaining(["US-02", "US-03"]));
  });
  it("flags data requested before hiring, with the right criteria", () => {
    const text =
      "Merci de préciser votre date de naissance, votre situation de famille et votre nationalité.";
    const found = detectCultural({ text, kind: "job_ad", jurisdiction: "FR" }).findings;
    expect(found.map((f) => f.rule)).toEqual(["CU-02", "CU-03", "CU-04"]);
    expect(found.flatMap((f) => f.criteria)).toEqual(
      expect.arrayContaining(["age", "family_situation", "origin"]),
    );
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.evidence);
  });
  it.each([
    ["CV avec photo obligatoire.", "CU-01"],
    ["Please attach a recent photo and your social security number.", "CU-01"],
    ["Joindre une copie de votre carte vitale et votre RIB.", "CU-05"],
    ["Employment with us is at-will.", "CU-07"],
    ["All offers are contingent on a pre-employment drug test.", "CU-08"],
    ["A credit check will be run on all applicants.", "CU-09"],
    ["Background check required.", "CU-12"],
    ["Please provide your salary history.", "CU-10"],
    ["Our AI analyses candidates' facial expressions to score enthusiasm.", "SC-07"],
    ["Les candidatures sont rejetées automatiquement sans intervention humaine.", "SC-09"],
    ["Une analyse graphologique de la lettre manuscrite est prévue.", "SC-12"],
    ["Rejected: not a culture fit.", "CU-06"],
  ])("%s → %s", (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
  it.each([
    ["CV sans photo, merci."],
    ["Nous ne demandons jamais votre date de naissance."],
    ["Photographe (H/F) pour studio, retouche exigée."],
    ["Rejected: not a culture fit; lacks the SQL skills the role needs."],
    ["Disposez-vous d'une autorisation de travail en France ?"],
    ["Le poste est basé à Lyon, CDI."],
  ])("no finding: %s", (text) => {
    expect(rules(text)).toEqual([]);
  });
});
