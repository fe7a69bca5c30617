// The normalisations and claim readings added for texts written in other words than the rules (fresh2
// batches): each mechanism on one CV, with the paraphrase it must let pass and the error it must catch.
import { describe, expect, it } from "vitest";
import { detectHallucination } from "./detector.js";

const CV_FR = `Youssef Amrani — candidat au poste de chef de chantier gros œuvre
Depuis 2018 : chef d'équipe coffreur chez Bouygues Immobilier, Lyon.
2012 – 2018 : coffreur bancheur chez Eiffage Construction.
Formation : CAP maçon (2011) ; Certificat d'aptitude, École des avocats Rhône-Alpes (2016).
DU d'orthopédie (2016). DU de micronutrition en cours.
CACES grue auxiliaire : non.
Prétentions : 36 000 € brut annuel, temps partiel à 80 %.
Anglais : bon niveau écrit, oral à renforcer (B1).`;

const CV_EN = `Screening call — Maria Gonzalez, applying for ICU Charge Nurse
2015–2019 med-surg nurse, Banner Desert Medical Center, Mesa.
2019–present ICU staff nurse, HonorHealth Scottsdale.
Languages: English (fluent), Spanish (native), German (basic).
Working towards the CCRN certification, exam scheduled for November.
Not open to relocation.`;

const raised = (text: string, source: string) =>
  detectHallucination({ text, kind: "candidate_summary", jurisdiction: "FR", sources: [source] })
    .findings.filter((f) => f.severity !== "warn")
    .map((f) => f.evidence);

describe("faithful paraphrase passes", () => {
  it.each([
    [
      "an organisation shortened to the start of its words",
      "Chef d'équipe chez Bouygues Immo depuis 2018.",
      CV_FR,
    ],
    [
      "an acronym taking a stopword's letter and both halves of a hyphenated word",
      "CAP en 2011, puis l'EDARA.",
      CV_FR,
    ],
    ["thousands written with a space", "Il demande 36 000 euros par an.", CV_FR],
    ["a percentage in words", "Il souhaite un temps partiel à quatre-vingts pour cent.", CV_FR],
    ["a level given far from its language", "Son anglais est de niveau B1.", CV_FR],
    ["a form's negative answer kept", "Pas de CACES grue.", CV_FR],
    ["levels paired by punctuation", "Fluent English, native Spanish, basic German.", CV_EN],
    ["the targeted job kept as a target", "She is applying for an ICU charge nurse post.", CV_EN],
    ["a planned certification kept planned", "She is preparing the CCRN.", CV_EN],
  ])("%s", (_family, text, source) => {
    expect(raised(text, source)).toEqual([]);
  });
});

describe("an altered fact is caught", () => {
  it.each([
    [
      "a planned diploma named by an acronym and its subject",
      "Il est titulaire d'un DU de micronutrition.",
      CV_FR,
      "DU",
    ],
    ["a form's negative answer flipped", "Il détient le CACES grue auxiliaire.", CV_FR, "CACES"],
    ["a level lowered where it is paired by punctuation", "Fluent English, basic Spanish.", CV_EN, "basic"],
    [
      "the targeted job given as the current one (English notes)",
      "She is an ICU charge nurse at HonorHealth.",
      CV_EN,
      "charge",
    ],
    ["a planned certification held (English)", "She holds the CCRN certification.", CV_EN, "CCRN"],
    ["a negation flipped (English)", "She is open to relocating.", CV_EN, "open"],
  ])("%s", (_family, text, source, evidence) => {
    expect(raised(text, source).some((e) => e.includes(evidence))).toBe(true);
  });
});
