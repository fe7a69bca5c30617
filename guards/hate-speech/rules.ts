// The detector's own rule table (French law, section F of the rule base). The engine replaces severity and
// legal basis with the policy of the run's jurisdiction; these are the defaults when no policy is loaded.
import type { TextKind } from "../../core/contract.js";
import type { Offence } from "./decide.js";

export type HateRuleId = "HS-01" | "HS-02" | "HS-03" | "HS-04";

/** Texts that stay between the employer and one person or inside the company: R625-7 to R625-8-1, not art. 24-33. */
const NON_PUBLIC_KINDS: ReadonlySet<TextKind> = new Set<TextKind>([
  "screening_rationale",
  "candidate_summary",
  "interview_questions",
]);

const PUBLIC_RULE: Readonly<Record<Offence, HateRuleId>> = {
  incitement: "HS-01",
  defamation: "HS-02",
  insult: "HS-03",
};

export const LEGAL_BASIS: Readonly<Record<HateRuleId, readonly string[]>> = {
  "HS-01": [
    "Loi du 29 juillet 1881, art. 24 al. 7 et 8 (provocation à la discrimination, à la haine ou à la violence)",
  ],
  "HS-02": ["Loi du 29 juillet 1881, art. 32 al. 2 et 3 (diffamation publique)"],
  "HS-03": ["Loi du 29 juillet 1881, art. 33 al. 3 et 4 (injure publique)"],
  "HS-04": [
    "C. pén. R625-7 (provocation non publique)",
    "C. pén. R625-8 (diffamation non publique)",
    "C. pén. R625-8-1 (injure non publique)",
  ],
};

const NON_PUBLIC_ARTICLE: Readonly<Record<Offence, string>> = {
  incitement: "C. pén. R625-7 (provocation non publique)",
  defamation: "C. pén. R625-8 (diffamation non publique)",
  insult: "C. pén. R625-8-1 (injure non publique)",
};

export const SUGGESTION: Readonly<Record<Offence, string>> = {
  incitement:
    "Supprimer l'appel à la violence, à l'exclusion ou à la discrimination ; aucun texte ne peut viser un groupe protégé.",
  defamation:
    "Supprimer l'imputation visant un groupe protégé ; décrire des faits individuels vérifiables et liés au poste.",
  insult:
    "Supprimer l'insulte ou le terme méprisant ; s'en tenir aux compétences et aux faits professionnels.",
};

export function ruleFor(offence: Offence, kind: TextKind): { rule: HateRuleId; legalBasis: string[] } {
  if (NON_PUBLIC_KINDS.has(kind)) return { rule: "HS-04", legalBasis: [NON_PUBLIC_ARTICLE[offence]] };
  const rule = PUBLIC_RULE[offence];
  return { rule, legalBasis: [...LEGAL_BASIS[rule]] };
}
