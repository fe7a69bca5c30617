// What the sources say, indexed once per check: words (with stems and translations), numbers, months,
// lexicon concepts, language levels, and per-sentence word sets for aligning a claim with its source.

import { sentences as splitSentences } from "../../core/text/sentences.js";
import { stem } from "../../core/text/stem.js";
import { type Token, tokenize } from "../../core/text/tokens.js";
import { extractFacts } from "./facts.js";
import { guessLanguage } from "./language.js";
import {
  MIN_PREFIXED_ROOT,
  MONTHS,
  NEGATING_PREFIXES,
  NEGATIONS,
  STOPWORDS,
  SUBSTITUTION_CLASS,
  TRANSLATE,
} from "./lexicon-words.js";
import { lemmasOf } from "./wordnet.js";

export interface SourceSentence {
  keys: Set<string>;
  words: Set<string>;
  numbers: number[];
  negated: boolean;
  /** Keys of the words this sentence negates. */
  negatedKeys: Set<string>;
}

export interface SourceIndex {
  keys: Set<string>;
  words: Set<string>;
  numbers: number[];
  percents: number[];
  years: number[];
  /** Durations in years the sources imply: each dated range, their sum, first start to last end. */
  durations: Set<number>;
  months: Set<number>;
  concepts: Set<string>;
  /** Language → best level rank stated next to it (0 when the language is listed without a level). */
  languages: Map<string, number>;
  /** Language → lowest level rank stated next to it: a summary below it has lowered the level. */
  languageFloor: Map<string, number>;
  /** Every level rank a source sentence about one language only gives it. */
  languageRanks: Map<string, Set<number>>;
  sentences: SourceSentence[];
  /** Substitution classes (see SUBSTITUTION_CLASS) → the members the sources use. */
  classMembers: Map<number, string[]>;
  /** Source words with a negating prefix removed ("unlimited" → "limited"), to spot a dropped prefix. */
  unprefixed: Set<string>;
  language: "fr" | "en" | "unknown";
  /** Keys of the words right after a negation in the sources ("did not *mention*"). */
  negatedPredicates: Set<string>;
  /** Key → the positions of the sentences that have it (ascending); built on first use (postingsOf). */
  postings?: Map<string, number[]>;
  /** WordNet lemmas of the source words (synonyms, antonyms); built on first use (wordnetOf). */
  wordnet?: Set<string>;
  /** Total length of the sources in characters. */
  chars: number;
}

const YEAR_RANGE =
  /\b((?:19|20)\d{2})\s*(?:–|—|-|à|a|to|until|till|au|jusqu'en)\s*(?:\p{L}+\.?\s+)?((?:19|20)\d{2}|present|présent|aujourd'hui|now|today|current|actuel|date|ce jour)\b|\b(?:depuis|since|from|dès)\s+(?:\p{L}+\.?\s+)?((?:19|20)\d{2})\b/giu;

function addDurations(sources: readonly string[], index: SourceIndex): void {
  const latest = Math.max(0, ...index.years);
  const spans: [number, number][] = [];
  for (const source of sources)
    for (const m of HAS_YEAR.test(source) ? source.matchAll(YEAR_RANGE) : []) {
      const from = Number(m[1] ?? m[3]);
      const to = m[2] !== undefined && /^\d/.test(m[2]) ? Number(m[2]) : latest;
      if (to >= from) spans.push([from, to]);
    }
  if (spans.length === 0) return;
  let sum = 0;
  for (const [a, b] of spans) {
    index.durations.add(b - a);
    sum += b - a;
  }
  index.durations.add(sum);
  index.durations.add(Math.max(...spans.map((s) => s[1])) - Math.min(...spans.map((s) => s[0])));
}

