import { describe, expect, it } from "vitest";
import { adDefects, proseDefects, unitDefects } from "./shape.js";

const rules = (text: string) => unitDefects(text, 0).map((d) => d.rule);

describe("shape of French a recruiter would publish", () => {
  it("finds the broken lines a cut revision used to release", () => {
    expect(rules("Recherchons de direction, pour PDG exigeant.")).toContain("verb_without_object");
    expect(rules("ne seront pas retenus.")).toEqual(
      expect.arrayContaining(["lowercase_start", "orphan_fragment"]),
    );
    expect(rules("Nous recrutons une pour l'accueil de notre hôtel")).toContain("dangling_article");
    expect(rules("Candidats âgés de.")).toContain("dangling_word");
    expect(rules("Vous êtes dynamique et et motivé.")).toContain("doubled_word");
    expect(rules("Poste basé à Lyon (69.")).toContain("unbalanced");
  });

  it("passes sound lines, place names with articles and subjectless labels alike", () => {
    for (const ok of [
      "Nous recherchons de bons vendeurs pour notre magasin de Lyon.",
      "Lieu : Le Creusot.",
      "Contrat : CDI, temps plein.",
      "Vous assurerez la maintenance préventive et curative des presses.",
      "Une à deux années d'expérience en magasin.",
      "Nous nous engageons à étudier chaque candidature.",
    ])
      expect(rules(ok)).toEqual([]);
  });

  it("finds an empty section and checks bullets without their mark", () => {
    const ad =
      "Vendeur / Vendeuse (H/F)\n\nVos missions\n- accueil des clients.\n\nVotre profil\n\nConditions\n- Contrat : CDI.";
    const found = adDefects(ad, ["Vos missions", "Votre profil", "Conditions"]);
    expect(found.map((d) => [d.rule, d.line])).toEqual([
      ["lowercase_start", 3],
      ["empty_section", 5],
    ]);
  });

  it("in prose, a sentence must be whole", () => {
    const found = proseDefects("Parcours : Quatre ans chez Décathlon.\nelle maîtrise l'encaissement", [
      "Parcours",
    ]);
    expect(found.map((d) => d.rule)).toEqual(["lowercase_start", "cut_sentence"]);
  });
});
