// What a CV may say about a person that the scorer must never see (C. trav. L1132-1, L1221-6; RGPD art. 9;
// rule SC-02 and SC-14 of the rule base). Three shapes: a labelled field ("Nationalité : …") drops its
// whole line; a sensitive term drops the clause around it, so whatever its value, what is left is the same;
// a marker (civilité, an age, a year) drops only itself. The patterns are data, one file per criterion
// (the `redaction` section of core/vocabulary/<criterion>.yaml), shared with the guards.
import type { Criterion } from "../../core/contract.js";
import { type RedactionPattern, vocabulary } from "../../core/vocabulary/load.js";

export interface ProtectedPattern {
  criterion: Criterion;
  /** Why, for the reviewer reading the list of what was removed. */
  what: string;
  re: RegExp;
  /**
   * How much goes: the match; its clause (between , ; : . • ( ) and line ends); or a labelled field, from
   * the label to the end of its line (or the next ; • |).
   */
  reach: RedactionPattern["reach"];
  /** A clause matching this is about the job (caring for disabled people), not about the candidate. */
  unless?: RegExp;
}

const W = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

// A label opens a line or follows another field on the same line ("Née le …. Nationalité : …").
const LABEL = (names: string) =>
  `(?:^|(?<=[.;•|—–-][ \\t]*))[ \\t•*-]*(?:${names})[ \\t]*(?:\\([^)\\n]*\\))?[ \\t]*:`;

function compile(r: RedactionPattern): ProtectedPattern {
  const source = r.label !== undefined ? LABEL(r.label) : `${W}(?:${r.pattern ?? ""})${E}`;
  // Case matters for a few words: "Française" names a person, "française" is the language or the cuisine.
  const flags = r.label !== undefined ? "gimu" : r.caseSensitive ? "gu" : "gimu";
  const pattern: ProtectedPattern = {
    criterion: r.criterion,
    what: r.what,
    reach: r.reach,
    re: new RegExp(source, flags),
  };
  if (r.unless !== undefined) pattern.unless = new RegExp(r.unless, "iu");
  return pattern;
}

export const PROTECTED_PATTERNS: readonly ProtectedPattern[] = vocabulary().redaction.map(compile);
