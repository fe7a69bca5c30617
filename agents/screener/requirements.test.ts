import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { yearsFromDates } from "./experience-dates.js";
import { prepareCv } from "./prepare.js";
import { KIND_PATTERNS } from "./requirement-patterns.js";
import { analyseJob, meets } from "./requirements.js";

const NOW = new Date("2026-12-01T00:00:00Z");

describe("requirements read from a job ad", () => {
  it("keeps alternatives as alternatives: a Cegid user meets « Cegid ou Sage »", () => {
    const job = analyseJob("Profil : BTS comptabilité et gestion ou DCG ; maîtrise de Cegid ou Sage.");
    const software = job.requirements.find((r) => r.label === "Cegid ou Sage");
    expect(software?.options.map((o) => o.text)).toEqual(["Cegid", "Sage"]);
    expect(meets(software!, "Comptable sur Cegid Expert")).toBe(true);
    expect(meets(software!, "Comptable sur Sage 100")).toBe(true);
    expect(meets(software!, "Comptable sur EBP")).toBe(false);
    const diploma = job.requirements.find((r) => r.kind === "diploma");
    expect(diploma?.options.map((o) => o.text)).toEqual(["BTS comptabilité et gestion", "DCG"]);
  });

  it("reads nothing from the benefits, the company or the title", () => {
    const job = analyseJob(
      "Chef de mission audit H/F – Bordeaux\nCabinet indépendant fondé en 1990.\nProfil : audit légal, normes IFRS.\nAvantages : tickets restaurant, mutuelle, 13e mois.",
    );
    const text = job.requirements.map((r) => r.label).join(" | ");
    expect(text).toContain("audit légal");
    expect(text).not.toMatch(/chef|restaurant|mutuelle|Cabinet|Bordeaux/iu);
  });

  it("never counts generic English words of a company description as skills", () => {
    const job = analyseJob(
      "About us: we are a fitness start-up with a direct-to-consumer model.\nRequirements: strong Python and SQL; AWS or GCP.",
    );
    expect(job.requirements.map((r) => r.label)).toEqual(["Python", "SQL", "AWS or GCP"]);
    const cv = prepareCv(
      { id: "c", text: "Fitness coach since 2020. Direct sales, point of contact in a holiday place." },
      NOW,
    );
    expect(assess(job, cv, 0).matched).toEqual([]);
  });

  it("counts years of experience only in the field the ad names", () => {
    const job = analyseJob("Profil : 2 ans minimum en vente BtoB ; permis B.");
    const years = job.requirements.find((r) => r.kind === "years");
    expect(years?.years).toBe(2);
    const seller = prepareCv({ id: "s", text: "Commerciale BtoB depuis mars 2021. Permis B." }, NOW);
    const host = prepareCv({ id: "h", text: "Hôtesse d'accueil (2020 – 2025). Permis C." }, NOW);
    expect(assess(job, seller, 0).matched.map((r) => r.kind)).toEqual(["years", "licence"]);
    expect(assess(job, host, 0).matched).toEqual([]);
  });
});

describe("years of work from the CV's date ranges", () => {
  it("reads French and English ranges, today from the clock, overlaps once, studies left out", () => {
    expect(yearsFromDates("Comptable — 2019 – aujourd'hui", NOW)).toBe(7.9);
    expect(yearsFromDates("Vendeur depuis mars 2021", NOW)).toBe(5.8);
    expect(yearsFromDates("Data Engineer — Jan 2018 - Present", NOW)).toBe(8.9);
    expect(yearsFromDates("Comptable — 2019 – aujourd'hui", new Date("2020-01-01T00:00:00Z"))).toBe(1);
    expect(yearsFromDates("2015 – 2020 : CHU\n2018 – 2022 : clinique", NOW)).toBe(7);
    expect(yearsFromDates("Formation\nMaster (2010 – 2012)\nExpérience\nAcheteur (2016 – 2026)", NOW)).toBe(
      10,
    );
    expect(yearsFromDates("Permis B. Anglais courant.", NOW)).toBeNull();
  });

  it("keeps only the duration: the redacted CV has no year left", () => {
    const cv = prepareCv({ id: "x", text: "Jeanne Martin\nComptable (2019 – aujourd'hui)" }, NOW);
    expect(cv.yearsFromDates).toBe(7.9);
    expect(cv.text).not.toContain("2019");
  });
});

describe("requirement patterns", () => {
  it.each(KIND_PATTERNS.map((p) => [p.kind, p] as const))(
    "%s: examples match and counter-examples do not",
    (_, p) => {
      for (const text of p.examples.match)
        expect(text.match(new RegExp(p.re.source, p.re.flags))?.[0]).toBe(text);
      for (const text of p.examples.noMatch)
        expect(new RegExp(p.re.source, p.re.flags).test(text)).toBe(false);
    },
  );
});
