// A diploma demanded by its level rather than by its name ("a university degree", "Bachelor's degree",
// "Bac+2 ou équivalent", "niveau bac+5") is met by any diploma of that level or above, whatever its name:
// a BA or a licence meets "university degree", a BTS meets "Bac+2". Levels are the French national
// framework's (RNCP 3 CAP … 8 doctorat), which the European one (EQF) mirrors, so English degrees fit in.
// A named diploma ("BTS NDRC", "Master 2 en droit social") keeps its own words: this is only for the
// generic demand.

import { foldText as fold } from "../../core/text/fold.js";

interface LevelPattern {
  level: number;
  re: RegExp;
}

/** What a CV's diploma is worth, by its name (folded text). Highest first. */
const DIPLOMA_LEVELS: LevelPattern[] = [
  { level: 8, re: /\b(?:doctorat|phd|ph\.d|doctorate)\b/u },
  {
    level: 7,
    re: /\b(?:master(?:\s+2|\s+of\b)?|mastere|msc|m\.sc|mba|meng|mpharm|dipl[oô]me\s+d'ing[eé]nieur|ingenieur\s+(?:diplome|insa|ecole)|dscg|bac\s*\+\s*5|grande\s+ecole)\b/u,
  },
  {
    level: 6,
    re: /\b(?:licence(?:\s+(?:pro(?:fessionnelle)?|en|de|d'|mention))?|bachelor(?:'s)?|ba\b|b\.a\b|bsc|b\.sc|b\.s\b|bsn|beng|dcg|bac\s*\+\s*3|dipl[oô]me\s+d'etat)\b/u,
  },
  { level: 5, re: /\b(?:bts|dut|deust|associate(?:'s)?\s+degree|hnd|bac\s*\+\s*2)\b/u },
  {
    level: 4,
    re: /\b(?:bac(?:calaureat)?(?:\s+pro(?:fessionnel)?)?|brevet\s+professionnel|bp\b|high\s+school\s+diploma|a[- ]levels?)\b/u,
  },
  { level: 3, re: /\b(?:cap|bep|titre\s+professionnel)\b/u },
];

/** A demand for a level with no field of its own: "university degree", "Bac+2 ou équivalent". */
const GENERIC_DEMANDS: LevelPattern[] = [
  { level: 7, re: /^(?:bac\s*\+\s*5|master(?:'s)?\s+degree|niveau\s+bac\s*\+\s*5)$/u },
  {
    level: 6,
    re: /^(?:(?:a\s+)?(?:university|college)\s+degree|(?:a\s+)?degree|bachelor(?:'s)?(?:\s+degree)?|bac\s*\+\s*3|niveau\s+bac\s*\+\s*3|licence)$/u,
  },
  { level: 5, re: /^(?:bac\s*\+\s*2|niveau\s+bac\s*\+\s*2|associate(?:'s)?\s+degree)$/u },
  { level: 4, re: /^(?:bac|baccalaureat|niveau\s+bac|high\s+school\s+diploma)$/u },
];

/** The level a generic diploma demand asks for, or undefined when the demand names a diploma of its own. */
export function demandedLevel(text: string): number | undefined {
  const t = fold(text)
    .replace(/\b(?:ou\s+equivalent|or\s+equivalent(?:\s+experience)?|minimum|requis|exige)\b/gu, "")
    .replace(/[.,;:()]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  return GENERIC_DEMANDS.find((p) => p.re.test(t))?.level;
}

/** The highest diploma level a CV's text shows, with the words that show it; null when none is named. */
export function highestLevel(cvText: string): { level: number; evidence: string } | null {
  const folded = fold(cvText);
  for (const p of DIPLOMA_LEVELS) {
    const m = p.re.exec(folded);
    // fold() keeps lengths except for ligatures (œ → oe): quote the CV itself when the offsets still agree.
    const same = folded.length === cvText.length;
    if (m) return { level: p.level, evidence: same ? cvText.slice(m.index, m.index + m[0].length) : m[0] };
  }
  return null;
}
