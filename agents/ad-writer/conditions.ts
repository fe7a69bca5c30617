// An ad must not promise what the recruiter did not: a salary, a benefit or a working condition the brief
// does not give is dropped from the draft, whoever wrote it (a model may "helpfully" add a salary range or
// meal vouchers; publishing them would bind the employer to terms nobody agreed).
import { foldText } from "../../core/text/fold.js";

const CONDITION_TERMS =
  /(?:salaire|rémunération|€|\beuros?\b|\bk€|\bbrut\b|\bnet\b|\bprimes?\b|mutuelle|tickets?[- ]restaurants?|titres?[- ]restaurants?|télétravail|\bRTT\b|13e mois|treizième mois|intéressement|participation aux bénéfices|véhicule de fonction|voiture de fonction|\bhoraires?\b|week-ends?|astreintes?|comité d'entreprise|\bCSE\b|avantages?|congés|\bcantine\b|restaurant d'entreprise|logement|\d+\s*h\s*(?:\/|par)\s*semaine|\d+\s*heures)/giu;

const fold = (s: string) => foldText(s).replace(/\s+/gu, " ");

/** Numbers as written, spaces inside them dropped ("1 900" and "1900" are the same amount). */
function numbersOf(text: string): string[] {
  return [...text.matchAll(/\d[\d\s.,]*\d|\d/gu)].map((m) => m[0].replace(/[\s.]/gu, "").replace(",", "."));
}

/** The condition terms and figures of `sentence` the brief does not give. */
export function ungivenConditions(sentence: string, brief: string): string[] {
  const terms = [...sentence.matchAll(CONDITION_TERMS)].map((m) => m[0]);
  if (terms.length === 0) return [];
  const folded = fold(brief);
  const briefNumbers = new Set(numbersOf(brief));
  const missingTerms = terms.filter((t) => !folded.includes(fold(t)));
  const missingNumbers = numbersOf(sentence).filter((n) => !briefNumbers.has(n));
  return [...missingTerms, ...missingNumbers];
}

/** The ad without the lines (or sentences within a line) that state a condition the brief does not give. */
export function withoutUngivenConditions(ad: string, brief: string): string {
  return ad
    .split("\n")
    .map((line) =>
      line
        .split(/(?<=[.!?])\s+/u)
        .filter((sentence) => ungivenConditions(sentence, brief).length === 0)
        .join(" "),
    )
    .filter((line, i, lines) => line.trim().length > 0 || (lines[i - 1] ?? "").trim().length > 0)
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
