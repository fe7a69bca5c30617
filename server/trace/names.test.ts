// Candidates' names where the input says which text is a name: labelled lines and a CV's header line.
import { describe, expect, it } from "vitest";
import { candidateNames, maskerFor } from "./names.js";

describe("candidates' names from the input", () => {
  it("reads labelled lines of a document and the header line of a CV", () => {
    const names = candidateNames({
      documents: [
        { id: "cni", text: "CARTE NATIONALE D'IDENTITÉ\nNom : DUPONT\nPrénom(s) : Claire\nSexe : F" },
      ],
      cvs: [
        { id: "a", text: "Jean-Luc Mélenchon-Durand\nDéveloppeur Java, 5 ans" },
        { id: "b", text: "Expérience : 5 ans de Java à Lyon.\nMarc Petit" },
      ],
    });
    expect(names).toEqual(
      expect.arrayContaining(["DUPONT", "Claire", "Jean-Luc Mélenchon-Durand", "Durand"]),
    );
    // A CV that does not open on a name gives none; its prose is left to the generic detector.
    expect(names).not.toContain("Marc");
    expect(names).not.toContain("Expérience");
  });

  it("masks those names wherever they appear, keeping lengths (finding offsets stay valid)", () => {
    const input = { cvs: [{ id: "a", text: "Claire Martin\nDéveloppeuse Java" }] };
    const mask = maskerFor(input);
    const text = "Claire Martin a six ans de Java. CLAIRE parle anglais; Martine n'est pas Martin.";
    const masked = String(mask(text));
    expect(masked.length).toBe(text.length);
    expect(masked).not.toMatch(/Claire|CLAIRE|Martin\b/);
    // A longer word that merely starts with a name stays.
    expect(masked).toContain("Martine");
    expect(mask({ rationale: [text] })).toEqual({ rationale: [masked] });
  });

  it("with no name in the input, is the generic masker", () => {
    const mask = maskerFor({ brief: "Vendeur à Lyon" });
    expect(mask("écrire à claire@example.com")).not.toContain("claire@example.com");
  });
});
