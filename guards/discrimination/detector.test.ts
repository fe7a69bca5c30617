import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Criterion, Jurisdiction, TextKind } from "../../core/contract.js";
import { fold as foldText, originalSpan } from "../../core/text/fold.js";
import type { GuardInput } from "../types.js";
import { detectDiscrimination } from "./detector.js";

const fold = (text: string) => foldText(text, { inclusive: true });

const check = (text: string, kind: TextKind = "job_ad", jurisdiction: Jurisdiction = "FR") =>
  detectDiscrimination({ text, kind, jurisdiction });

const serious = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.severity !== "warn");
const criteriaOf = (r: ReturnType<typeof check>) => [...new Set(serious(r).flatMap((f) => f.criteria))];

function expectSpansExact(input: GuardInput) {
  for (const f of detectDiscrimination(input).findings) {
    expect(f.start).toBeLessThan(f.end);
    expect(input.text.slice(f.start, f.end)).toBe(f.evidence);
  }
}

describe("normalisation keeps offsets into the original text", () => {
  it("folds case, accents, apostrophes and inclusive suffixes", () => {
    expect(fold("Diplômé·e DIPLÔMÉE candidat(e)s L’ÉQUIPE œuvre").text).toBe(
      "diplome diplomee candidats l'equipe oeuvre",
    );
  });
  it("maps a folded span back to the original characters, including a removed suffix", () => {
    const text = "🙂 Jeune diplômé·e souhaité·e";
    const f = fold(text);
    const at = f.text.indexOf("jeune diplome");
    const span = originalSpan(f, at, at + "jeune diplome".length);
    expect(text.slice(span.start, span.end)).toBe("Jeune diplômé·e");
  });
  it("evidence equals text.slice(start, end) with accents, emoji and inclusive writing", () => {
    expectSpansExact({
      text: "🚀 Hôtesse d'accueil, âgée de 20 à 25 ans, célibataire exigée.",
      kind: "job_ad",
      jurisdiction: "FR",
    });
    expectSpansExact({
      text: "Candidat·e·s né·e·s après 1995 uniquement ; pas de femme enceinte.",
      kind: "job_ad",
      jurisdiction: "FR",
    });
    expectSpansExact({
      text: "ÊTES-VOUS MARIÉ(E) ? Avez‑vous des enfants ?",
      kind: "interview_questions",
      jurisdiction: "FR",
    });
  });
  it("reports the exact age-range span", () => {
    const text = "Société de transport recrute chauffeur-livreur, homme de 20 à 30 ans.";
    const age = check(text).findings.find((f) => f.rule === "AD-04");
    expect(age?.evidence).toBe("de 20 à 30 ans");
    expect(age && text.slice(age.start, age.end)).toBe("de 20 à 30 ans");
  });
});

describe("mentions that are not requirements pass", () => {
  const sound: Array<[string, TextKind?]> = [
    ["Vous aimez accompagner des personnes âgées au quotidien."],
    ["Animateur pour un club de jeunes, BAFA exigé."],
    ["Nous recrutons sans distinction d'âge, d'origine ou de sexe."],
    ["Jeune entreprise créée en 2021, nous recrutons un développeur Python."],
    [
      "Entreprise engagée pour l'égalité des chances : à compétences égales, toutes les candidatures sont étudiées.",
    ],
    [
      "We are an equal opportunity employer: all qualified applicants are considered regardless of race, religion, sex, age or disability.",
    ],
    ["Poste ouvert aux personnes en situation de handicap."],
    ["Anglais courant (C1) exigé."],
    ["Débutant accepté."],
    ["Éducateur / Éducatrice spécialisé(e) (H/F) auprès d'adolescents en foyer."],
    ["Infirmier·ère en EHPAD, prise en charge de résidents âgés et dépendants."],
    ["Titulaire d'un titre de séjour autorisant à travailler en France ou d'une nationalité UE."],
    ["Minimum 5 ans d'expérience en maintenance industrielle."],
    ["Moniteur de voile pour l'été, diplôme obligatoire."],
    ["Experience with single sign-on required."],
    ["Pouvez-vous décrire votre expérience auprès de personnes âgées ?", "interview_questions"],
    ["Retenu : 6 ans en crèche auprès d'enfants de 0 à 3 ans.", "screening_rationale"],
  ];
  it.each(sound)("%s", (text, kind = "job_ad") => {
    expect(serious(check(text, kind))).toEqual([]);
  });
  it("says it is unsure when a criterion word is neither a demand nor clearly a mention", () => {
    const r = check("Notre équipe compte des femmes et des seniors passionnés.");
    expect(serious(r)).toEqual([]);
    expect(r.certainty).toBe("unsure");
  });
  it("is sure on text with no criterion word at all", () => {
    expect(check("Poste de comptable, CDI, 35 heures.").certainty).toBe("sure");
  });
});

