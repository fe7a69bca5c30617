// Personal data in what we release. Which data matters depends on the text kind:
// - summaries, rationales, interview questions, free text: the text should hold skills and experience only
//   (SC-14, DP-02), so identifiers, contact details, addresses, birth dates and body descriptions are found;
// - job ads: the employer's own contact details and workplace address are expected; a NIR, bank details,
//   a birth date or a body description are not;
// - documents (a CV, a letter the candidate sent): contact details are expected there, so only a NIR or
//   bank details matter, reported under PD-07 for review (redact before storing or processing: they must
//   not be kept before hiring, IQ-11, DP-02), never blocking the candidate's own file.
// A NIR or IBAN whose check digits fail is reported under PD-01b / PD-02b (review): it may be another
// number of the same shape. Person names are not findings: a summary is about a named candidate; they
// are pseudonymised before any outside model sees the text.
import type { Criterion, Finding, Severity, TextKind } from "../../core/contract.js";
import { reason } from "../../core/reasons.js";
import { detectPersonalData, type PiiSpan, type PiiType } from "../../core/recognizers/pii/detect.js";
import { PHYSICAL } from "../../core/recognizers/pii/patterns.js";
import type { Detector, DetectorResult, GuardInput } from "../types.js";

/** Every rule id this detector can emit; the policy packs must define each one. */
export const PII_RULES = [
  "PD-01",
  "PD-01b",
  "PD-02",
  "PD-02b",
  "PD-03",
  "PD-04",
  "PD-05",
  "PD-06",
  "PD-07",
] as const;

const BASE = ["C. trav. L1221-6", "RGPD art. 5(1)(c)", "CNIL guide du recrutement 2023"];

interface RuleDef {
  rule: string;
  criteria: Criterion[];
  severity: Severity;
  legalBasis: string[];
  suggestion: string;
  what: string;
}

const RULES: Record<Exclude<PiiType, "person"> | "physical", RuleDef> = {
  nir: {
    rule: "PD-01",
    criteria: ["personal_data"],
    severity: "block",
    legalBasis: [...BASE, "RGPD art. 87", "CNIL délibération 2019-160 (NIR)"],
    suggestion: "Supprimer le numéro de sécurité sociale : il ne se collecte qu'après l'embauche.",
    what: "numéro de sécurité sociale (NIR)",
  },
  iban: {
    rule: "PD-02",
    criteria: ["personal_data", "bank_domiciliation"],
    severity: "block",
    legalBasis: [...BASE, "C. trav. L1132-1"],
    suggestion: "Supprimer les coordonnées bancaires : elles ne se collectent qu'après l'embauche.",
    what: "coordonnées bancaires (IBAN)",
  },
  email: {
    rule: "PD-03",
    criteria: ["personal_data"],
    severity: "review",
    legalBasis: BASE,
    suggestion: "Retirer les coordonnées : la synthèse ne porte que sur les compétences et l'expérience.",
    what: "adresse e-mail",
  },
  phone: {
    rule: "PD-03",
    criteria: ["personal_data"],
    severity: "review",
    legalBasis: BASE,
    suggestion: "Retirer les coordonnées : la synthèse ne porte que sur les compétences et l'expérience.",
    what: "numéro de téléphone",
  },
  address: {
    rule: "PD-04",
    criteria: ["personal_data", "residence"],
    severity: "review",
    legalBasis: [...BASE, "C. trav. L1132-1"],
    suggestion: "Retirer l'adresse ; si la mobilité compte, parler du temps de trajet ou des déplacements.",
    what: "adresse postale",
  },
  birth_date: {
    rule: "PD-05",
    criteria: ["personal_data", "age"],
    severity: "block",
    legalBasis: [...BASE, "C. trav. L1132-1"],
    suggestion: "Supprimer la date de naissance.",
    what: "date de naissance",
  },
  physical: {
    rule: "PD-06",
    criteria: ["personal_data", "physical_appearance"],
    severity: "block",
    legalBasis: [...BASE, "C. trav. L1132-1", "RGPD art. 9"],
    suggestion: "Supprimer la photo ou la description physique, sans lien avec l'emploi.",
    what: "photo ou description physique",
  },
};

type RuleKey = keyof typeof RULES;

const WANTED: Record<TextKind, ReadonlySet<RuleKey>> = {
  candidate_summary: new Set<RuleKey>(["nir", "iban", "email", "phone", "address", "birth_date", "physical"]),
  screening_rationale: new Set<RuleKey>([
    "nir",
    "iban",
    "email",
    "phone",
    "address",
    "birth_date",
    "physical",
  ]),
  interview_questions: new Set<RuleKey>([
    "nir",
    "iban",
    "email",
    "phone",
    "address",
    "birth_date",
    "physical",
  ]),
  free_text: new Set<RuleKey>(["nir", "iban", "email", "phone", "address", "birth_date", "physical"]),
  job_ad: new Set<RuleKey>(["nir", "iban", "birth_date", "physical"]),
  document: new Set<RuleKey>(["nir", "iban"]),
};

function ruleId(
  input: GuardInput,
  def: RuleDef,
  valid: boolean | undefined,
): { rule: string; severity: Severity } {
  if (input.kind === "document") return { rule: "PD-07", severity: "review" };
  if (valid === false) return { rule: `${def.rule}b`, severity: "review" };
  return { rule: def.rule, severity: def.severity };
}

function finding(
  input: GuardInput,
  key: RuleKey,
  start: number,
  end: number,
  valid: boolean | undefined,
): Finding {
  const def = RULES[key];
  const { rule, severity } = ruleId(input, def, valid);
  const checksum =
    valid === undefined
      ? ""
      : valid
        ? " (clé de contrôle valide)"
        : " (clé de contrôle invalide : peut-être un autre numéro)";
  return {
    guard: "pii",
    rule,
    criteria: [...def.criteria],
    severity,
    start,
    end,
    evidence: input.text.slice(start, end),
    legalBasis: [...def.legalBasis],
    suggestion: def.suggestion,
    explanation: reason("pii.found", { x: `${def.what}${checksum}`, kind: input.kind }),
  };
}

export function detectPii(input: GuardInput): DetectorResult {
  const wanted = WANTED[input.kind];
  const findings: Finding[] = [];
  const notes: string[] = [];
  let unsure = false;
  const spans: PiiSpan[] = detectPersonalData(input.text);
  for (const s of spans) {
    if (s.type === "person") continue;
    if (!wanted.has(s.type)) continue;
    if (s.valid === false) unsure = true;
    findings.push(finding(input, s.type, s.start, s.end, s.valid));
  }
  if (wanted.has("physical"))
    for (const m of input.text.matchAll(PHYSICAL))
      findings.push(finding(input, "physical", m.index, m.index + m[0].length, undefined));
  const people = spans.filter((s) => s.type === "person").length;
  if (people > 0)
    notes.push(`${people} mention(s) de personne : à pseudonymiser avant tout envoi à un modèle externe`);
  if (unsure) notes.push("numéro dont la clé de contrôle est invalide : faux positif possible");
  findings.sort((a, b) => a.start - b.start);
  return { findings, certainty: unsure ? "unsure" : "sure", notes };
}

export const piiDetector: Detector = {
  guard: "pii",
  name: "pii-detector",
  detect: detectPii,
};
