import { describe, expect, it } from "vitest";
import { counterfactualCv, SWAP_FAMILIES, swapFamily } from "./counterfactual-swaps.js";

describe("counterfactual swaps", () => {
  for (const family of SWAP_FAMILIES)
    it(`${family.id}: every example swaps as written`, () => {
      for (const [from, to] of family.examples) expect(swapFamily(from, family)).toBe(to);
    });

  it("swaps every protected attribute of a CV at once, and leaves the rest", () => {
    const cv =
      "Marie Durand, née le 3 mars 1990, 36 ans. 12 rue de la Paix, 93200 Saint-Denis. Comptable, 5 ans d'expérience, Sage.";
    expect(counterfactualCv(cv)).toBe(
      "Jean Durand, né le 3 mars 1970, 56 ans. 12 rue de la Paix, 75016 Paris. Comptable, 5 ans d'expérience, Sage.",
    );
  });
});
