import { afterEach, describe, expect, it } from "vitest";
import { checkFaithfulness } from "./check.js";
import { type ClassifierFile, classify, currentClassifier, useClassifier } from "./classifier.js";
import { MODEL_FEATURES } from "./classifier-training.js";
import { assessFaithfulness } from "./detector.js";
import { FEATURE_NAMES } from "./features.js";
import { bestThreshold, type Example, fitLogistic, leaveOneGroupOut, score } from "./logistic.js";

const CV_EN = `Amira Haddad — Payroll specialist, 7 years of experience.
2021 – 2025: payroll specialist at Deloitte (Lyon office), payroll for 1,200 employees on SAP HCM.
2018 – 2021: payroll assistant at Randstad. Monthly payslips, social declarations (DSN).
Education: Bachelor's degree in accounting, Université Lumière Lyon 2 (2018).
Languages: French (native), English (C1), Arabic (fluent).
She did not manage a team. Tools: SAP HCM, Excel, Silae.`;

const CV_FR = `Thomas Lefèvre — Technicien de maintenance industrielle
2019 – 2025 : technicien de maintenance chez Michelin (Clermont-Ferrand), maintenance préventive et curative
sur des lignes de production, 3x8. Habilitations électriques B1V et BR.
2016 – 2019 : électromécanicien chez Schneider Electric (Grenoble).
Formation : BTS Maintenance des systèmes (2016). Permis B. Anglais : notions.
Il n'a pas d'expérience en robotique.`;

const raised = (text: string, sources: string[]) =>
  assessFaithfulness({ text, kind: "candidate_summary", jurisdiction: "FR", sources }).result.findings.filter(
    (f) => f.severity !== "warn",
  );

afterEach(() => useClassifier(SHIPPED));
const SHIPPED = currentClassifier();

describe("negation needs a verb context", () => {
  it("does not read « N° » as « n' »", () => {
    expect(checkFaithfulness("X4RTBPFW4", ["N° du document : X4RTBPFW4"]).issues).toEqual([]);
    expect(checkFaithfulness("X4RTBPFW4", ["N° X4RTBPFW4"]).issues).toEqual([]);
    expect(checkFaithfulness("Document X4RTBPFW4", ["N° du document X4RTBPFW4"]).issues).toEqual([]);
    expect(checkFaithfulness("N° X4RTBPFW4", ["Document X4RTBPFW4"]).issues).toEqual([]);
    expect(checkFaithfulness("Dossier No. 5 complet.", ["Dossier No. 5 complet."]).issues).toEqual([]);
  });
  it("still reads real negations, with or without the apostrophe", () => {
    const added = checkFaithfulness("Il n est pas habilité B1V.", [CV_FR]).issues;
    expect(added.some((i) => i.rule === "HA-06")).toBe(true);
    const removed = checkFaithfulness("Il a de l'expérience en robotique.", [CV_FR]).issues;
    expect(removed.some((i) => i.rule === "HA-06")).toBe(true);
    expect(checkFaithfulness("She managed a team.", [CV_EN]).issues.some((i) => i.rule === "HA-06")).toBe(
      true,
    );
  });
});

describe("faithful paraphrases of a CV pass (new wordings)", () => {
  it.each([
    "Amira Haddad has worked in payroll for seven years, first at Randstad as an assistant, then at Deloitte in Lyon since 2021.",
    "At Deloitte she runs the payroll of about 1,200 employees on SAP HCM.",
    "She holds a bachelor's in accounting from Université Lumière Lyon 2, obtained in 2018.",
    "Her English is at C1 level and she is fluent in Arabic; French is her mother tongue.",
    "She has no team management experience. She uses SAP HCM, Silae and Excel.",
  ])("%s", (text) => {
    expect(raised(text, [CV_EN])).toEqual([]);
  });
  it.each([
    "Thomas Lefèvre est technicien de maintenance chez Michelin à Clermont-Ferrand depuis 2019.",
    "Il assure la maintenance préventive et curative de lignes de production en 3x8.",
    "Auparavant, il a été électromécanicien chez Schneider Electric à Grenoble de 2016 à 2019.",
    "Titulaire d'un BTS Maintenance des systèmes (2016), il possède les habilitations B1V et BR et le permis B.",
    "Il n'a pas d'expérience en robotique et a des notions d'anglais.",
    "Amira Haddad est gestionnaire de paie chez Deloitte à Lyon depuis 2021.",
  ])("%s", (text) => {
    expect(raised(text, [CV_FR, CV_EN])).toEqual([]);
  });
});

describe("invented facts are still caught with the classifier on", () => {
  it.each([
    ["She has managed payroll for 3,000 employees at Deloitte.", "3,000"],
    ["She holds a master's degree in accounting.", "master"],
    ["She previously worked at Adecco.", "Adecco"],
    ["Il est habilité BR et H2V.", "H2V"],
  ])("%s", (text, evidence) => {
    expect(raised(text, [CV_EN, CV_FR]).some((f) => f.evidence.includes(evidence))).toBe(true);
  });
});