/** Every alternative of YEAR_RANGE and DATE_NUMERIC holds a year: texts without one skip both scans. */
const HAS_YEAR = /(?:19|20)\d{2}/;
const DATE_NUMERIC = /\b(?:\d{1,2}[/.-])?(\d{1,2})[/.-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-(\d{2})\b/g;

/** Keys of the words seen lately (a pure function of the word): shared, so callers must not modify them. */
const keysCache = new Map<string, readonly string[]>();
const KEYS_CACHE_SIZE = 50_000;

export function keysOf(word: string): readonly string[] {
  let keys = keysCache.get(word);
  if (keys === undefined) {
    const fresh = [word, stem(word)];
    const tr = TRANSLATE.get(word);
    if (tr !== undefined) fresh.push(tr, stem(tr));
    keys = fresh;
    if (keysCache.size >= KEYS_CACHE_SIZE) keysCache.clear();
    keysCache.set(word, keys);
  }
  return keys;
}

/** The second half of a French negation: "ne … pas", "n'a jamais", "n'emploie plus". */
const FR_NEGATION_PAIRS = new Set([
  "pas",
  "jamais",
  "plus",
  "rien",
  "aucun",
  "aucune",
  "guere",
  "nullement",
  "personne",
  "point",
  "ni",
]);
const FR_PAIR_REACH = 4;

/**
 * Whether token i negates something. A negation needs a verb context: a lone "ne"/"n" only counts with
 * its partner a few words on ("il n est pas", "ne … jamais"), so "N° du document" is not a negation;
 * "No. 5" (a number) is not "no" either.
 */
const DONT_SUBJECTS = new Set(
  "i you we they people just really still also so but and if why u ya".split(" "),
);

export function isNegationAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.word.endsWith("n't")) return true;
  const w = t.word.includes("'") ? t.word.replace(/'/g, "") : t.word;
  if (!NEGATIONS.has(w)) return false;
  // French "dont" (of which) is no negation: English "dont" follows its subject ("I dont", "they dont").
  if (w === "dont") return DONT_SUBJECTS.has(tokens[i - 1]?.word ?? "");
  if (w === "n" || w === "ne") {
    for (let j = i + 1; j < tokens.length && j <= i + FR_PAIR_REACH; j++)
      if (FR_NEGATION_PAIRS.has(tokens[j]!.word)) return true;
    return false;
  }
  if (w === "no") {
    const next = tokens[i + 1];
    if (next !== undefined && /^\d/.test(next.word)) return false;
  }
  return true;
}

const PREDICATE_REACH = 5;
const PREDICATE_WORDS = 3;

/**
 * The first content words after each negation: what is being negated. The scope ends at punctuation:
 * in "(à ne pas retenir), 11 ans", the years are not negated.
 */
const COLON_ANSWERS = new Set(["non", "no", "none", "aucun", "aucune", "neant"]);

/**
 * "CACES grue auxiliaire : non", "Relocation: no": a form's answer negates the label before the colon.
 * True when token i is such an answer, last on its line or sentence.
 */
export function colonNegationAt(tokens: readonly Token[], text: string, base: number, i: number): boolean {
  const t = tokens[i]!;
  if (i === 0 || !COLON_ANSWERS.has(t.word)) return false;
  if (!/:\s*$/u.test(text.slice(tokens[i - 1]!.end - base, t.start - base))) return false;
  const next = tokens[i + 1];
  return next === undefined || /[.;\n]/u.test(text.slice(t.end - base, next.start - base));
}

/** The label a colon answer negates: the content words before the colon, back to the line's start. */
function colonLabelKeys(tokens: readonly Token[], text: string, base: number, i: number): string[] {
  const keys: string[] = [];
  for (let j = i - 1; j >= 0 && keys.length < PREDICATE_WORDS + 1; j--) {
    const t = tokens[j]!;
    if (STOPWORDS.has(t.word) || t.word.length < 2) continue;
    keys.push(stem(t.word));
    if (j > 0 && /[\n.;:]/u.test(text.slice(tokens[j - 1]!.end - base, t.start - base))) break;
  }
  return keys;
}

