// Compiles the lexicons once at module load into token tries and the word sets used to repair spelling.
import { COMMON_WORDS } from "./common-words.js";
import { EN_BROAD, FR_BROAD, type LexiconExtension } from "./lexicon-broad.js";
import { extensionOf, loadLexiconEntries } from "./lexicon-data.js";
import { EN } from "./lexicon-en.js";
import { FR } from "./lexicon-fr.js";
import type { ByCriterion, Category, HateCriterion, Lexicon } from "./lexicon-types.js";
import { CRITERION_CLASSES, HATE_CRITERIA, LEXICON_CLASSES, PLAIN_CLASSES } from "./lexicon-types.js";
import { normalizePhrase } from "./normalize.js";
import { VOCABULARY } from "./vocabulary.js";

export type { Category };
export type Language = "fr" | "en";

export interface Tag {
  cat: Category;
  criterion?: HateCriterion;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Tags when the phrase ends exactly here. */
  tags: Tag[];
  /** Tags of phrases whose last word is a prefix ("extermin*"), keyed by that prefix. */
  prefixTags: Map<string, Tag[]>;
  /** Length of the shortest prefixTags key, and the keys cut to that length: a cheap test per word. */
  prefixMin: number;
  prefixHeads: Set<string>;
}

export interface CompiledLexicon {
  language: Language;
  root: TrieNode;
  /** Words the lexicon knows or that are too common to be misspellings of a lexicon word. */
  known: Set<string>;
  /** Words that carry meaning, for splitting glued words; glue words may only join them. */
  content: Set<string>;
  glue: Set<string>;
  /** Long lexicon words that may be split off an unknown word they are glued to ("massivescumbags"). */
  tails: Set<string>;
  /** Misspelling → lexicon word: single deletions and swaps of each lexicon word. */
  variants: Map<string, string>;
  /** Misspelling → group name or slur of 8+ letters: two letters missing ("homsexels" → "homosexuels"). */
  farVariants: Map<string, string>;
  /**
   * Group names and slurs of 5+ letters by their first letter and the rest sorted: letters moved inside the
   * word ("mulsumans", "Arbas") read as the group. Keys two words share are dropped, not guessed.
   */
  anagrams: Map<string, string>;
  /** Prefix stems ("extermin") for repairing conjugated misspellings. */
  stems: Set<string>;
  /** First four letters of every stem: a cheap test before trying each prefix length. */
  stemHeads: Set<string>;
}

const newNode = (): TrieNode => ({
  next: new Map(),
  tags: [],
  prefixTags: new Map(),
  prefixMin: Number.POSITIVE_INFINITY,
  prefixHeads: new Set(),
});

function addPhrase(root: TrieNode, phrase: string, tag: Tag): string[] {
  const prefix = phrase.endsWith("*");
  const words = normalizePhrase(prefix ? phrase.slice(0, -1) : phrase).split(" ");
  let node = root;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    let child = node.next.get(w);
    if (!child) {
      child = newNode();
      node.next.set(w, child);
    }
    node = child;
  }
  const last = words[words.length - 1]!;
  if (prefix) {
    const list = node.prefixTags.get(last) ?? [];
    list.push(tag);
    node.prefixTags.set(last, list);
    if (last.length < node.prefixMin) {
      node.prefixMin = last.length;
      node.prefixHeads = new Set([...node.prefixTags.keys()].map((k) => k.slice(0, last.length)));
    } else node.prefixHeads.add(last.slice(0, node.prefixMin));
  } else {
    let child = node.next.get(last);
    if (!child) {
      child = newNode();
      node.next.set(last, child);
    }
    child.tags.push(tag);
  }
  return prefix ? [] : words;
}

