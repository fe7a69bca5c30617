import { describe, expect, it } from "vitest";
import { titleOf, withoutEvidence } from "./brief.js";

describe("reading a brief", () => {
  it("never takes a sex or age marker for the job title", () => {
    expect(titleOf("Recherche JH pour manutention en entrepôt à Vénissieux.")).toBe("manutention");
    expect(titleOf("Nous recrutons une jeune femme pour l'accueil de notre hôtel à Nice.")).toBe(
      "accueil de notre hôtel",
    );
    expect(titleOf("Nous recrutons un cariste à Lyon.")).toBe("cariste");
  });

  it("cuts the evidence without leaving a dangling article", () => {
    const cut = withoutEvidence(
      "Nous recrutons une jeune femme pour l'accueil de notre hôtel à Nice",
      "jeune femme",
    );
    expect(cut).toBe("Nous recrutons pour l'accueil de notre hôtel à Nice");
  });
});
