// The jurisdiction guard: practices lawful (or usual) in one jurisdiction and not in another. It emits
// one rule id per practice wherever the text is; the engine applies the run's policy, so the same EEO
// self-identification text is dropped in the US (US-01: allow) and blocked in France.
import type { Criterion, Finding } from "../../core/contract.js";
import { reason } from "../../core/reasons.js";
import { fold, originalSpan } from "../../core/text/fold.js";
import { matchesOf } from "../../core/text/matches.js";
import { splitSentences } from "../discrimination/sentences.js";
import type { Detector, DetectorResult, GuardInput } from "../types.js";
import {
  FORM_FIELD,
  JOB_CRITERION,
  LEGAL_DUTY,
  NOT_COLLECTED,
  PRACTICES,
  REQUEST,
  SELF_ID,
  SELF_ID_ITEMS,
  VOLUNTARY,
} from "./patterns.js";

const DEFAULT_SEVERITY: Record<string, Finding["severity"]> = {
  "US-03": "review",
  "CU-01": "review",
  "CU-06": "review",
  "CU-07": "review",
  "CU-08": "review",
  "CU-10": "review",
  "CU-12": "review",
};

/** Every rule id the cultural detector can emit. */
export const CULTURAL_RULES = [...new Set([...PRACTICES.map((p) => p.rule), "US-01", "US-02", "US-03"])];

/**
 * Practices whose pattern reads nothing outside its own match but \b / \B: no look-around, no ^ or $, plain
 * "g" flag. When every sentence has a non-word character (or nothing) on either side, such a pattern
 * matches inside a sentence only if it matches the whole text at the same place, so a whole-text miss
 * means no sentence can match.
 */
const WHOLE_TEXT_TEST = new Set(
  PRACTICES.filter((p) => p.re.flags === "g" && !/\(\?<?[=!]|[\^$]/.test(p.re.source)),
);

const isWordChar = (text: string, i: number): boolean => /\w/.test(text.charAt(i));

export function detectCultural(input: GuardInput): DetectorResult {
  const folded = fold(input.text, { inclusive: true });
  const text = folded.text;
  const sentences = splitSentences(text);
  const findings: Finding[] = [];
  const notes: string[] = [];
  let unsure = false;
  const selfId = SELF_ID.test(text);
  let jobCriterionFound: boolean | undefined;
  const jobCriterion = () => {
    jobCriterionFound ??= JOB_CRITERION.test(text);
    return jobCriterionFound;
  };
  const voluntary = VOLUNTARY.test(text);

  const push = (start: number, end: number, rule: string, criteria: Criterion[], explanation: string) => {
    const span = originalSpan(folded, start, end);
    if (findings.some((f) => f.rule === rule && f.start === span.start)) return;
    findings.push({
      guard: "cultural",
      rule,
      criteria,
      severity: DEFAULT_SEVERITY[rule] ?? "block",
      start: span.start,
      end: span.end,
      evidence: input.text.slice(span.start, span.end),
      legalBasis: ["C. trav. L1221-6"],
      explanation,
    });
  };

  // Most practices appear nowhere in a text: one test on the whole folded text rules them out for every
  // sentence (see WHOLE_TEXT_TEST for when that is exact); the others are matched sentence by sentence.
  const bounded = sentences.every((s) => !isWordChar(text, s.start - 1) && !isWordChar(text, s.end));
  const present = PRACTICES.filter((practice) => {
    if (!bounded || !WHOLE_TEXT_TEST.has(practice)) return true;
    practice.re.lastIndex = 0;
    const found = practice.re.test(text);
    practice.re.lastIndex = 0;
    return found;
  });

  for (const sentence of sentences) {
    // Whole-sentence tests, run once per sentence rather than once per match (a long sentence of
    // repeated matches made them quadratic).
    const once = (re: RegExp) => {
      let answer: boolean | undefined;
      return () => {
        answer ??= re.test(sentence.text);
        return answer;
      };
    };
    const notCollected = once(NOT_COLLECTED);
    const legalDuty = once(LEGAL_DUTY);
    const requested = once(REQUEST);
    for (const practice of present) {
      // exec, not matchAll: matchAll copies the regex on every call, and a text of thousands of short
      // sentences paid that copy for every sentence and practice.
      const re = practice.re;
      re.lastIndex = 0;
      for (let m = re.exec(sentence.text); m !== null; m = re.exec(sentence.text)) {
        if (m[0] === "") re.lastIndex++;
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        const evidence = m[0];
        if (notCollected()) {
          notes.push(`«${evidence}»: named as not collected or not used`);
          continue;
        }
        if (practice.mode === "practice") {
          if (practice.rule === "CU-12" && legalDuty()) {
            notes.push(`«${evidence}» is tied to a legal duty named in the sentence`);
            continue;
          }
          if (practice.rule === "CU-06" && jobCriterion()) {
            notes.push(`«${evidence}» comes with a job criterion`);
            continue;
          }
          push(
            start,
            end,
            practice.rule,
            practice.criteria,
            reason("cultural.practiceNamed", { practice: practice.label, x: evidence }),
          );
          continue;
        }
        // Self-identification items are classified below, from the whole form.
        if (selfId && (practice.rule === "CU-11" || practice.rule === "CU-04")) continue;
        const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        const asked =
          requested() ||
          FORM_FIELD.test(after) ||
          (sentence.question && sentence.addressed) ||
          (input.kind === "interview_questions" && sentence.addressed);
        if (asked) {
          push(
            start,
            end,
            practice.rule,
            practice.criteria,
            reason("cultural.requested", { practice: practice.label, x: evidence }),
          );
        } else {
          unsure = true;
          notes.push(`«${evidence}» (${practice.label}) named but not clearly requested`);
        }
      }
    }
  }

  if (selfId) {
    for (const [re, rule, criteria] of SELF_ID_ITEMS) {
      for (const m of matchesOf(re, text)) {
        const finalRule = rule === "US-01" && !voluntary ? "CU-11" : rule;
        push(
          m.index,
          m.index + m[0].length,
          finalRule,
          criteria,
          reason(
            finalRule === "CU-11"
              ? "cultural.selfIdNotVoluntary"
              : voluntary
                ? "cultural.selfIdVoluntary"
                : "cultural.selfId",
            { x: m[0] },
          ),
        );
      }
    }
  }
  return { findings, certainty: unsure ? "unsure" : "sure", notes };
}

export const culturalDetector: Detector = {
  guard: "cultural",
  name: "cultural-jurisdiction-practices",
  detect: detectCultural,
};
