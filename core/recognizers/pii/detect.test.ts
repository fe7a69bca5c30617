import { describe, expect, it } from "vitest";
import { detectPersonalData, type PiiType } from "./detect.js";

function found(text: string, type: PiiType): string[] {
  return detectPersonalData(text)
    .filter((s) => s.type === type)
    .map((s) => s.value);
}

describe("detectPersonalData", () => {
  it("finds French and international phone numbers", () => {
    const text =
      "Tél. 06 12 34 56 78, bureau +33 (0)1 42 68 53 00, Londres +44 20 7946 0958, NY (212) 555-0198.";
    expect(found(text, "phone")).toEqual([
      "06 12 34 56 78",
      "+33 (0)1 42 68 53 00",
      "+44 20 7946 0958",
      "(212) 555-0198",
    ]);
  });
  it("does not take years, salaries or a SIRET for a phone number", () => {
    expect(found("De 2019 à 2024, salaire 45 000 €, SIRET 732 829 320 00074.", "phone")).toEqual([]);
  });
  it("finds e-mail addresses and the names in their local part", () => {
    const text = "Contact : jean-pierre.martin@example.fr. Jean-Pierre a dirigé l'équipe ; Martin est cité.";
    expect(found(text, "email")).toEqual(["jean-pierre.martin@example.fr"]);
    expect(found(text, "person")).toContain("Martin");
  });
  it("finds NIR with the checksum verdict", () => {
    const spans = detectPersonalData("NIR 2 69 02 99 341 732 85 ; autre 2 69 02 99 341 732 84.").filter(
      (s) => s.type === "nir",
    );
    expect(spans.map((s) => [s.value, s.valid])).toEqual([
      ["2 69 02 99 341 732 85", true],
      ["2 69 02 99 341 732 84", false],
    ]);
  });
  it("finds an IBAN and stops before the BIC", () => {
    const [iban] = detectPersonalData("IBAN : FR76 3000 6000 0112 3456 7890 189 BIC AGRIFRPP").filter(
      (s) => s.type === "iban",
    );
    expect(iban).toMatchObject({ value: "FR76 3000 6000 0112 3456 7890 189", valid: true });
  });
  it("finds French and English postal addresses", () => {
    expect(found("Domicile : 12 bis rue de la Paix, 75002 Paris.", "address")).toEqual([
      "12 bis rue de la Paix, 75002 Paris",
    ]);
    expect(found("J'habite 4 avenue Jean Jaurès à Lyon.", "address")).toEqual(["4 avenue Jean Jaurès"]);
    expect(found("Lives at 221B Baker Street, London.", "address")).toEqual(["221B Baker Street, London"]);
    expect(found("Mobile dans toute la région, basé à 69003 Lyon.", "address")).toEqual(["69003 Lyon"]);
    expect(found("Gestion de 12 projets par an.", "address")).toEqual([]);
  });
  it("finds people from context: first line, civility, label, introduction, signature", () => {
    const cv =
      "Sophie BERNARD\nCheffe de projet\nRéférence : M. Lefebvre, Nom : Durand\nJe m'appelle Inès Haddad.\nCordialement,\nThomas Girard";
    expect(found(cv, "person")).toEqual([
      "Sophie BERNARD",
      "Lefebvre",
      "Durand",
      "Inès Haddad",
      "Thomas Girard",
    ]);
  });
  it("keeps surname particles after a civility and hyphenated names whole", () => {
    expect(found("Mme Marie-Claire Dubois-Martin et M. DE LA FONTAINE.", "person")).toEqual([
      "Marie-Claire Dubois-Martin",
      "DE LA FONTAINE",
    ]);
  });
  it("reads a lone first name after a place preposition as a place, elsewhere as a person", () => {
    expect(found("Basée à Florence, mobile.", "person")).toEqual([]);
    expect(found("L'expérience de Marie est solide.", "person")).toEqual(["Marie"]);
  });
  it("does not take an amount for a postcode and city", () => {
    expect(found("Budget annuel : 45000 Euros.", "address")).toEqual([]);
  });
  it("does not take headings or job titles for names", () => {
    expect(
      found("Curriculum Vitae\nExpérience professionnelle\nAssistant de direction chez Orange.", "person"),
    ).toEqual([]);
  });
  it("finds a birth date and keeps the context out of the value", () => {
    expect(found("Née le 14/02/1990 à Nantes.", "birth_date")).toEqual(["14/02/1990"]);
    expect(found("Date of birth: March 3, 1988", "birth_date")).toEqual(["March 3, 1988"]);
  });
  it("gives offsets that slice back to the value", () => {
    const text = "Marie Dupont — marie.dupont@example.fr — 06 12 34 56 78 — 1 85 05 78 006 048 30";
    const spans = detectPersonalData(text);
    expect(spans.length).toBeGreaterThanOrEqual(4);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.value);
  });
});
