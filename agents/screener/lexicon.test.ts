import { describe, expect, it } from "vitest";
import { stem } from "../../core/text/stem.js";
import { assess } from "./assess.js";
import { skillLexicon } from "./lexicon.js";
import { offlineRationale } from "./offline.js";
import { prepareCv } from "./prepare.js";
import { analyseJob, meets } from "./requirements.js";
import { rank } from "./score.js";
import { labelKey } from "./text.js";

const NOW = new Date("2026-12-01T00:00:00Z");

describe("text normalisation", () => {
  it("folds accents and gives both genders and numbers one stem", () => {
    expect(stem("developpeuse")).toBe(stem("developpeur"));
    expect(stem("developpeurs")).toBe(stem("developpement"));
    expect(stem("infirmiere")).toBe(stem("infirmier"));
    expect(stem("ingenieure")).toBe(stem("ingenieur"));
    expect(labelKey("Comptabilité générale")).toBe(labelKey("comptabilite generales"));
    expect(labelKey("gestion de la paie")).toBe(labelKey("Gestion paie"));
  });
});

describe("skill lexicon (ROME + ESCO)", () => {
  it("is loaded from the referentials with tens of thousands of keys", () => {
    expect(skillLexicon().size).toBeGreaterThan(20_000);
  });

  it("reads a job's demands once each, with their years, and nothing from its benefits", () => {
    const profile = analyseJob(
      "Comptable (H/F).\nProfil : comptabilité générale, rapprochements bancaires, déclarations de TVA, gestion de la paie. Maîtrise d'Excel. 5 ans d'expérience.\nAvantages : tickets restaurant, mutuelle.",
    );
    const labels = profile.requirements.map((r) => r.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "comptabilité générale",
        "rapprochements bancaires",
        "déclarations de TVA",
        "gestion de la paie",
        "Excel",
        "5 ans d'expérience",
      ]),
    );
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
    expect(labels.join(" ")).not.toMatch(/restaurant|mutuelle|Comptable/u);
    expect(profile.yearsRequired).toBe(5);
  });

  it("matches a requirement through a synonym and whatever the inflection", () => {
    const [paie] = analyseJob("Vous maîtrisez la gestion de la paie.").requirements;
    expect(paie?.label).toBe("gestion de la paie");
    expect(meets(paie!, "Établissement des bulletins de paie")).toBe(true);
    expect(meets(paie!, "Vente en boutique")).toBe(false);
    const [deas] = analyseJob("Titulaire du DEAS exigé.").requirements;
    expect(meets(deas!, "Diplôme d'État d'aide-soignant (2018)")).toBe(true);
    expect(meets(deas!, "Diplôme d'État d'infirmier")).toBe(false);
  });
});

describe("offline rationale", () => {
  it("names what matched in the CV's words, what is missing and why, and the experience from dates", () => {
    const profile = analyseJob(
      "Développeur Java.\nProfil : Spring Boot, SQL, Docker. 3 ans d'expérience minimum.",
    );
    const cv = prepareCv(
      {
        id: "x",
        text: "Jeanne Martin\nMadame Jeanne Martin, 52 ans, divorcée\nDéveloppeuse Java chez Acme (2019 – aujourd'hui) : Spring Boot, requêtes SQL.",
      },
      NOW,
    );
    const [scored] = rank([assess(profile, cv, 0.3)]);
    const text = offlineRationale(scored!);
    expect(text).toMatch(/^Exigences de l'offre présentes dans le CV \(3 sur 4\)/u);
    expect(text).toContain("Spring Boot (« Spring Boot »)");
    expect(text).toContain("SQL (« SQL »)");
    expect(text).toContain("Docker : non mentionné dans le CV");
    expect(text).toContain(
      "7,9 ans d'expérience d'après les périodes d'emploi du CV ; 3 ans d'expérience demandés par l'offre (durée atteinte)",
    );
    expect(text).not.toMatch(/Jeanne|Martin|Madame|52|divorc|Développeuse|2019/u);
  });

  it("says so when the job formulates no requirement", () => {
    const profile = analyseJob("Nous recrutons une personne motivée pour rejoindre notre équipe.");
    expect(profile.requirements).toEqual([]);
    const [scored] = rank([assess(profile, prepareCv({ id: "x", text: "Motivé." }, NOW), 0.3)]);
    expect(scored?.coverage).toBeNull();
    expect(offlineRationale(scored!)).toContain("L'offre ne formule aucune exigence lisible.");
  });

  it("leaves out a label the guards flagged on an earlier draft", () => {
    const profile = analyseJob("Profil : Java, SQL, Docker");
    const [scored] = rank([assess(profile, prepareCv({ id: "x", text: "Java" }, NOW), 0.2)]);
    expect(offlineRationale(scored!, ["Docker"])).not.toContain("Docker");
    expect(offlineRationale(scored!)).toContain("Docker");
  });
});
