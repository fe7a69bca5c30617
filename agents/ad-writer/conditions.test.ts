import { describe, expect, it } from "vitest";
import { ungivenConditions, withoutUngivenConditions } from "./conditions.js";
import { finishModelAd } from "./llm.js";
import { composeOfflineAd } from "./offline.js";

const SALARY = /salaire|rémunération|€|euros|brut|prime|mutuelle|ticket|télétravail/iu;
const NO_SALARY_BRIEF =
  "Nous recrutons un vendeur en boulangerie à Lyon, CDI temps plein. Vous accueillerez la clientèle et préparerez les commandes.";
const SALARY_BRIEF = `${NO_SALARY_BRIEF} Salaire : 1 900 € brut mensuel. Mutuelle d'entreprise.`;

describe("no salary, benefit or condition the brief does not give", () => {
  it("writes no salary offline when the brief gives none", () => {
    const ad = composeOfflineAd(NO_SALARY_BRIEF, [], []);
    expect(ad.title).toBe("Vendeur / Vendeuse en boulangerie (H/F)");
    expect(ad.text).not.toMatch(SALARY);
    expect(ad.text).toContain("clientèle");
  });

  it("keeps the salary and benefit the brief gives, offline", () => {
    const ad = composeOfflineAd(SALARY_BRIEF, [], []);
    expect(ad.text).toContain("1 900 € brut mensuel");
    expect(ad.text).toContain("Mutuelle d'entreprise");
  });

  it("strips what a model added, keeps what the brief gave, and lays the model's ad out as every ad", () => {
    const none = { entreprise: [], missions: [], profil: [], conditions: [] };
    const invented = {
      title: "Vendeur en boulangerie",
      sections: {
        ...none,
        missions: ["vous accueillerez la clientèle"],
        conditions: [
          "Salaire : 2 000 à 2 300 € brut.",
          "Tickets restaurant et télétravail possible.",
          "Mutuelle d'entreprise.",
        ],
      },
    };
    const stripped = finishModelAd(invented, NO_SALARY_BRIEF);
    expect(stripped.title).toBe("Vendeur / Vendeuse en boulangerie (H/F)");
    expect(stripped.text.split("\n")[0]).toBe(stripped.title);
    expect(stripped.text).not.toMatch(SALARY);
    expect(stripped.text).toContain("Vos missions\n- Vous accueillerez la clientèle.");
    const kept = finishModelAd(
      {
        ...invented,
        sections: { ...none, conditions: ["Salaire : 1 900 € brut mensuel.", "Mutuelle d'entreprise."] },
      },
      SALARY_BRIEF,
    );
    expect(kept.text).toContain("Conditions\n- Salaire : 1 900 € brut mensuel.\n- Mutuelle d'entreprise.");
    const broken = finishModelAd(
      { ...invented, sections: { ...none, profil: ["ne seront pas retenus", "Expérience en vente."] } },
      NO_SALARY_BRIEF,
    );
    expect(broken.text).not.toContain("ne seront pas retenus");
    expect(broken.left).toEqual(["shape: Ne seront pas retenus."]);
  });

  it("sees an amount the brief does not give even when the word salary is there", () => {
    expect(ungivenConditions("Salaire : 2 400 € brut.", SALARY_BRIEF)).toEqual(["2400"]);
    expect(ungivenConditions("Salaire : 1 900 € brut.", SALARY_BRIEF)).toEqual([]);
    expect(withoutUngivenConditions("A.\nHoraires : 9h-17h.", NO_SALARY_BRIEF)).toBe("A.");
  });
});
