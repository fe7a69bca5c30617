// The brief's layouts the offline writer reads: a one-line form cut at its pipes, pictographs as bullets,
// an e-mail's small talk left out, a list's bare items kept with their list, and a lawful demand kept when
// the sentence holding a forbidden ask goes.
import { describe, expect, it } from "vitest";
import { composeOfflineAd } from "./offline.js";

const section = (text: string, heading: string) =>
  text.split("\n\n").find((block) => block.startsWith(heading)) ?? "";

describe("offline ad writer: brief layouts", () => {
  it("reads a one-line form cut at its pipes", () => {
    const { title, text } = composeOfflineAd(
      "Poste : hôte de caisse | Missions : encaissement, accueil clients | Contrat : CDD 3 mois, 25h/semaine",
      [],
      [],
    );
    expect(title).toBe("Hôte / Hôtesse de caisse (H/F)");
    expect(section(text, "Vos missions")).toContain("Encaissement, accueil clients");
    expect(section(text, "Conditions")).toContain("CDD 3 mois");
  });

  it("takes pictographs for bullets and leaves an e-mail's greeting and signature out", () => {
    const { text } = composeOfflineAd(
      "Bonjour Sandrine,\n🚀 On recrute un plombier à Vannes.\n👉 Tu installeras des chaudières.\n🎯 CAP plomberie exigé.\nMerci d'avance, Yann",
      [],
      [],
    );
    expect(text).not.toMatch(/Sandrine|Yann|🚀|👉/u);
    expect(section(text, "Votre profil")).toContain("CAP plomberie exigé");
  });

  it("keeps a list's bare items with the rest of the list", () => {
    const { text } = composeOfflineAd(
      "Le salon Hair Studio à Bordeaux recrute un coiffeur mixte. Shampoings, brushings, conseil client et vente de produits. CDI 35h.",
      [],
      [],
    );
    expect(section(text, "Vos missions")).toMatch(/Shampoings, brushings/u);
  });

  it("keeps the lawful demand after « avec » when the sentence with a forbidden ask goes, as a whole phrase", () => {
    const brief =
      "Le restaurant Le Galion recherche un serveur. Nous cherchons une jeune femme de 20 à 25 ans avec une première expérience en restauration. CDD, 35h.";
    const start = brief.indexOf("jeune femme");
    const { text } = composeOfflineAd(
      brief,
      [{ start, end: start + "jeune femme de 20 à 25 ans".length }],
      [],
    );
    expect(text).not.toMatch(/jeune|25 ans|Nous cherchons/u);
    expect(section(text, "Votre profil")).toContain("- Première expérience en restauration.");
  });
});
