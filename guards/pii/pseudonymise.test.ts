import { describe, expect, it } from "vitest";
import { pseudonymise, restore } from "./pseudonymise.js";

const CV = `Marie DUPONT
12 rue Victor Hugo, 69002 Lyon — 06 12 34 56 78 — marie.dupont@example.fr
NIR : 2 69 02 99 341 732 85 ; IBAN FR76 3000 6000 0112 3456 7890 189
Mme Dupont a travaillé 5 ans chez Capgemini. Référente : Mme Claire Martin (claire.martin@capgemini.com).
Cordialement,
Marie Dupont`;

describe("pseudonymise / restore", () => {
  it("replaces every identifier with a typed placeholder", () => {
    const { text } = pseudonymise(CV);
    for (const leaked of [
      "DUPONT",
      "Dupont",
      "06 12 34 56 78",
      "marie.dupont@",
      "2 69 02",
      "FR76",
      "Victor Hugo",
      "Claire Martin",
    ])
      expect(text).not.toContain(leaked);
    expect(text).toContain("[EMAIL_1]");
    expect(text).toContain("[TELEPHONE_1]");
    expect(text).toContain("[NIR_1]");
    expect(text).toContain("[IBAN_1]");
    expect(text).toContain("[ADRESSE_1]");
    expect(text).toContain("Capgemini");
  });
  it("gives the same value the same placeholder", () => {
    const { text, mapping } = pseudonymise("Paul Durand écrit. Paul Durand signe. Sophie Leroy relit.");
    expect(text).toBe("[PERSONNE_1] écrit. [PERSONNE_1] signe. [PERSONNE_2] relit.");
    expect(mapping).toEqual({ "[PERSONNE_1]": "Paul Durand", "[PERSONNE_2]": "Sophie Leroy" });
  });
  it("restores the original exactly", () => {
    const { text, mapping } = pseudonymise(CV);
    expect(restore(text, mapping)).toBe(CV);
  });
  it("restores placeholders in a model's rewritten answer and leaves unknown ones", () => {
    const { mapping } = pseudonymise("Contact : paul.durand@example.fr");
    expect(restore("Écrire à [EMAIL_1] ou [EMAIL_9].", mapping)).toBe(
      "Écrire à paul.durand@example.fr ou [EMAIL_9].",
    );
  });
  it("does not reuse a placeholder already written in the input", () => {
    const input = "Le gabarit [PERSONNE_1] est littéral. Signé : Paul Durand.";
    const { text, mapping } = pseudonymise(input);
    expect(mapping["[PERSONNE_1]"]).toBeUndefined();
    expect(text).toContain("[PERSONNE_2]");
    expect(restore(text, mapping)).toBe(input);
  });
});