// Categories whose words are worth repairing when misspelt; function words and context words are not.
const REPAIRABLE = new Set<Category>([
  "group",
  "groupAdj",
  "slur",
  "dehum",
  "derog",
  "emotion",
  "threat",
  "profanity",
  "positive",
]);
const PRIORITY_REPAIR = new Set<Category>(["group", "groupAdj", "slur"]);
// The first word of a threat or insult phrase carries it when glued to the next ("Mortà tous").
const LEADING_WORD_COUNTS = new Set<Category>(["threat", "emotion", "dehum"]);
// Frequent words one keystroke away from a lexicon word ("hat" → "hate", "shirt" → "shit").
const NEVER_REPAIR = [
  "traine",
  "trainent",
  "hat",
  "hats",
  "rat",
  "ate",
  "bat",
  "bit",
  "fat",
  "pet",
  "war",
  "wars",
  "gay",
  "gas",
  "dad",
  "shirt",
  "shift",
  "rein",
  "tue",
  "tues",
  "mots",
  "pest",
  "both",
  "bath",
  "heat",
  "neat",
  "seat",
  "meat",
  "gate",
  "date",
  "late",
  "mate",
  "rate",
  "hart",
  "hare",
  "harm",
  "haste",
  "dies",
  "diet",
  "dire",
  "kit",
  "kits",
  "kills",
  "kind",
  "mind",
  "wind",
  "trap",
  "traps",
  "homme",
  "hommes",
  "femme",
  "vie",
  "vies",
  "mont",
  "mots",
  "mors",
  "morte",
  "tant",
  "sans",
  "sens",
  "gener",
  "truc",
  "trucs",
  "genes",
  "pourrait",
  "pourraient",
  "vais",
  "envoie",
  "envoient",
  "envoies",
  "revoie",
  "revoient",
];

function compile(language: Language, lex: Lexicon, other: Lexicon): CompiledLexicon {
  const root = newNode();
  const known = new Set<string>(NEVER_REPAIR);
  const content = new Set<string>();
  const repairTargets = new Set<string>();
  // Group names and slurs are repaired first: "trns" is "trans", not "turns" (of "turns my stomach").
  const groupTargets = new Set<string>();
  const stems = new Set<string>();
  const tails = new Set<string>();
  const add = (phrase: string, tag: Tag, foreign = false) => {
    const words = addPhrase(root, phrase, tag);
    for (const w of words) known.add(w);
    if (!foreign && REPAIRABLE.has(tag.cat)) {
      for (const w of words)
        if (w.length >= 4) (PRIORITY_REPAIR.has(tag.cat) ? groupTargets : repairTargets).add(w);
      if (words.length === 1) {
        content.add(words[0]!);
        const long = words[0]!.length >= (tag.cat === "group" || tag.cat === "slur" ? 4 : 6);
        if (long && tag.cat !== "positive") tails.add(words[0]!);
      } else if (words.length > 1 && LEADING_WORD_COUNTS.has(tag.cat) && words[0]!.length >= 4)
        content.add(words[0]!);
      if (phrase.endsWith("*")) {
        const stem = normalizePhrase(phrase.slice(0, -1));
        stems.add(stem);
        if (stem.length >= 4 && !stem.includes(" ")) repairTargets.add(stem);
      }
    }
  };
  for (const w of COMMON_WORDS[language]) known.add(w);
  for (const w of VOCABULARY[language].split(" ")) known.add(w);
  for (const key of PLAIN_CLASSES) for (const p of lex[key]) add(p, { cat: LEXICON_CLASSES[key].category });
  for (const key of CRITERION_CLASSES) {
    const table: ByCriterion = lex[key];
    const cat = LEXICON_CLASSES[key].category;
    for (const criterion of HATE_CRITERIA) for (const p of table[criterion] ?? []) add(p, { cat, criterion });
  }
  // A group named in the other language ("musulmans" in an English sentence) is still a group.
  for (const criterion of HATE_CRITERIA)
    for (const p of other.groups[criterion] ?? [])
      if (
        !normalizePhrase(p)
          .split(" ")
          .some((w) => known.has(w))
      )
        add(p, { cat: "group", criterion }, true);
  // Slurs are recognised whatever the language of the sentence around them.
  // ("homo" is a slur in English and the ordinary word in French, so a word this language knows is skipped.)
  for (const criterion of HATE_CRITERIA)
    for (const p of other.slurs[criterion] ?? [])
      if (
        !normalizePhrase(p.replace("*", ""))
          .split(" ")
          .some((w) => known.has(w))
      )
        add(p, { cat: "slur", criterion }, true);
  const glue = new Set(lex.glue.map(normalizePhrase));
  for (const g of glue) known.add(g);
  for (const p of lex.personNouns) content.add(normalizePhrase(p));
  for (const g of glue) {
    content.delete(g);
    tails.delete(g);
  }
  return {
    language,
    root,
    known,
    content,
    tails,
    glue,
    variants: buildVariants(new Set([...groupTargets, ...repairTargets])),
    farVariants: buildFarVariants(groupTargets, known),
    anagrams: buildAnagrams(groupTargets, known),
    stems,
    stemHeads: new Set([...stems].filter((x) => x.length >= 4).map((x) => x.slice(0, 4))),
  };
}

