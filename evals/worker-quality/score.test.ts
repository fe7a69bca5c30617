import { describe, expect, it } from "vitest";
import { scoreAd } from "./score-ad.js";
import { scoreSummary } from "./score-summary.js";
import { HELD_OUT_SPLITS, loadSet, SCORED_WORKERS } from "./writer-cases.js";

describe("worker-quality sets", () => {
  it.each(SCORED_WORKERS)("%s: at least 30 cases, a third held out, every one valid", async (worker) => {
    const cases = await loadSet(worker);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => HELD_OUT_SPLITS.has(c.split)).length).toBeGreaterThanOrEqual(cases.length / 3);
  });
});

const AD_CASE = {
  id: "t",
  split: "tune" as const,
  style: "test",
  brief: "Nous recrutons un cariste à Lyon, CDI, 1 900 € brut. Candidats de moins de 30 ans.",
  expect: {
    title: "Cariste (H/F)",
    titleAlternatives: [],
    sections: { missions: ["chargement"], conditions: ["CDI", "1 900 € brut"] },
    absent: ["moins de 30 ans"],
    briefCriteria: ["age" as const],
  },
};

describe("scoring an ad", () => {
  it("gives credit for the title, the sections and the placed facts of a sound ad", () => {
    const ad =
      "Cariste (H/F)\n\nVos missions\n- Chargement des camions.\n\nConditions\n- Contrat : CDI.\n- Rémunération : 1 900 € brut.";
    const s = scoreAd(AD_CASE, { status: "released", text: ad, briefCriteria: ["age"] });
    expect(s).toMatchObject({
      titleExact: true,
      sectionsPresent: 2,
      factsPlaced: 3,
      invented: [],
      leaked: [],
    });
    expect(s.defects).toEqual([]);
    expect(s.briefCriteriaReported).toBe(1);
  });

  it("counts a generic title, a misplaced fact, an invented figure, a leak and a broken line", () => {
    const ad =
      "Offre d'emploi (H/F)\n\nVos missions\n- Chargement des camions, CDI.\n- ne seront pas retenus.\n\nConditions\n- 2 100 € brut, moins de 30 ans.";
    const s = scoreAd(AD_CASE, { status: "released", text: ad, briefCriteria: [] });
    expect(s.titleExact).toBe(false);
    expect(s.titleGeneric).toBe(true);
    expect(s.misplaced).toEqual(["CDI → conditions"]);
    expect(s.missing).toEqual(["1 900 € brut"]);
    expect(s.invented).toEqual(["2100"]);
    expect(s.leaked).toEqual(["moins de 30 ans"]);
    expect(s.defects.map((d) => d.rule)).toContain("orphan_fragment");
    expect(s.briefCriteriaReported).toBe(0);
  });
});

describe("scoring a summary", () => {
  const c = {
    id: "s",
    split: "tune" as const,
    style: "test",
    sources: [
      "4 ans chez Décathlon. Prétentions 24k. Avis : je recommande. Mariée.",
      "CV : Vendeuse, Décathlon.",
    ],
    expect: {
      facts: [
        { section: "parcours" as const, any: ["Décathlon"] },
        { section: "souhaits" as const, any: ["24k"] },
        { section: "appreciation" as const, any: ["recommande"] },
      ],
      absent: ["Mariée"],
    },
  };

  it("finds facts in their sections and checks every sentence against the sources", () => {
    const text =
      "Parcours : 4 ans chez Décathlon.\nSouhaits et disponibilité : Prétentions 24k.\nAppréciation de l'intervieweur : Je recommande.";
    const s = scoreSummary(c, { status: "released", text });
    expect(s).toMatchObject({
      factsFound: 3,
      factsPlaced: 3,
      faithful: 3,
      sentences: 3,
      repeated: [],
      leaked: [],
    });
    expect(s.defects).toEqual([]);
  });

  it("counts a repeated fact, a cut sentence, an untraceable figure and a leak", () => {
    const text = "4 ans chez Décathlon.\nVendeuse chez Décathlon.\nprétentions 30k\nMariée.";
    const s = scoreSummary(c, { status: "released", text });
    expect(s.repeated).toContain("Décathlon");
    expect(s.factsPlaced).toBe(0);
    expect(s.unfaithful).toEqual(["prétentions 30k"]);
    expect(s.defects.map((d) => d.rule)).toEqual(["lowercase_start", "cut_sentence"]);
    expect(s.leaked).toEqual(["Mariée"]);
  });
});