describe("requirements, exclusions, questions and rationales are flagged with the right criteria", () => {
  const problems: Array<[string, TextKind, Criterion[], string?]> = [
    ["Candidats originaires du Maghreb s'abstenir.", "job_ad", ["origin"], "AD-07"],
    ["Domicile dans les quartiers nord : candidature non retenue.", "job_ad", ["residence"], "AD-17"],
    ["Recrutement uniquement de femmes pour ce poste.", "job_ad", ["sex"], "AD-02"],
    ["Nationalité française exigée.", "job_ad", ["origin"], "AD-11"],
    ["Permis B et bonne santé obligatoire.", "job_ad", ["health"], "AD-14"],
    ["Poste réservé aux candidats de moins de 30 ans.", "job_ad", ["age"], "AD-04"],
    ["Mother tongue French required.", "job_ad", ["origin", "language"], "AD-08"],
    ["Êtes-vous marié ?", "interview_questions", ["family_situation"], "IQ-01"],
    ["Quel âge avez-vous ?", "interview_questions", ["age"], "IQ-07"],
    ["Avez-vous des enfants ?", "interview_questions", ["family_situation"], "IQ-01"],
    ["Are you pregnant?", "interview_questions", ["pregnancy"], "IQ-02"],
    ["Écartée car enceinte.", "screening_rationale", ["pregnancy"], "SC-01"],
    ["Trop âgé pour l'équipe, non retenu.", "screening_rationale", ["age"], "SC-01"],
    ["Not a culture fit given her age.", "screening_rationale", ["age"], "SC-01"],
    ["Candidate is 58 so close to retirement.", "screening_rationale", ["age"]],
    [
      "Candidate de 45 ans, mariée, catholique.",
      "candidate_summary",
      ["age", "family_situation", "religion"],
      "SC-14",
    ],
  ];
  it.each(problems)("%s", (text, kind, criteria, rule) => {
    const r = check(text, kind);
    expect(serious(r).length).toBeGreaterThan(0);
    for (const c of criteria) expect(criteriaOf(r)).toContain(c);
    if (rule) expect(serious(r).map((f) => f.rule)).toContain(rule);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.evidence);
    for (const f of r.findings) expect(f.explanation).toMatch(/«.+»/);
  });
  it("flags a one-sex job title, and only warns when (H/F) follows", () => {
    expect(check("Recherchons vendeuse pour boutique.").findings.map((f) => [f.rule, f.severity])).toEqual([
      ["AD-02", "block"],
    ]);
    expect(check("Vendeuse (H/F) pour boutique.").findings.map((f) => [f.rule, f.severity])).toEqual([
      ["AD-02b", "warn"],
    ]);
    expect(check("Vendeur / Vendeuse (H/F) pour boutique.").findings).toEqual([]);
  });
  it("finds both the age-coded wording and the age limit in one demand", () => {
    const r = check("Jeune diplômé(e) de moins de 26 ans uniquement.");
    expect(r.findings.map((f) => [f.rule, f.evidence])).toEqual([
      ["AD-05", "Jeune diplômé(e)"],
      ["AD-04", "moins de 26 ans"],
    ]);
  });
  it("tells an age ceiling (AD-04) from an age floor (AD-04b)", () => {
    expect(check("Must be under 40 years old.").findings.map((f) => f.rule)).toEqual(["AD-04"]);
    expect(check("Must be at least 21 years old to serve alcohol.").findings.map((f) => f.rule)).toEqual([
      "AD-04b",
    ]);
  });
});

interface Case {
  id: string;
  kind: TextKind;
  jurisdiction: Jurisdiction;
  text: string;
  expected: "flag" | "pass";
  criteria: Criterion[];
}

// Varied cases written for this guard (French and English, all 24 criteria, sound texts that mention
// criteria). The engine-level figures (with the jurisdiction's policy) are asserted in engine.test.ts.
const cases: Case[] = readFileSync(new URL("./test-support/generalisation.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as Case);

describe("generalisation set", () => {
  it("covers the 24 criteria, both languages and sound texts that mention criteria", () => {
    expect(new Set(cases.flatMap((c) => c.criteria)).size).toBe(24);
    expect(cases.filter((c) => c.expected === "pass").length).toBeGreaterThan(100);
  });
  it("every evidence span is exact", () => {
    for (const c of cases) expectSpansExact(c);
  });
});

describe("cost", () => {
  it("stays linear on long, adversarial input (no per-word rescans of a sentence)", () => {
    for (const text of [
      "jeune et ".repeat(1000),
      "d'origine ".repeat(1000),
      `${"pour les ".repeat(1000)}handicapés`,
    ]) {
      const started = performance.now();
      detectDiscrimination({ text, kind: "job_ad", jurisdiction: "FR" });
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
