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
    // A name in prose that the recogniser finds (a known first name and a capitalised word) counts too;
    // a heading does not.
    expect(names).toEqual(expect.arrayContaining(["Marc Petit", "Petit"]));
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

  describe("names in unlabelled prose (#9 point 4)", () => {
    const input = {
      cvs: [
        {
          id: "a",
          text: "Expérience\nMarie Dupont a travaillé chez Renault à Lyon comme Responsable Paie.\nCordialement,\nMarie Dupont",
        },
        {
          id: "b",
          text: "Contact : J. Martin, Directeur Commercial chez Orange à Nantes. Écrire à jmartin@orange.fr",
        },
        { id: "c", text: "Mme Nguyen a dirigé l'équipe avec Dr Samir Benali." },
        { id: "d", text: "Travaillé avec Dupont et MARTIN sur le projet Paris Saclay à Toulouse." },
      ],
    };
    const mask = maskerFor(input);
    const shown = input.cvs.map((cv) => String(mask(cv.text)));
    const people = ["Marie", "Dupont", "Martin", "MARTIN", "Nguyen", "Samir", "Benali", "jmartin"];
    const kept = [
      "Renault",
      "Lyon",
      "Responsable Paie",
      "Directeur Commercial",
      "Orange",
      "Nantes",
      "Paris Saclay",
      "Toulouse",
      "Cordialement",
      "Expérience",
    ];

    it("masks every mention of a person the run names once, in any of its texts, initials included", () => {
      for (const text of shown) for (const person of people) expect(text).not.toContain(person);
      expect(shown[1]).not.toMatch(/J\./);
      // Lengths kept: findings' offsets still point at the same words.
      expect(shown.map((t) => t.length)).toEqual(input.cvs.map((cv) => cv.text.length));
    });

    it("leaves job titles, companies and cities", () => {
      const all = shown.join("\n");
      for (const word of kept) expect(all).toContain(word);
    });

    it("never leaves part of a masked name: no word of a name found in the run survives anywhere", () => {
      const words = candidateNames(input)
        .flatMap((n) => n.split(/[ '’-]/))
        .filter((w) => w.length >= 3);
      expect(words.length).toBeGreaterThan(4);
      for (const text of shown)
        for (const word of words)
          expect(
            text.toLowerCase().match(new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, "u")),
          ).toBeNull();
    });
  });
});
