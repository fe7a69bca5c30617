// The discrimination detector: lexicons per criterion (lexicon.ts) found on folded text (core/text/fold.ts),
// each match judged in its sentence (context.ts) as a demand, a use or a mere mention. Deterministic and
// pure; all patterns are compiled at module load. "unsure" is returned when a criterion word was seen but
// its role could not be settled: in JUDGE_MODE=auto that is what calls the model judge.

import type { Criterion, Finding } from "../../core/contract.js";
import { reason } from "../../core/reasons.js";
import { fold, originalSpan } from "../../core/text/fold.js";
import { matchesOf } from "../../core/text/matches.js";
import type { Detector, DetectorResult, GuardInput } from "../types.js";
import { type Decision, decide, useFor } from "./context.js";
import { anyLawfulFrame, JOB_REASON, sentenceFrame, type TextFrames, textFrames } from "./frames.js";
import { LEXICON, type LexEntry, type Use } from "./lexicon.js";
import { BOTH_SEXES, WORK_AUTHORISATION } from "./markers.js";
import { AD_BY_CRITERION, defaultSeverity, IQ_BY_CRITERION } from "./rules.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { oneSexTitles } from "./titles.js";

/** Below this confidence a verdict or a finding is in the unsure band: the judge decides it when configured. */
export const UNSURE_BELOW = 0.7;
const REJECTION_WITHOUT_REASON = 0.5;
const LAWFUL_CONTEXT = 0.6;
/** A text where no criterion word was seen at all. */
const CLEAN = 0.97;

// "JH", "jeune femme" name one sex by themselves: a "(H/F)" next to them does not make them neutral.
const ONE_SEX_DEMAND =
  /uniquement|seulement|exclusivement|only|prefer|souhait|exig|obligatoire|requis|de sexe|^j[hf]$|jeunes? (?:homme|femme|fille)s?/i;

interface Candidate {
  entry: LexEntry;
  start: number;
  end: number;
  criteria: Criterion[];
}

