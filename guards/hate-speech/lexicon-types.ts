// The shape of a language's lexicon. Phrases are written as people write them (accents, apostrophes); they
// are normalised at load like the texts. A trailing "*" on a phrase's last word matches any ending
// (conjugations, gender and number), so "extermin*" covers "exterminate", "exterminated", "exterminer".
import type { Criterion } from "../../core/contract.js";

/** The grounds of the loi du 29 juillet 1881 (art. 24, 32, 33), as contract criteria. */
export const HATE_CRITERIA = [
  "origin",
  "religion",
  "sex",
  "sexual_orientation",
  "gender_identity",
  "disability",
] as const satisfies readonly Criterion[];
export type HateCriterion = (typeof HATE_CRITERIA)[number];

export type ByCriterion = Partial<Record<HateCriterion, string[]>>;

export interface Lexicon {
  /** Nouns naming members of a protected group ("women", "musulmans"). */
  groups: ByCriterion;
  /** Adjectives that name a group only before or after a person noun ("black people", "personnes noires"). */
  groupAdjectives: ByCriterion;
  personNouns: string[];
  /** Slurs: name a group and insult it at once. */
  slurs: ByCriterion;
  /** Slurs that have an innocent homonym ("fag" for a cigarette), judged with the context below. */
  homonymContext: string[];
  /** Words that say the speaker belongs to the group (reclaimed use of a slur). */
  ingroup: string[];
  dehumanising: string[];
  derogatory: string[];
  /** Hatred or disgust the speaker feels ("I hate", "make me sick"). */
  emotion: string[];
  threat: string[];
  exclusion: string[];
  profanity: string[];
  /** Worth, dignity, life: hateful when denied ("are not human", "ne méritent pas de vivre"). */
  positive: string[];
  /** Praise that marks a positive identity statement. */
  praise: string[];
  negation: string[];
  /** Verbs and nouns of saying: a hateful phrase after them is reported, not asserted. */
  speech: string[];
  /** Words that condemn what was said (counter-speech). */
  condemn: string[];
  /** Third-person pronouns that can refer back to a group named in the sentence before. */
  pronouns: string[];
  /** Implicit derogation: comparisons and distrust ("smarter than any", "never trust"). */
  implicit: string[];
  /** Clause breaks inside a sentence ("but", "mais"). */
  contrast: string[];
  /** Short common words, used only to split words glued together ("justpathetic", "Mortà"). */
  glue: string[];
}
