import { describe, expect, it } from "vitest";
import { classifyDocument } from "./classify.js";
import { SAMPLE_DOCUMENTS } from "./test-support/documents.js";

describe("document classification", () => {
  it.each([
    ["cni", "piece_identite"],
    ["paie-mars", "bulletin_de_salaire"],
    ["certificat", "certificat_de_travail"],
    ["diplome", "diplome"],
  ])("classifies the sample %s as %s, with cues that are spans of the text", (id, type) => {
    const doc = SAMPLE_DOCUMENTS.find((d) => d.id === id);
    if (!doc) throw new Error(id);
    const result = classifyDocument(doc.text);
    expect(result.type).toBe(type);
    expect(result.cues.length).toBeGreaterThan(0);
    for (const cue of result.cues) expect(doc.text.slice(cue.start, cue.end)).toBe(cue.text);
  });

  it("tells an employer's attestation, a contract and a residence permit apart", () => {
    expect(
      classifyDocument(
        "ATTESTATION EMPLOYEUR\nJe soussigné Paul Martin atteste que M. Karim Benali est employé depuis le 01/02/2024.",
      ).type,
    ).toBe("attestation_employeur");
    expect(
      classifyDocument(
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE\nEntre les soussignés : la société Boulangerie Martin SARL et Mme Claire Dupont.\nPériode d'essai : 2 mois. Salaire brut : 1 850,00 €.",
      ).type,
    ).toBe("contrat_de_travail");
    expect(classifyDocument("TITRE DE SÉJOUR\nNom : BENALI\nAutorise son titulaire à travailler").type).toBe(
      "titre_de_sejour",
    );
  });

  it("says other, with no cue, when nothing decides", () => {
    expect(classifyDocument("Facture n° 42 : deux baguettes, une tarte.")).toEqual({
      type: "other",
      cues: [],
    });
    expect(classifyDocument("Niveau 3 en natation").type).toBe("other");
  });
});
