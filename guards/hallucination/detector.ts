// Faithfulness of a summary, rationale or extraction to its sources. Deterministic and lexical: it finds
// invented numbers, dates, qualifications, employers, skills and language levels reliably, and flags
// negations, antonym swaps and weakly supported sentences for a person or the judge to decide.
import type { Finding, Severity, TextKind } from "../../core/contract.js";
import type { Detector, DetectorResult, GuardInput } from "../types.js";
import { checkFaithfulness, type HallucinationRule, type Issue } from "./check.js";

const LEGAL_BASIS = ["C. trav. L1221-6", "RGPD art. 5(1)(d)", "AI Act art. 13", "AI Act art. 14"];

const SUGGESTIONS: Record<HallucinationRule, string> = {
  "HA-01": "Reprendre le chiffre ou la date exacts des sources, ou les retirer.",
  "HA-02": "Ne citer que les diplômes, écoles et certifications présents dans les sources.",
  "HA-03": "Ne citer que les employeurs, intitulés et noms présents dans les sources.",
  "HA-04": "Ne citer que les compétences et niveaux de langue présents dans les sources.",
  "HA-05": "Appuyer l'affirmation sur un passage des sources ou la retirer.",
  "HA-06": "Rétablir le sens des sources (négation ou terme opposé).",
  "HA-07": "Vérifier que l'affirmation reformule bien les sources.",
};

const INVENTED_FACT = new Set<HallucinationRule>(["HA-01", "HA-02", "HA-03", "HA-04"]);
const ABOUT_A_CANDIDATE = new Set<TextKind>(["candidate_summary", "screening_rationale", "document"]);

/**
 * Texts that are not a record about a candidate (a job ad drafted from a brief, interview questions, free
 * text): an invented fact there is a mistake to review, not a false record about a person, so it is
 * reported under the softer HA-05.
 */
function ruleFor(input: GuardInput, issue: Issue): { rule: HallucinationRule; severity: Severity } {
  if (INVENTED_FACT.has(issue.rule) && !ABOUT_A_CANDIDATE.has(input.kind))
    return { rule: "HA-05", severity: "review" };
  return { rule: issue.rule, severity: issue.severity };
}

export function detectHallucination(input: GuardInput): DetectorResult {
  const sources = (input.sources ?? []).filter((s) => s.trim().length > 0);
  if (sources.length === 0)
    return {
      findings: [],
      certainty: "unsure",
      notes: ["aucune source fournie : fidélité non vérifiable par le détecteur"],
    };
  const report = checkFaithfulness(input.text, sources);
  const findings: Finding[] = report.issues.map((issue) => ({
    guard: "hallucination",
    ...ruleFor(input, issue),
    criteria: [],
    start: issue.start,
    end: issue.end,
    evidence: input.text.slice(issue.start, issue.end),
    legalBasis: [...LEGAL_BASIS],
    suggestion: SUGGESTIONS[ruleFor(input, issue).rule],
    explanation: `hallucination-detector : ${issue.explanation}.`,
  }));
  const borderline = report.claims.filter((c) => c.contentWords >= 3 && c.coverage < 0.65).length;
  const unsure = report.issues.some((i) => !i.sure) || borderline > 0;
  const notes = [`${report.claims.length} affirmation(s) vérifiée(s) contre ${sources.length} source(s)`];
  if (borderline > 0) notes.push(`${borderline} affirmation(s) à couverture lexicale faible`);
  return { findings, certainty: unsure ? "unsure" : "sure", notes };
}

export const hallucinationDetector: Detector = {
  guard: "hallucination",
  name: "hallucination-detector",
  detect: detectHallucination,
};