describe("the classifier", () => {
  it("ships weights for known features, with a cross-validated record", () => {
    const m = SHIPPED!;
    expect(m).toBeDefined();
    expect(m.features).toEqual([...MODEL_FEATURES]);
    for (const f of m.features) expect(FEATURE_NAMES).toContain(f);
    expect(m.weights).toHaveLength(m.features.length);
    expect(m.threshold).toBeGreaterThan(0);
    expect(m.threshold).toBeLessThan(1);
    expect(Object.keys(m.crossValidated.byDomain).length).toBeGreaterThanOrEqual(8);
  });
  it("is deterministic", () => {
    const r = checkFaithfulness("She worked at Deloitte on SAP HCM since 2021.", [CV_EN]);
    expect(classify(r)).toEqual(classify(r));
  });
  it("is not applied to French texts (it learnt from English)", () => {
    const a = assessFaithfulness({
      text: "Il travaille chez Michelin depuis 2019.",
      kind: "candidate_summary",
      jurisdiction: "FR",
      sources: [CV_FR],
    });
    expect(a.verdict).toBeUndefined();
  });
  it("reports the least supported claim when it is confident and no rule pointed at a fact", () => {
    const eager: ClassifierFile = {
      ...SHIPPED!,
      mean: SHIPPED!.features.map(() => 0),
      std: SHIPPED!.features.map(() => 1),
      weights: SHIPPED!.features.map((f) => (f === "unsupported_no_synonym" ? 5 : 0)),
      bias: -2,
      threshold: 0.5,
      unsureMargin: 0.1,
    };
    useClassifier(eager);
    const text =
      "Amira Haddad is a payroll specialist at Deloitte in Lyon and she uses SAP HCM, Excel and Silae for the payroll of the Lyon office, with a keen eye.";
    const a = assessFaithfulness({ text, kind: "candidate_summary", jurisdiction: "FR", sources: [CV_EN] });
    expect(a.verdict?.confident).toBe(true);
    const f = a.result.findings.find((x) => x.explanation?.includes("classifieur"));
    expect(f).toBeDefined();
    // The source is a CV (dated lines): the claim checks read every checkable fact, so the classifier's
    // guess on a sentence with none that failed is at most a warning.
    expect(f!.rule).toBe("HA-07");
    expect(f!.severity).toBe("warn");
    expect(text.slice(f!.start, f!.end)).toBe(f!.evidence);
    expect(f!.evidence).toContain("keen");
    expect(a.result.certainty).toBe("unsure");
    // On prose sources (news, dialogues: what it learnt on) the guess goes to a person.
    const prose = CV_EN.replace(/\b(?:19|20)\d\d\b/g, "");
    const b = assessFaithfulness({ text, kind: "candidate_summary", jurisdiction: "FR", sources: [prose] });
    const g = b.result.findings.find((x) => x.explanation?.includes("classifieur"));
    expect(["HA-05", "HA-06"]).toContain(g?.rule);
    expect(g?.severity).toBe("review");
  });
  it("marks scores near the threshold as unsure (the judge decides) without a finding of its own", () => {
    const text = "She works at Deloitte and she uses SAP HCM for the payroll.";
    const r = checkFaithfulness(text, [CV_EN]);
    const s = classify(r)!.score;
    useClassifier({ ...SHIPPED!, threshold: s - 0.01, unsureMargin: 0.05 });
    const a = assessFaithfulness({
      text,
      kind: "candidate_summary",
      jurisdiction: "FR",
      sources: [CV_EN],
    });
    expect(a.verdict?.unsure).toBe(true);
    expect(a.result.certainty).toBe("unsure");
    expect(a.result.findings).toEqual([]);
  });
});

describe("logistic regression and leave-one-group-out", () => {
  const toy: Example[] = [];
  for (let g = 0; g < 4; g++)
    for (let i = 0; i < 40; i++) {
      const y = i % 2 === 0;
      toy.push({ group: `g${g}`, x: [(y ? 1 : -1) + ((i * 7) % 5) / 10 - 0.2, (i % 3) / 3], y });
    }
  it("learns a separable problem", () => {
    const m = fitLogistic(
      ["a", "b"],
      toy.map((e) => e.x),
      toy.map((e) => e.y),
    );
    const s = toy.map((e) => score(m, e.x));
    const t = bestThreshold(
      s,
      toy.map((e) => e.y),
    );
    expect(toy.every((e, i) => s[i]! >= t === e.y)).toBe(true);
  });
  it("chooses each held-out group's threshold without its labels", () => {
    const a = leaveOneGroupOut(["a", "b"], toy);
    const flipped = toy.map((e) => (e.group === "g0" ? { ...e, y: !e.y } : e));
    const b = leaveOneGroupOut(["a", "b"], flipped);
    expect(b.groups.find((g) => g.group === "g0")!.threshold).toBe(
      a.groups.find((g) => g.group === "g0")!.threshold,
    );
    expect(b.oof.slice(0, 40)).toEqual(a.oof.slice(0, 40));
  });
});
