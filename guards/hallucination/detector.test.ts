import { describe, expect, it } from "vitest";
import type { TextKind } from "../../core/contract.js";
import { hallucinationDetector } from "./detector.js";

const CV_FR = `Lucie Garnier
Chargée de recrutement — 5 ans d'expérience
2020 – 2025 : chargée de recrutement chez Adecco (Nantes), recrutement de profils industriels.
2018 – 2020 : assistante RH chez Manpower.
Formation : Master RH, IAE Nantes (2018).
Langues : anglais B2, allemand notions.
Outils : Excel, Taleo.`;

const NOTES_EN = `Interview on 14 May 2025 with Ben Walsh for the Java developer role.
Ben has worked for 3 years at Ocado in Hatfield as a backend developer (Java, Spring Boot, AWS).
He holds a BSc in Computer Science from the University of Leeds (2021).
He does not have Kubernetes experience. French: basic.`;

function check(text: string, sources: string[], kind: TextKind = "candidate_summary") {
  const r = hallucinationDetector.detect({ text, kind, jurisdiction: "FR", sources });
  for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.evidence);
  return r;
}
const raised = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.severity !== "warn");
const hit = (r: ReturnType<typeof check>, rule: string, evidence: string) =>
  raised(r).some((f) => f.rule === rule && f.evidence.includes(evidence));

describe("hallucinationDetector: invented facts", () => {
  it("catches an invented degree and school", () => {
    const r = check("Lucie Garnier est titulaire d'un doctorat de Sciences Po.", [CV_FR]);
    expect(hit(r, "HA-02", "doctorat")).toBe(true);
    expect(hit(r, "HA-03", "Sciences Po") || hit(r, "HA-02", "Sciences Po")).toBe(true);
    expect(raised(r).every((f) => f.severity === "block")).toBe(true);
  });
  it("catches an invented employer", () => {
    expect(hit(check("She then joined Randstad as a recruiter.", [CV_FR]), "HA-03", "Randstad")).toBe(true);
  });
  it("catches invented numbers, durations and dates, in digits and in words", () => {
    const r = check("Lucie a 9 ans d'expérience et travaille chez Adecco depuis 2016.", [CV_FR]);
    expect(hit(r, "HA-01", "9")).toBe(true);
    expect(hit(r, "HA-01", "2016")).toBe(true);
    expect(hit(check("Ben has worked at Ocado for seven years.", [NOTES_EN]), "HA-01", "seven")).toBe(true);
    expect(hit(check("The interview took place in June 2025.", [NOTES_EN]), "HA-01", "June")).toBe(true);
  });
  it("catches an inflated language level and an invented language or skill", () => {
    expect(hit(check("Lucie parle allemand couramment.", [CV_FR]), "HA-04", "couramment")).toBe(true);
    expect(hit(check("Ben speaks fluent French and Spanish.", [NOTES_EN]), "HA-04", "fluent")).toBe(true);
    expect(hit(check("Ben speaks fluent French and Spanish.", [NOTES_EN]), "HA-04", "Spanish")).toBe(true);
    expect(hit(check("Ben is experienced with Kubernetes.", [NOTES_EN]), "HA-06", "Kubernetes")).toBe(true);
    expect(hit(check("Ben knows Java, Python and AWS.", [NOTES_EN]), "HA-04", "Python")).toBe(true);
  });
  it("catches an invented certification", () => {
    expect(hit(check("Ben is AWS certified and holds the PMP.", [NOTES_EN]), "HA-02", "PMP")).toBe(true);
  });
  it("catches a swapped contract type and an opposite word", () => {
    const src = ["Poste en CDI, temps plein, équipe internationale. Candidate junior, 2 ans d'expérience."];
    expect(hit(check("Poste en CDD.", src), "HA-06", "CDD")).toBe(true);
    expect(hit(check("Candidate senior.", src), "HA-06", "senior")).toBe(true);
  });
  it("catches an inserted negation", () => {
    expect(hit(check("Lucie n'a jamais travaillé chez Manpower.", [CV_FR]), "HA-06", "jamais")).toBe(true);
  });
});

describe("hallucinationDetector: faithful paraphrases pass", () => {
  it.each([
    "Lucie Garnier est chargée de recrutement depuis 2020 chez Adecco à Nantes, après deux ans comme assistante RH chez Manpower.",
    "Elle a cinq ans d'expérience et un Master RH de l'IAE Nantes obtenu en 2018. Anglais B2.",
    "Lucie Garnier, recruiter at Adecco in Nantes since 2020, holds a Master's degree in HR from IAE Nantes.",
    "Ses outils : Excel et Taleo. Elle a des notions d'allemand.",
  ])("%s", (text) => {
    expect(raised(check(text, [CV_FR]))).toEqual([]);
  });
  it.each([
    "Ben Walsh has three years as a backend developer at Ocado, using Java, Spring Boot and AWS.",
    "He graduated from the University of Leeds in 2021 with a BSc in Computer Science. He has no Kubernetes experience.",
    "Ben Walsh travaille depuis 3 ans chez Ocado comme développeur back-end Java.",
  ])("%s", (text) => {
    expect(raised(check(text, [NOTES_EN]))).toEqual([]);
  });
});

describe("hallucinationDetector: without sources", () => {
  it("finds nothing and asks for the judge", () => {
    const r = hallucinationDetector.detect({
      text: "Lucie a un doctorat.",
      kind: "candidate_summary",
      jurisdiction: "FR",
    });
    expect(r).toMatchObject({ findings: [], certainty: "unsure" });
  });
  it("reports invented facts in a job ad under the softer HA-05", () => {
    const r = check("Salaire : 60 000 € par an.", ["Poste de comptable, salaire 45 000 € brut."], "job_ad");
    expect(raised(r).map((f) => [f.rule, f.severity])).toEqual([["HA-05", "review"]]);
  });
});

describe("words that are also Object.prototype names", () => {
  it("does not read 'constructor' or 'toString' as a number or a date", () => {
    const { findings } = hallucinationDetector.detect({
      text: "Constructor of toString tools.",
      kind: "candidate_summary",
      jurisdiction: "FR",
      sources: ["Built tools for clients."],
    });
    expect(findings.filter((f) => f.rule === "HA-01")).toEqual([]);
  });
});
