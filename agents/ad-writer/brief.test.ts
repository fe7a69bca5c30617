import { describe, expect, it } from "vitest";
import { adDefects } from "../writing/shape.js";
import { titleOf } from "./brief.js";
import { composeOfflineAd } from "./offline.js";
import { HEADING_OF } from "./sections.js";

const HEADINGS = Object.values(HEADING_OF);
const spanOf = (text: string, evidence: string) => {
  const start = text.indexOf(evidence);
  return { start, end: start + evidence.length };
};

describe("reading a brief", () => {
  it("never takes a sex or age marker for the job title", () => {
    expect(titleOf("Recherche JH pour manutention en entrepôt à Vénissieux.")).toBe("manutention");
    expect(titleOf("Nous recrutons une jeune femme pour l'accueil de notre hôtel à Nice.")).toBe(
      "accueil de notre hôtel",
    );
    expect(titleOf("Nous recrutons un cariste à Lyon.")).toBe("cariste");
  });
});

describe("an offline ad a recruiter can publish", () => {
  const brief =
    "Boulangerie Martin à Lyon recrute une vendeuse en boulangerie-pâtisserie. Accueil de la clientèle, encaissement, mise en rayon. Jeune femme de moins de 25 ans, souriante. CAP vente apprécié. CDI 35h, 1 850 € brut.";

  it("titles it with the ROME appellation in both genders and lays out the four sections", () => {
    const ad = composeOfflineAd(brief, [], []);
    expect(ad.title).toBe("Vendeur / Vendeuse en boulangerie-pâtisserie (H/F)");
    expect(ad.text).toContain(
      "Boulangerie Martin à Lyon recrute un vendeur ou une vendeuse en boulangerie-pâtisserie.",
    );
    const order = HEADINGS.map((h) => ad.text.indexOf(`\n${h}\n`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(ad.text).toMatch(/Conditions\n- Lieu : Lyon\.\n- CDI 35h, 1 850 € brut\./u);
  });

  it("removes a forbidden ask a whole unit at a time and leaves French that stands", () => {
    const ad = composeOfflineAd(brief, [spanOf(brief, "Jeune femme"), spanOf(brief, "moins de 25 ans")], []);
    expect(ad.text).not.toMatch(/jeune|25 ans/iu);
    expect(ad.dropped.map((d) => d.text)).toContain("Jeune femme de moins de 25 ans");
    expect(adDefects(ad.text, HEADINGS)).toEqual([]);
  });

  it("rewrites the job named in one gender instead of cutting the opening", () => {
    const ad = composeOfflineAd(brief, [spanOf(brief, "une vendeuse")], []);
    expect(ad.rewritten).toHaveLength(1);
    expect(ad.text).toContain("recrute un vendeur ou une vendeuse");
  });

  it("drops the whole opening when the subject itself is the forbidden ask, never a dangling article", () => {
    const jh =
      "Recherche JH pour manutention en entrepôt à Vénissieux. Port de charges, chargement des camions. CDI.";
    const ad = composeOfflineAd(jh, [spanOf(jh, "JH")], []);
    expect(ad.text).not.toMatch(/JH|Recherche pour|recrutons une pour/u);
    expect(ad.title).not.toMatch(/offre d'emploi/iu);
    expect(adDefects(ad.text, HEADINGS)).toEqual([]);
  });

  it("gives a brief that names no job a title from what the job does", () => {
    const ad = composeOfflineAd(
      "Besoin de quelqu'un pour tenir la caisse le samedi dans notre supérette. 8h par semaine.",
      [],
      [],
    );
    expect(ad.title).toBe("Hôte / Hôtesse de caisse (H/F)");
  });
});