export function negatedPredicateKeys(tokens: Token[], text: string, base: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (colonNegationAt(tokens, text, base, i)) {
      keys.push(...colonLabelKeys(tokens, text, base, i));
      continue;
    }
    if (!isNegationAt(tokens, i)) continue;
    let taken = 0;
    for (let j = i + 1; j < tokens.length && j <= i + PREDICATE_REACH && taken < PREDICATE_WORDS; j++) {
      const t = tokens[j]!;
      if (/[,.;:()!?]/u.test(text.slice(tokens[j - 1]!.end - base, t.start - base))) break;
      if (STOPWORDS.has(t.word) || isNegationAt(tokens, j) || t.word.length < 3) continue;
      keys.push(stem(t.word));
      // "No charge-nurse experience": the parts are negated too ("has not been a charge nurse").
      if (t.word.includes("-"))
        for (const part of t.word.split("-")) if (part.length >= 3) keys.push(stem(part));
      taken++;
    }
  }
  return keys;
}

/**
 * Language concepts paired with the closest level concept within four tokens. With the text, punctuation
 * decides first: a level belongs to the language before it unless a comma stands between them ("Fluent
 * English, basic German"), else to a language just after it with no comma or bracket between ("fluent in
 * English"; not "anglais professionnel (C1), espagnol").
 */
export function pairLevels(
  facts: ReturnType<typeof extractFacts>,
  text?: string,
): Map<number, { lang: string; rank: number; start: number; end: number }> {
  const pairs = new Map<number, { lang: string; rank: number; start: number; end: number }>();
  const langs = facts.concepts.filter((c) => c.kind === "language");
  const gap = (from: number, to: number) => (text === undefined ? "" : text.slice(from, to));
  for (const lvl of facts.concepts) {
    if (lvl.kind !== "level" || lvl.rank === undefined) continue;
    let left: (typeof langs)[number] | undefined;
    for (const l of langs) if (l.at < lvl.at && lvl.at - l.at <= 4 && (!left || l.at > left.at)) left = l;
    let right: (typeof langs)[number] | undefined;
    for (const l of langs) if (l.at > lvl.at && l.at - lvl.at <= 4 && (!right || l.at < right.at)) right = l;
    let best = left ?? right;
    if (text !== undefined) {
      const leftOk = left !== undefined && !/[,;]/u.test(gap(left.end, lvl.start));
      const after = right === undefined || right.at - lvl.at > 2 ? undefined : gap(lvl.end, right.start);
      const rightOk = after !== undefined && !/[,;()]/u.test(after);
      // "fluent in English", "courant en anglais": the language the level is said in.
      const said = rightOk && /^\s+(?:in|en)\s+$/u.test(after);
      if ((!leftOk || said) && rightOk) best = right;
    }
    if (best) pairs.set(lvl.at, { lang: best.key, rank: lvl.rank, start: lvl.start, end: lvl.end });
  }
  return pairs;
}

export function postingsOf(index: SourceIndex): Map<string, number[]> {
  if (index.postings === undefined) {
    const postings = new Map<string, number[]>();
    index.sentences.forEach((sentence, at) => {
      for (const k of sentence.keys) {
        const list = postings.get(k);
        if (list === undefined) postings.set(k, [at]);
        else list.push(at);
      }
    });
    index.postings = postings;
  }
  return index.postings;
}

export function wordnetOf(index: SourceIndex): Set<string> {
  if (index.wordnet === undefined) {
    const lemmas = new Set<string>();
    for (const w of index.words)
      if (w.length >= 3 && !STOPWORDS.has(w) && /^[a-z]+$/.test(w))
        for (const l of lemmasOf(w)) lemmas.add(l);
    index.wordnet = lemmas;
  }
  return index.wordnet;
}

/** First letters of the negating prefixes: a word starting otherwise has none of them. */
const PREFIX_INITIALS = new Set(NEGATING_PREFIXES.map((p) => p.charAt(0)));

