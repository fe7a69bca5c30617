import { describe, expect, it } from "vitest";
import type { GuardInput } from "../types.js";
import { analyseHate, hateSpeechDetector } from "./detector.js";
import { PROBE_CASES } from "./probe-cases.js";

const input = (text: string, over: Partial<GuardInput> = {}): GuardInput => ({
  text,
  kind: "job_ad",
  jurisdiction: "FR",
  ...over,
});

describe("hate-speech detector, functionality by functionality", () => {
  it.each(PROBE_CASES.map((c) => [c.lang, c.functionality, c.hateful, c.text] as const))(
    "%s %s (hateful=%s): %s",
    (_lang, _functionality, hateful, text) => {
      expect(analyseHate(text).hateful).toBe(hateful);
    },
  );
});

describe("findings", () => {
  it("spans are UTF-16 offsets into the original text, whatever the spelling tricks", () => {
    const texts = [
      "🙂🙂 Ok. J3 d3teste les m u s u l m a n s !!",
      "Résumé: « les réfugiés sont de la vermine » — écrit par lui-même, 🤬 mais Les Roms sont des rats.",
      "Honestly 👍🏽 f.a.g.s everywhere",
      "I h4aaaate womennn",
      "Trop debicots dans ce pays.",
    ];
    for (const text of texts) {
      const { findings } = hateSpeechDetector.detect(input(text));
      expect(findings.length, text).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.evidence).toBe(text.slice(f.start, f.end));
        expect(f.start).toBeLessThan(f.end);
      }
    }
  });

  it("covers the target and the predicate, not the whole text", () => {
    const text = "Bonjour à tous. Les juifs sont des parasites. Merci de votre attention.";
    const [f] = hateSpeechDetector.detect(input(text)).findings;
    expect(f?.evidence).toBe("juifs sont des parasites");
    expect(f?.criteria).toEqual(["origin"]);
  });

  it("names the offence: threat → HS-01, imputed behaviour → HS-02, insult → HS-03", () => {
    const rule = (text: string) => hateSpeechDetector.detect(input(text)).findings[0]?.rule;
    expect(rule("Il faut expulser tous les musulmans.")).toBe("HS-01");
    expect(rule("Immigrants are criminals.")).toBe("HS-02");
    expect(rule("Les femmes sont des pourritures.")).toBe("HS-03");
  });

  it("uses HS-04 and the R625 articles for non-public texts such as recruiter notes", () => {
    const [f] = hateSpeechDetector.detect(
      input("Candidate is a dyke, reject.", { kind: "screening_rationale" }),
    ).findings;
    expect(f?.rule).toBe("HS-04");
    expect(f?.criteria).toEqual(["sexual_orientation"]);
    expect(f?.legalBasis.join(" ")).toContain("R625-8-1");
  });

  it("maps each protected ground to its contract criterion", () => {
    const criteria = (text: string) =>
      hateSpeechDetector.detect(input(text)).findings.flatMap((f) => f.criteria);
    expect(criteria("Trans people are freaks.")).toEqual(["gender_identity"]);
    expect(criteria("Les handicapés sont des déchets.")).toEqual(["disability"]);
    expect(criteria("Les musulmans sont de la vermine.")).toEqual(["religion"]);
    expect(criteria("Women are vermin.")).toEqual(["sex"]);
  });

  it("explains what matched, including a spelling it repaired", () => {
    const [f] = hateSpeechDetector.detect(input("I haet immigrants")).findings;
    expect(f?.explanation).toContain('"immigrants" (origin)');
    expect(f?.explanation).toContain("haet→hate");
  });
});

describe("certainty", () => {
  it("is sure for an explicit slur and for a clean text", () => {
    expect(hateSpeechDetector.detect(input("Too many faggots around here.")).certainty).toBe("sure");
    expect(hateSpeechDetector.detect(input("Nous recrutons un comptable (H/F).")).certainty).toBe("sure");
  });

  it("is unsure where a group is named and the verdict rests on a report, a negation or no attack read", () => {
    // The paths and their confidence come from calibration.yaml (npx tsx evals/guards/hate-calibrate.ts).
    for (const text of [
      "He said that Muslims are scum.",
      "I don't think that women are stupid.",
      "Les Moldaves ont encore raté le coche.",
    ]) {
      const result = hateSpeechDetector.detect(input(text));
      expect(result.certainty, text).toBe("unsure");
      expect(result.confidence).toBeLessThan(0.97);
    }
    const sure = hateSpeechDetector.detect(input("Too many faggots around here."));
    expect(sure.confidence).toBeGreaterThan(0.97);
    expect(sure.findings.every((f) => f.unsure === false && f.confidence === sure.confidence)).toBe(true);
  });

  it("says why a mention was not flagged", () => {
    const { findings, notes } = hateSpeechDetector.detect(
      input("Saying that refugees are vermin is disgusting and racist."),
    );
    expect(findings).toEqual([]);
    expect(notes?.join(" ")).toContain("counter-speech");
  });
});

describe("determinism and speed", () => {
  it("gives the same result for the same input", () => {
    const text = "Les r3fugiés sont un canc3r. Je ne déteste pas les femmes. « Mort aux juifs » est ignoble.";
    const first = JSON.stringify(hateSpeechDetector.detect(input(text)));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(hateSpeechDetector.detect(input(text)))).toBe(first);
  });
});