/** Symmetric-delete index: every word with one letter removed or two neighbours swapped points to the word. */
function buildVariants(words: Set<string>): Map<string, string> {
  const variants = new Map<string, string>();
  for (const w of words) {
    for (const v of editVariants(w)) if (!words.has(v) && !variants.has(v)) variants.set(v, w);
  }
  return variants;
}

/**
 * Two-deletion index of long group names and slurs only (few words, so a small map): a variant two words
 * share, or that is itself a word, is dropped rather than guessed.
 */
function buildFarVariants(words: Set<string>, known: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const w of words) {
    if (w.length < 8) continue;
    const seen = new Set<string>();
    for (let i = 0; i < w.length; i++)
      for (let k = i + 1; k < w.length; k++) seen.add(w.slice(0, i) + w.slice(i + 1, k) + w.slice(k + 1));
    for (const v of seen) {
      if (known.has(v) || words.has(v)) continue;
      const prev = out.get(v);
      if (prev !== undefined && prev !== w) ambiguous.add(v);
      else out.set(v, w);
    }
  }
  for (const v of ambiguous) out.delete(v);
  return out;
}

/** First letter kept, the rest sorted: the key under which a word with its inner letters moved is found. */
export function anagramKey(w: string): string {
  return w[0] + [...w.slice(1)].sort().join("");
}

function buildAnagrams(words: Set<string>, known: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const w of words) {
    if (w.length < 5 || w.includes(" ")) continue;
    const key = anagramKey(w);
    const prev = out.get(key);
    if (prev !== undefined && prev !== w) ambiguous.add(key);
    else out.set(key, w);
  }
  // An ordinary word with the same letters ("aimer" / "marie") is that word, not a scrambled group name.
  for (const k of known) if (k.length >= 5 && out.get(anagramKey(k)) !== k) ambiguous.add(anagramKey(k));
  for (const key of ambiguous) out.delete(key);
  return out;
}

export function editVariants(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  for (let i = 0; i < w.length - 1; i++) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  return out;
}

/** A hand-written lexicon with its broad word classes added (lexicon-broad.ts). */
function extend(base: Lexicon, ext: LexiconExtension): Lexicon {
  const out = { ...base } as Record<keyof Lexicon, unknown>;
  for (const key of Object.keys(ext) as Array<keyof Lexicon>) {
    const add = ext[key];
    if (Array.isArray(add)) out[key] = [...new Set([...(base[key] as string[]), ...add])];
    else if (add) {
      const table: ByCriterion = { ...(base[key] as ByCriterion) };
      for (const [c, words] of Object.entries(add as ByCriterion) as Array<[HateCriterion, string[]]>)
        table[c] = [...new Set([...(table[c] ?? []), ...words])];
      out[key] = table;
    }
  }
  return out as unknown as Lexicon;
}

const EN_FULL = extend(extend(EN, EN_BROAD), extensionOf(loadLexiconEntries("en")));
const FR_FULL = extend(extend(FR, FR_BROAD), extensionOf(loadLexiconEntries("fr")));

export const LEXICONS: Readonly<Record<Language, CompiledLexicon>> = {
  en: compile("en", EN_FULL, FR_FULL),
  fr: compile("fr", FR_FULL, EN_FULL),
};

/** Longest prefix stem in the lexicons; stems are looked up by length, not scanned. */
const MAX_STEM = 16;

export interface Match {
  tag: Tag;
  /** Token range [i, j). */
  i: number;
  j: number;
}

/** Every lexicon phrase found in a token sequence (overlaps kept: a word can be both derogatory and condemning). */
export function matchAll(lex: CompiledLexicon, words: readonly string[]): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    let node: TrieNode | undefined = lex.root;
    for (let j = i; j < words.length && node; j++) {
      const w = words[j]!;
      // A word can only start with a prefix key if it starts with one of the keys' heads.
      if (node.prefixTags.size > 0 && node.prefixHeads.has(w.slice(0, node.prefixMin)))
        for (let n = Math.min(w.length, MAX_STEM); n >= 1; n--) {
          const tags = node.prefixTags.get(w.slice(0, n));
          if (tags) for (const tag of tags) out.push({ tag, i, j: j + 1 });
        }
      node = node.next.get(w);
      if (node) for (const tag of node.tags) out.push({ tag, i, j: j + 1 });
    }
  }
  return out;
}
