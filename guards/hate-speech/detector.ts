// The hate-speech detector (loi du 29 juillet 1881, French and English): lexicons and patterns over a
// normalised text, with spans mapped back to the original. Pure and deterministic; no model.
import type { Finding, TextKind } from "../../core/contract.js";
import { reason } from "../../core/reasons.js";
import type { Certainty, Detector, DetectorResult, GuardInput } from "../types.js";
import { read } from "./analyse.js";
import { confidenceOf, pathOf } from "./confidence.js";
import { decide, type Hit } from "./decide.js";
import type { Match } from "./lexicon.js";
import { ruleFor, SUGGESTION } from "./rules.js";

export interface HateAnalysis {
  hateful: boolean;
  result: DetectorResult;
  hits: Hit[];
}

function quote(text: string, words: ReturnType<typeof read>["words"], m: Match): string {
  return text.slice(words[m.i]!.s, words[m.j - 1]!.e);
}

function explain(text: string, hit: Hit, words: ReturnType<typeof read>["words"]): string {
  const targets = hit.sentence.targets.map((t) =>
    reason(t.inherited ? "hate.targetByReference" : "hate.target", {
      x: quote(text, words, t.match),
      criterion: t.criterion,
    }),
  );
  const attacks = hit.attacks.map((a) => reason(`hate.attack.${a.kind}`, { x: quote(text, words, a.match) }));
  const repaired = words
    .slice(hit.sentence.a, hit.sentence.b)
    .filter((w) => w.repairedFrom !== undefined)
    .map((w) => `${w.repairedFrom}→${w.norm}`);
  const spelling =
    repaired.length > 0 ? reason("hate.spelling", { x: [...new Set(repaired)].join(", ") }) : "";
  return `${reason("hate.rules", { targets: [...new Set(targets)].join(", "), attacks: [...new Set(attacks)].join(", ") })}${spelling}`;
}

const WHY_NOT: Readonly<Record<string, string>> = {
  counter: "counter-speech: the statement is quoted or reported to condemn it",
  reported: "reported or quoted speech without condemnation",
  negated: "the attack is negated",
};

/** Reads the text once and returns both the verdict-ready result and the raw hits (for evaluation). */
export function analyseHate(text: string, kind: TextKind = "free_text"): HateAnalysis {
  const reading = read(text);
  const hits = decide(reading);
  const { confidence, unsure } = confidenceOf(pathOf(reading, hits));
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const hit of hits) {
    if (hit.outcome !== "hate") {
      notes.push(`${WHY_NOT[hit.outcome] ?? hit.outcome}: "${text.slice(hit.s, hit.e)}"`);
      continue;
    }
    const { rule, legalBasis } = ruleFor(hit.offence, kind);
    findings.push({
      guard: "hate_speech",
      rule,
      criteria: hit.criteria,
      severity: "block",
      start: hit.s,
      end: hit.e,
      evidence: text.slice(hit.s, hit.e),
      legalBasis,
      suggestion: SUGGESTION[hit.offence],
      explanation: explain(text, hit, reading.words),
      confidence,
      unsure,
    });
  }
  const cleared = reading.sentences.flatMap((s) => s.clearedSlurs);
  if (cleared.length > 0 && findings.length === 0)
    notes.push(
      `slur read as homonym or reclaimed use: ${cleared.map((m) => `"${quote(text, reading.words, m)}"`).join(", ")}`,
    );
  const certainty: Certainty = unsure ? "unsure" : "sure";
  return { hateful: findings.length > 0, result: { findings, certainty, confidence, notes }, hits };
}

// One reading at load compiles the remaining regexes and warms the hot paths, so the first real text is
// as fast as the next (otherwise ~20 ms).
analyseHate("Warm-up: les réfugiés 🙂 don't hate @x http://a.b « quote » I h4te m u s l i m s?");

export const hateSpeechDetector: Detector = {
  guard: "hate_speech",
  name: "hate-speech-rules",
  detect: (input: GuardInput): DetectorResult => analyseHate(input.text, input.kind).result,
};
