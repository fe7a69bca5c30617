import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { skillLexicon } from "./lexicon.js";
import { offlineRationale } from "./offline.js";
import { prepareCv } from "./prepare.js";
import { analyseJob, keysOf, meets } from "./requirements.js";
import { rank } from "./score.js";
import { labelKey, stem } from "./text.js";

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

  it("finds a job's requirements, longest match first, once each", () => {
    const profile = analyseJob(
      "Comptable (H/F). Tenue de la comptabilité générale, rapprochements bancaires, déclarations de TVA, gestion de la paie. Maîtrise d'Excel. 5 ans d'expérience.",
    );
    const labels = profile.requirements.map((r) => r.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "comptabilité générale",
        "rapprochements bancaires",
        "gestion de la paie",
        "Excel",
      ]),
    );
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
    expect(labels).not.toContain("gestion");
    expect(profile.yearsRequired).toBe(5);
  });

  it("matches a requirement through a synonym and whatever the inflection", () => {
    const [paie] = analyseJob("Gestion de la paie").requirements;
    expect(paie).toBeDefined();
    expect(meets(paie!, keysOf("Établissement des bulletins de paie"))).toBe(true);
    expect(meets(paie!, keysOf("Vente en boutique"))).toBe(false);
    const [java] = analyseJob("Développement Java").requirements.filter((r) => r.label === "Java");
    expect(meets(java!, keysOf("JAVA"))).toBe(true);
  });
});

describe("offline rationale", () => {
  it("names the matched and missing skills and the stated experience, nothing about the person", () => {
    const profile = analyseJob("Développeur Java. Spring Boot, SQL, Docker. 3 ans d'expérience minimum.");
    const cv = prepareCv({
      id: "x",
      text: "Jeanne Martin\nMadame Jeanne Martin, 52 ans, divorcée\nDéveloppeuse Java, 5 ans d'expérience. Spring Boot, SQL.",
    });
    const [scored] = rank([assess(profile, cv, 0.3)]);
    const text = offlineRationale(scored!);
    expect(text).toMatch(/présentes dans le CV \(3 sur 4\) : Java, Spring Boot, SQL/u);
    expect(text).toContain("absentes du CV : Docker");
    expect(text).toContain(
      "5 ans d'expérience indiqués dans le CV ; 3 ans d'expérience demandés par l'offre",
    );
    expect(text).not.toMatch(/Jeanne|Martin|Madame|52|divorc|Développeuse/u);
  });

  it("says so when the job names no skill the referentials know", () => {
    const profile = analyseJob("Nous recrutons une personne motivée pour rejoindre notre équipe.");
    expect(profile.requirements).toEqual([]);
    const [scored] = rank([assess(profile, prepareCv({ id: "x", text: "Motivé." }), 0.3)]);
    expect(scored?.coverage).toBeNull();
    expect(offlineRationale(scored!)).toMatch(
      /^L'offre ne nomme aucune compétence du référentiel ROME\/ESCO\./u,
    );
  });

  it("leaves out a label the guards flagged on an earlier draft", () => {
    const profile = analyseJob("Java, SQL, Docker");
    const [scored] = rank([assess(profile, prepareCv({ id: "x", text: "Java" }), 0.2)]);
    expect(offlineRationale(scored!, ["Docker"])).not.toContain("Docker");
    expect(offlineRationale(scored!)).toContain("Docker");
  });
});
