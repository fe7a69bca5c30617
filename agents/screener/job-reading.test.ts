import { describe, expect, it } from "vitest";
import { demandedLevel, highestLevel } from "./diploma-levels.js";
import { yearsFromDates } from "./experience-dates.js";
import { analyseJob, meets } from "./requirements.js";

const NOW = new Date("2026-12-01T00:00:00Z");
const labels = (job: string) => analyseJob(job).requirements.map((r) => r.label);

describe("what a job ad demands, whatever its layout", () => {
  it("reads missions named by their actions, without a verb or a heading", () => {
    const read = labels(
      "Peintre en bâtiment H/F\nPréparation des supports et application des enduits. Pose de papier peint.",
    );
    expect(read.join(" | ")).toMatch(/supports/u);
    expect(read.join(" | ")).toMatch(/papier peint/u);
  });

  it("takes a short line as a heading only when it is nothing else", () => {
    const read = labels("Analyst\nNice to have:\n- Experience in credit risk");
    expect(read).toContain("credit risk");
  });

  it("reads a heading inside a line for its own sentence only", () => {
    const job = analyseJob("Comptable unique H/F. Trois ans d'expérience. Outils : Cegid ou EBP.");
    expect(job.requirements.find((r) => r.label === "Cegid ou EBP")?.options).toHaveLength(2);
  });

  it("reads the acronyms of the job's own name as demands, not the company's", () => {
    expect(labels("Soudeur TIG/MIG (H/F) — Le Creusot")).toContain("TIG/MIG");
    expect(labels("Le SAAD du Val recrute des aides à domicile (H/F)")).not.toContain("SAAD");
  });

  it("drops what the ad says it does not ask for", () => {
    const read = labels("Profil : DCG exigé. Anglais non requis. Débutant(e)s accepté(e)s.");
    expect(read).toContain("DCG");
    expect(read.join(" ")).not.toMatch(/anglais|débutant/iu);
  });

  it("keeps an alias in parentheses inside its alternative", () => {
    const [diploma] = analyseJob("Profil : DEAES (ex-DEAVS) ou titre ADVF.").requirements;
    expect(diploma?.options.map((o) => o.text)).toEqual(["DEAES", "ADVF"]);
  });
});

describe("a diploma asked for by its level", () => {
  it("is met by any diploma of that level or above, and not below", () => {
    expect(demandedLevel("university degree")).toBe(6);
    expect(demandedLevel("Bac+2 ou équivalent")).toBe(5);
    expect(demandedLevel("BTS comptabilité")).toBeUndefined();
    expect(highestLevel("BA English Literature, University of Leeds")?.level).toBe(6);
    expect(highestLevel("Master MIAGE (2016)")?.level).toBe(7);
    expect(highestLevel("Vendeuse, mais j'ai mon CAP")?.level).toBe(3);
    const [degree] = analyseJob("Requirements: a university degree.").requirements;
    expect(meets(degree!, "BSc Economics, Warwick")).toBe(true);
    expect(meets(degree!, "BTS NDRC (2020)")).toBe(false);
  });
});

describe("years of work from a CV's dates", () => {
  it("keeps a job's dates on a line that also names a diploma", () => {
    expect(yearsFromDates("Électricien (2021 – aujourd'hui) : tableaux. CAP électricien.", NOW)).toBe(5.9);
    expect(yearsFromDates("Aide-soignante en EHPAD depuis 2020. Diplôme d'État d'aide-soignant.", NOW)).toBe(
      6.9,
    );
    expect(yearsFromDates("BTS MUC, lycée Carnot (2018 – 2020)", NOW)).toBeNull();
  });
});