export function buildSourceIndex(sources: readonly string[]): SourceIndex {
  const index: SourceIndex = {
    keys: new Set(),
    words: new Set(),
    numbers: [],
    percents: [],
    years: [],
    durations: new Set(),
    months: new Set(),
    concepts: new Set(),
    languages: new Map(),
    languageFloor: new Map(),
    languageRanks: new Map(),
    sentences: [],
    negatedPredicates: new Set(),
    chars: 0,
    unprefixed: new Set(),
    classMembers: new Map(),
    language: "unknown",
  };
  const all: Token[] = [];
  for (const source of sources) {
    index.chars += source.length;
    for (const m of HAS_YEAR.test(source) ? source.matchAll(DATE_NUMERIC) : []) {
      const month = Number(m[1] ?? m[2]);
      if (month >= 1 && month <= 12) index.months.add(month);
    }
    for (const s of splitSentences(source)) {
      const tokens = tokenize(s.text, s.start);
      if (all.length < 400) all.push(...tokens);
      const facts = extractFacts(source, tokens, 0);
      const sentence: SourceSentence = {
        keys: new Set(),
        words: new Set(),
        numbers: [],
        negated: false,
        negatedKeys: new Set(),
      };
      for (let ti = 0; ti < tokens.length; ti++) {
        const t = tokens[ti]!;
        index.words.add(t.word);
        sentence.words.add(t.word);
        if (isNegationAt(tokens, ti)) sentence.negated = true;
        if (STOPWORDS.has(t.word)) continue;
        for (const k of keysOf(t.word)) {
          index.keys.add(k);
          sentence.keys.add(k);
        }
      }
      index.sentences.push(sentence);
      for (const k of negatedPredicateKeys(tokens, source, 0)) {
        index.negatedPredicates.add(k);
        sentence.negatedKeys.add(k);
      }
      for (const n of facts.numbers) {
        index.numbers.push(n.value);
        sentence.numbers.push(n.value);
        if (n.percent) index.percents.push(n.value);
        if (n.value >= 1950 && n.value <= 2100 && Number.isInteger(n.value)) index.years.push(n.value);
      }
      for (const mo of facts.months) index.months.add(mo.month);
      for (const c of facts.concepts) {
        index.concepts.add(c.key.replace(/^weak-/, ""));
        if (c.kind === "language" && !index.languages.has(c.key)) index.languages.set(c.key, 0);
      }
      for (const p of pairLevels(facts, source).values()) {
        index.languages.set(p.lang, Math.max(index.languages.get(p.lang) ?? 0, p.rank));
        index.languageFloor.set(p.lang, Math.min(index.languageFloor.get(p.lang) ?? p.rank, p.rank));
      }
      // "Anglais : bon niveau écrit, oral à renforcer (B1)": with one language in the sentence, every level
      // it gives is a level the sources state for that language, however far from its name.
      const langs = new Set(facts.concepts.filter((c) => c.kind === "language").map((c) => c.key));
      if (langs.size === 1)
        for (const c of facts.concepts)
          if (c.kind === "level" && c.rank !== undefined)
            for (const l of langs)
              index.languageRanks.set(l, (index.languageRanks.get(l) ?? new Set()).add(c.rank));
      for (const e of facts.entities) for (const w of e.words) for (const k of keysOf(w)) index.keys.add(k);
    }
  }
  for (const w of index.words) {
    const c = SUBSTITUTION_CLASS.get(w);
    if (c !== undefined) index.classMembers.set(c, [...(index.classMembers.get(c) ?? []), w]);
  }
  for (const w of index.words) {
    if (!PREFIX_INITIALS.has(w.charAt(0))) continue;
    for (const p of NEGATING_PREFIXES)
      if (w.length - p.length >= MIN_PREFIXED_ROOT && w.startsWith(p))
        index.unprefixed.add(w.slice(p.length));
  }
  addDurations(sources, index);
  index.language = guessLanguage(all);
  // Sources may write months short and alone ("Feb", "Sept."): on the source side any month word counts.
  for (const [word, month] of Object.entries(MONTHS))
    if (word !== "may" && word !== "mar" && index.words.has(word)) index.months.add(month);
  return index;
}
