// Job titles in one grammatical gender (AD-02): "Vendeuse" alone is a one-sex offer; "Vendeuse (H/F)" is
// lawful but still discouraged (AD-02b); "Vendeur / Vendeuse" is fine.
import { vocabulary } from "../../core/vocabulary/load.js";
/** [feminine, masculine] titles, from core/vocabulary/sex.yaml. */
export const FEMININE_TITLES: ReadonlyArray<[string, string]> = vocabulary().titles;

export interface TitleHit {
  start: number;
  end: number;
  title: string;
  withHF: boolean;
}

const TITLE_RE = new RegExp(`\\b(?:${FEMININE_TITLES.map(([f]) => f).join("|")})s?\\b`, "g");
const COUNTERPART = new Map(FEMININE_TITLES.map(([f, m]) => [f, new RegExp(`\\b${m}s?\\b`)]));
const HF = /\b(?:h ?\/ ?f|f ?\/ ?h|m ?\/ ?f|f ?\/ ?m)\b|\bhommes? (?:ou|et) femmes?\b/;

const BY_PERSON_BEFORE =
  /\b(?:par|by) (?:une|la|notre|sa|son|an?|the|our) (?:ancienne |ex-|jeune |future )?$/;

/** Feminine-only titles in a job ad, on folded text. Only the first line or sentence names the job. */
export function oneSexTitles(folded: string): TitleHit[] {
  const hits: TitleHit[] = [];
  const withHF = HF.test(folded);
  for (const m of folded.matchAll(TITLE_RE)) {
    const base = m[0].replace(/s$/, "");
    const counterpart = COUNTERPART.get(base);
    if (counterpart && base !== "nounou" && counterpart.test(folded)) continue;
    // "créée par une ancienne infirmière": a person in the company's history, not the job offered.
    if (BY_PERSON_BEFORE.test(folded.slice(Math.max(0, m.index - 30), m.index))) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, title: base, withHF });
  }
  return hits;
}
