// Years of experience, only where the text states them ("5 ans d'expérience", "expérience de 3 ans",
// "depuis 8 ans"). Dates are never used: the redaction has taken every year out (an age proxy, SC-02).

import { FRENCH_SMALL_NUMBERS } from "../../core/lexicon/french.js";
import { foldText as fold } from "../../core/text/fold.js";

const NUMBER_WORDS = FRENCH_SMALL_NUMBERS;
const N = `([0-9]{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
const PLUS = "(?:plus de |au moins |minimum |min\\.? )?";

const STATED = [
  new RegExp(
    `\\b${PLUS}${N}\\s*(?:\\+\\s*)?(?:ans?|annees?)\\s+(?:d'|de\\s+)?(?:experience|exp\\b|pratique)`,
    "gu",
  ),
  new RegExp(
    `\\bexperience\\s+(?:professionnelle\\s+)?(?:de|d'au moins|:)?\\s*${PLUS}${N}\\s*(?:\\+\\s*)?(?:ans?|annees?)\\b`,
    "gu",
  ),
  new RegExp(`\\bdepuis\\s+${PLUS}${N}\\s*(?:ans?|annees?)\\b`, "gu"),
  new RegExp(`\\b(?:minimum|au moins)\\s+${N}\\s*(?:ans?|annees?)\\b`, "gu"),
];

function yearsIn(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = /^[0-9]+$/u.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
  return n !== undefined && n > 0 && n <= 45 ? n : undefined;
}

/** The largest number of years of experience the text states, or null when it states none. */
export function statedYears(text: string): number | null {
  const folded = fold(text);
  let best: number | null = null;
  for (const re of STATED)
    for (const m of folded.matchAll(re)) {
      const n = yearsIn(m[1]);
      if (n !== undefined && (best === null || n > best)) best = n;
    }
  return best;
}
