// What the discrimination detector looks for: the per-criterion vocabularies of core/vocabulary/*.yaml
// (one file per protected criterion, shared with the screener and the document checker), seen the way the
// detector uses them. Two strengths:
//  - explicit: the words are a discriminatory demand by themselves ("moins de 30 ans", "type européen",
//    "native speaker"); only an equal-opportunity, beneficiary or lawful-exception context clears them;
//  - term: a criterion word ("enceinte", "handicap", "religion") that is harmless as a mention and only
//    becomes a finding in a requirement, an exclusion, a question to the candidate, a rationale or a summary.
// Rule ids are chosen per use (ad / question / rationale / summary); unset ones fall back to rules.ts.
import type { Criterion } from "../../core/contract.js";
import { type Strength, type Use, type VocabularyEntry, vocabulary } from "../../core/vocabulary/load.js";

export type { Strength, Use };

export interface LexEntry {
  label: string;
  criteria: Criterion[];
  strength: Strength;
  re: RegExp;
  /** Where the entry counts; absent means everywhere. */
  uses?: Use[];
  /** Outside its uses the entry is not even a candidate (it cannot hide an overlapping entry). */
  personOnly?: boolean;
  ad?: string;
  iq?: string;
  sc?: string;
  summary?: string;
  /** The named validator of the vocabulary entry (a number range, what follows); false drops the match. */
  accept?: (m: RegExpExecArray, text: string) => boolean;
  /** For an entry naming several groups ("réservé aux femmes / aux seniors"): which words name which criterion. */
  criteriaByMatch?: ReadonlyArray<[RegExp, Criterion]>;
}

function toLexEntry(e: VocabularyEntry): LexEntry {
  const entry: LexEntry = { label: e.id, criteria: e.criteria, strength: e.strength, re: e.re, ...e.rules };
  if (e.uses) entry.uses = e.uses;
  if (e.personOnly) entry.personOnly = true;
  if (e.validator) entry.accept = e.validator;
  if (e.criteriaByMatch) entry.criteriaByMatch = e.criteriaByMatch;
  return entry;
}

export const LEXICON: readonly LexEntry[] = vocabulary().entries.map(toLexEntry);