function ruleFor(entry: LexEntry, use: Use, criteria: Criterion[]): string {
  const first = criteria[0] ?? "personal_data";
  switch (use) {
    case "question":
      return entry.iq ?? IQ_BY_CRITERION[first];
    case "rationale":
      return entry.sc ?? "SC-01";
    case "summary":
      return entry.summary ?? "SC-14";
    default:
      return entry.ad ?? AD_BY_CRITERION[first];
  }
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Criteria a match really names in its sentence: "(H/F)" removes sex, a work-permit route removes origin. */
function effectiveCriteria(candidate: Candidate, sentence: Sentence, text: string): Criterion[] {
  let criteria = candidate.criteria;
  const byMatch = candidate.entry.criteriaByMatch;
  if (byMatch) {
    const named = text.slice(candidate.start, candidate.end);
    criteria = byMatch.filter(([re]) => re.test(named)).map(([, c]) => c);
  }
  if (
    (candidate.entry.label === "sex.terms" || candidate.entry.label === "sex.civility") &&
    BOTH_SEXES.test(sentence.text)
  )
    criteria = [];
  if (candidate.entry.label === "origin.nationality" && WORK_AUTHORISATION.test(sentence.text)) criteria = [];
  return criteria;
}

function collect(
  text: string,
  sentences: Sentence[],
  kind: GuardInput["kind"],
  frames: TextFrames,
): Candidate[] {
  const found: Candidate[] = [];
  // Person-only entries can only count in a question, a rationale or a summary: skip them (and their cost)
  // in an ad or a document that asks the reader nothing and turns nobody down.
  const personPossible =
    kind === "interview_questions" ||
    kind === "screening_rationale" ||
    kind === "candidate_summary" ||
    frames.rejection !== null ||
    sentences.some((s) => s.question && s.addressed);
  for (const entry of LEXICON) {
    if (entry.personOnly && !personPossible) continue;
    for (const m of matchesOf(entry.re, text)) {
      if (m[0].length === 0) continue;
      if (entry.accept && !entry.accept(m, text)) continue;
      // A person-only entry ("le voile", "blonde") outside its uses must not shadow a shorter match.
      if (entry.personOnly) {
        const sentence = sentenceAt(sentences, m.index);
        if (!sentence || !entry.uses?.includes(useFor(kind, sentence, frames))) continue;
      }
      found.push({ entry, start: m.index, end: m.index + m[0].length, criteria: entry.criteria });
    }
  }
  // Explicit wording first, then the longest match: "jeune homme" wins over "homme".
  found.sort(
    (a, b) =>
      (a.entry.strength === b.entry.strength ? 0 : a.entry.strength === "explicit" ? -1 : 1) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of found) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

export function detectDiscrimination(input: GuardInput): DetectorResult {
  const folded = fold(input.text, { inclusive: true });
  const sentences = splitSentences(folded.text);
  const frames = textFrames(folded.text, input.jurisdiction);
  const findings: Finding[] = [];
  const notes: string[] = [];
  let unsure = false;
  // How sure the text is clean when nothing is found: lowered by every criterion word left undecided.
  let cleanConfidence = CLEAN;

  const push = (
    start: number,
    end: number,
    rule: string,
    criteria: Criterion[],
    explanation: string,
    confidence = 0.95,
  ) => {
    const span = originalSpan(folded, start, end);
    findings.push({
      guard: "discrimination",
      rule,
      criteria,
      severity: defaultSeverity(rule),
      start: span.start,
      end: span.end,
      evidence: input.text.slice(span.start, span.end),
      legalBasis: ["C. trav. L1132-1"],
      explanation,
      confidence,
      unsure: confidence < UNSURE_BELOW,
    });
  };

  for (const c of collect(folded.text, sentences, input.kind, frames)) {
    const sentence = sentenceAt(sentences, c.start);
    if (!sentence) continue;
    if (c.entry.uses) {
      const use = decide(c.entry, input.kind, sentence, c.start, c.end - c.start, frames);
      if (use.outcome === "finding" && !c.entry.uses.includes(use.use)) continue;
    }
    const criteria = effectiveCriteria(c, sentence, folded.text);
    const evidence = folded.text.slice(c.start, c.end);
    if (criteria.length === 0 && c.entry.label !== "reserved") {
      notes.push(`«${evidence}»: both sexes or a work-permit route named, not a demand`);
      continue;
    }
    const decision: Decision = decide(c.entry, input.kind, sentence, c.start, c.end - c.start, frames);
    if (decision.outcome === "mention") {
      notes.push(`«${evidence}» (${c.entry.label}) is a mention: ${decision.why}`);
      cleanConfidence = Math.min(cleanConfidence, decision.confidence);
      continue;
    }
    if (decision.outcome === "unsure") {
      unsure = true;
      notes.push(`«${evidence}» (${c.entry.label}) undecided: ${decision.why}`);
      cleanConfidence = Math.min(cleanConfidence, 1 - decision.confidence);
      continue;
    }
    if (decision.claimed) {
      push(
        c.start,
        c.end,
        "AD-23",
        criteria,
        `${c.entry.label} «${evidence}»: ${decision.why}`,
        decision.confidence,
      );
      continue;
    }
    let rule = ruleFor(c.entry, decision.use, criteria);
    // "Femme de chambre (H/F)": a gendered job title with both sexes invited is a warning, not an exclusion.
    if (rule === "AD-02" && BOTH_SEXES.test(sentence.text) && !ONE_SEX_DEMAND.test(evidence)) rule = "AD-02b";
    push(
      c.start,
      c.end,
      rule,
      criteria,
      `${c.entry.label} «${evidence}»: ${decision.why}`,
      decision.confidence,
    );
  }

  if (input.kind === "job_ad")
    for (const hit of oneSexTitles(folded.text)) {
      if (findings.some((f) => f.criteria.includes("sex") && f.rule.startsWith("AD-02"))) break;
      // "Vendeuse en lingerie : essayages par une personne de même sexe (exigence professionnelle)": the
      // title's sex is the exception the sentence claims, a warning for a person to check (AD-23).
      const at = sentenceAt(sentences, hit.start);
      const claimed = at ? sentenceFrame(at.text) : undefined;
      if (claimed?.frame === "role" || frames.role) {
        push(
          hit.start,
          hit.end,
          "AD-23",
          ["sex"],
          reason("discrimination.titleClaimed", { x: hit.title }),
          0.5,
        );
        continue;
      }
      const rule = hit.withHF ? "AD-02b" : "AD-02";
      push(
        hit.start,
        hit.end,
        rule,
        ["sex"],
        reason(hit.withHF ? "discrimination.feminineWithHF" : "discrimination.feminineOnly", {
          x: hit.title,
        }),
      );
    }

  // Someone turned down with no criterion seen and no job-related reason given: words alone cannot say why.
  if (frames.rejection && findings.length === 0 && !JOB_REASON.test(folded.text)) {
    cleanConfidence = Math.min(cleanConfidence, REJECTION_WITHOUT_REASON);
    notes.push(`someone is turned down («${frames.rejection[0].trim()}») with no job-related reason given`);
  }
  let confidence = verdictConfidence(findings, cleanConfidence);
  // A finding in a text that also states a lawful frame (an accommodation, a role, the law's condition, a
  // refused demand, someone moved forward) is where words alone are weakest: the verdict goes to the band,
  // so a configured judge reads it. The findings themselves keep their severity offline.
  if (findings.some((f) => defaultSeverity(f.rule) !== "warn") && lawfulContext(frames, folded.text))
    confidence = Math.min(confidence, LAWFUL_CONTEXT);
  if (confidence < UNSURE_BELOW) unsure = true;
  return { findings, certainty: unsure ? "unsure" : "sure", confidence, notes };
}

function lawfulContext(frames: TextFrames, text: string): boolean {
  if (frames.accommodation || frames.refused || frames.role || frames.selfIdentification || frames.advanced)
    return true;
  return anyLawfulFrame(text);
}

/**
 * The detector's confidence that its verdict on the text is right: for a flagged text, that of its surest
 * finding above a warning; for a clean text, lowered by the criterion words it left undecided or cleared.
 */
function verdictConfidence(findings: readonly Finding[], clean: number): number {
  const serious = findings.filter((f) => defaultSeverity(f.rule) !== "warn");
  if (serious.length === 0) return clean;
  return Math.max(...serious.map((f) => f.confidence ?? 0.95));
}

export const discriminationDetector: Detector = {
  guard: "discrimination",
  name: "discrimination-lexicon-context",
  detect: detectDiscrimination,
};
