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

/**
 * The one table of lexicon classes: the key in a Lexicon (and the YAML's `class`), the category its
 * phrases are tagged with in the compiled trie, and whether the class is kept per protected criterion.
 * The lists the loader, the YAML schema and the compiler use are derived from it.
 */
export const LEXICON_CLASSES = {
  groups: { category: "group", perCriterion: true },
  groupAdjectives: { category: "groupAdj", perCriterion: true },
  personNouns: { category: "person", perCriterion: false },
  slurs: { category: "slur", perCriterion: true },
  homonymContext: { category: "homonym", perCriterion: false },
  ingroup: { category: "ingroup", perCriterion: false },
  dehumanising: { category: "dehum", perCriterion: false },
  derogatory: { category: "derog", perCriterion: false },
  emotion: { category: "emotion", perCriterion: false },
  threat: { category: "threat", perCriterion: false },
  exclusion: { category: "exclusion", perCriterion: false },
  profanity: { category: "profanity", perCriterion: false },
  positive: { category: "positive", perCriterion: false },
  praise: { category: "praise", perCriterion: false },
  negation: { category: "negation", perCriterion: false },
  speech: { category: "speech", perCriterion: false },
  condemn: { category: "condemn", perCriterion: false },
  pronouns: { category: "pronoun", perCriterion: false },
  implicit: { category: "implicit", perCriterion: false },
  contrast: { category: "contrast", perCriterion: false },
} as const satisfies Record<Exclude<keyof Lexicon, "glue">, { category: string; perCriterion: boolean }>;

type Classes = typeof LEXICON_CLASSES;
export type LexiconClass = keyof Classes;
/** A tag of the compiled lexicon: what a matched phrase says. */
export type Category = Classes[LexiconClass]["category"];
export type CriterionClass = {
  [K in LexiconClass]: Classes[K]["perCriterion"] extends true ? K : never;
}[LexiconClass];
export type PlainClass = Exclude<LexiconClass, CriterionClass>;

export const LEXICON_CLASS_KEYS = Object.keys(LEXICON_CLASSES).filter(
  (k): k is LexiconClass => k in LEXICON_CLASSES,
);
/** Classes kept per protected criterion. */
export const CRITERION_CLASSES = LEXICON_CLASS_KEYS.filter(
  (k): k is CriterionClass => LEXICON_CLASSES[k].perCriterion,
);
/** Classes whose phrases are plain lists. */
export const PLAIN_CLASSES = LEXICON_CLASS_KEYS.filter(
  (k): k is PlainClass => !LEXICON_CLASSES[k].perCriterion,
);
