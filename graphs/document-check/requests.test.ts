import { describe, expect, it } from "vitest";
import { formRequests } from "./requests.js";

describe("formRequests", () => {
  it("keeps the lines that ask the reader something, and only those", () => {
    const text = [
      "FICHE DE RENSEIGNEMENTS",
      "Nom : Martin",
      "Nationalité : ________",
      "Situation familiale : ☐ célibataire ☐ marié(e)",
      "Êtes-vous syndiqué ? oui / non",
      "Avez-vous le permis B ?",
      "Fait à Lyon le 3 mars 2026",
    ].join("\n");
    expect(formRequests(text).split("\n")).toEqual([
      "Nationalité : ________",
      "Situation familiale : ☐ célibataire ☐ marié(e)",
      "Êtes-vous syndiqué ? oui / non",
      "Avez-vous le permis B ?",
    ]);
  });

  it("finds nothing to ask in a CV or a payslip", () => {
    expect(formRequests("Jean Martin\nComptable, 8 ans d'expérience\nNationalité : française")).toBe("");
  });
});
