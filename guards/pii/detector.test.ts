import { describe, expect, it } from "vitest";
import type { TextKind } from "../../core/contract.js";
import { piiDetector } from "./detector.js";

const detect = (text: string, kind: TextKind) => piiDetector.detect({ text, kind, jurisdiction: "FR" });

describe("piiDetector", () => {
  it("blocks a NIR and bank details in a candidate summary", () => {
    const text = "Profil solide. NIR 1 85 05 78 006 048 30, IBAN FR76 3000 6000 0112 3456 7890 189.";
    const r = detect(text, "candidate_summary");
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["PD-01", "block"],
      ["PD-02", "block"],
    ]);
    expect(r.findings[1]!.criteria).toEqual(["personal_data", "bank_domiciliation"]);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.evidence);
  });
  it("flags contact details, address, birth date and body description in a rationale", () => {
    const text =
      "Joignable au 06 12 34 56 78, habite 3 rue des Lilas, 35000 Rennes, née le 02/05/1991, yeux bleus.";
    const rules = detect(text, "screening_rationale").findings.map((f) => f.rule);
    expect(rules).toEqual(["PD-03", "PD-04", "PD-05", "PD-06"]);
  });
  it("lets a job ad carry the employer's contact details and workplace", () => {
    const r = detect(
      "Envoyez votre CV à recrutement@acme.fr ou au 01 42 68 53 00. Poste basé au 5 rue Lafayette, 75009 Paris.",
      "job_ad",
    );
    expect(r.findings).toEqual([]);
  });
  it("in a candidate's document reports only NIR and IBAN, for review", () => {
    const r = detect(
      "Marie Dupont, 06 12 34 56 78, marie@example.fr. N° sécu : 2 69 02 99 341 732 85.",
      "document",
    );
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([["PD-07", "review"]]);
  });
  it("reports an invalid NIR key at lower confidence", () => {
    const r = detect("NIR 1 85 05 78 006 048 31", "candidate_summary");
    expect(r.findings[0]).toMatchObject({ rule: "PD-01b", severity: "review" });
    expect(r.certainty).toBe("unsure");
  });
  it("passes a summary about skills only", () => {
    const r = detect(
      "Développeuse Java, 6 ans d'expérience, anglais courant, certifiée AWS en 2022.",
      "candidate_summary",
    );
    expect(r.findings).toEqual([]);
    expect(r.certainty).toBe("sure");
  });
});
