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

  it("gives each item of a list ask, and each empty label of a form, to the guards as a form field", () => {
    const list =
      "Dossier de candidature : nom, photo d'identité, religion,\nsituation de famille et expérience.";
    expect(formRequests(list).split("\n")).toEqual([
      "nom : ____",
      "photo d'identité : ____",
      "religion : ____",
      "situation de famille : ____",
      "expérience : ____",
    ]);
    expect(formRequests("FICHE\nDate de naissance :\nNationalité :").split("\n")).toEqual([
      "Date de naissance : ____",
      "Nationalité : ____",
    ]);
    expect(formRequests("Formulaire : indiquez votre origine ethnique.")).toBe(
      "Formulaire : indiquez votre origine ethnique.",
    );
  });

  it("does not read a letter's single empty label as a form", () => {
    expect(formRequests("Objet :\nJe vous écris pour le poste de comptable.")).toBe("");
  });
});
