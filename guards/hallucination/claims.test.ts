// The claim checks on one CV each: every family of error of the issue, and the paraphrase that must pass.
import { describe, expect, it } from "vitest";
import { detectHallucination } from "./detector.js";

const CV = `Léa Martin — Chargée de communication
Depuis 2021 : chargée de communication chez Orange, Paris. Réseaux sociaux, relations presse.
2017 – 2021 : assistante marketing chez Danone.
Formation : master communication, Sciences Po (2017).
Anglais courant (C1). Ne parle pas allemand.
Prépare la certification PMP. Vise un poste de directrice de la communication.`;

const raised = (text: string) =>
  detectHallucination({ text, kind: "candidate_summary", jurisdiction: "FR", sources: [CV] }).findings.filter(
    (f) => f.severity !== "warn",
  );

describe("claims checked against the sources", () => {
  it.each([
    ["a planned certification reported as obtained", "Léa Martin est certifiée PMP.", "PMP"],
    [
      "the targeted job given as the current one",
      "Léa Martin est directrice de la communication chez Orange.",
      "directrice",
    ],
    [
      "roles swapped between employers",
      "Léa Martin est assistante marketing chez Orange depuis 2021.",
      "assistante",
    ],
    ["a year moved to another fact's year", "Elle a obtenu son master à Sciences Po en 2021.", "2021"],
    ["a negation flipped", "Léa Martin parle anglais et allemand.", "allemand"],
    ["a level lowered", "Léa Martin a un niveau intermédiaire en anglais.", "intermédiaire"],
  ])("catches %s", (_family, text, evidence) => {
    expect(raised(text).some((f) => f.evidence.includes(evidence))).toBe(true);
  });

  it.each([
    ["planned kept planned", "Elle prépare la PMP et vise un poste de directrice de la communication."],
    [
      "a computed duration and an acronym",
      "Léa Martin a été assistante marketing quatre ans chez Danone puis chargée de com chez Orange.",
    ],
    ["a negation kept", "Elle ne parle pas allemand ; son anglais est courant."],
    ["the year of the right fact", "Diplômée d'un master en communication de Sciences Po en 2017."],
  ])("lets %s pass", (_family, text) => {
    expect(raised(text)).toEqual([]);
  });

  it("reads acronyms against the words they stand for, both ways", () => {
    const sources = ["Infirmière diplômée d'État, service de réanimation. Titulaire d'un BTS diététique."];
    const summary = "IDE en réanimation, titulaire d'un brevet de technicien supérieur en diététique.";
    const findings = detectHallucination({
      text: summary,
      kind: "candidate_summary",
      jurisdiction: "FR",
      sources,
    });
    expect(findings.findings.filter((f) => f.severity !== "warn")).toEqual([]);
  });
});
