// From raw text to lexicon-ready words: normalise, split words glued together, repair misspellings of
// lexicon words, and note which words sit inside quotation marks or start a new sentence.
import { anagramKey, type CompiledLexicon, editVariants, type Language, LEXICONS } from "./lexicon.js";
import { normalizeUnits, type Token, tokenize, type Unit } from "./normalize.js";

export interface Word {
  norm: string;
  /** UTF-16 span in the original text. */
  s: number;
  e: number;
  /** The spelling in the text when it was repaired or split ("h4te", "justpathetic"). */
  repairedFrom?: string;
  quoted: boolean;
  /** A sentence boundary (. ! ? ; or a line break) precedes this word. */
  sentenceStart: boolean;
  /** A comma or colon precedes this word. */
  clauseStart: boolean;
}

const FR_HINTS = new Set([
  "je",
  "les",
  "des",
  "est",
  "sont",
  "une",
  "pour",
  "que",
  "qui",
  "pas",
  "ne",
  "dans",
  "ces",
  "vous",
  "nous",
  "ils",
  "le",
  "la",
  "du",
  "tous",
  "j",
  "c",
  "d",
  "l",
  "n",
  "qu",
  "cette",
  "avec",
  "mais",
  "tu",
  "ai",
]);
const EN_HINTS = new Set([
  "i",
  "the",
  "is",
  "are",
  "and",
  "you",
  "to",
  "of",
  "that",
  "they",
  "them",
  "we",
  "all",
  "be",
  "should",
  "this",
  "with",
  "my",
  "it",
  "not",
  "can",
  "for",
  "just",
  "so",
  "people",
  "t",
  "s",
  "m",
  "don",
  "like",
  "what",
]);

export function detectLanguage(tokens: readonly Token[], text = ""): Language {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    if (FR_HINTS.has(t.norm)) fr++;
    if (EN_HINTS.has(t.norm)) en++;
  }
  if (en !== fr) return en > fr ? "en" : "fr";
  // No function word to go by but French accents ("Jeméprise touteslesfemmes"): French.
  if (FRENCH_LETTERS.test(text)) return "fr";
  // No function word to go by ("Ihate women"): the lexicon that knows more of the words wins.
  const knownBy = (lang: Language) => tokens.filter((t) => LEXICONS[lang].known.has(t.norm)).length;
  return knownBy("fr") > knownBy("en") ? "fr" : "en";
}

// Bounds that keep repair linear in the word's length without changing any answer: a split has at most
// MAX_PARTS parts of at most MAX_PART letters, a split-off tail is a lexicon word (or a stem with a short
// ending) after at most "des", and a one-edit repair lands on a lexicon word. Without them one 100,000-letter
// "word" ("a.a.a.…" joined) built quadratically many strings and took gigabytes.
const MAX_PARTS = 4;
const MAX_PART = 20;
const STEM_WORD_MAX = 12 + 4;
const GLUE_BEFORE_TAIL = 3;
const longestOf = (...sets: ReadonlySet<string>[]) =>
  Math.max(STEM_WORD_MAX, ...sets.flatMap((set) => [...set].map((w) => w.length)));
const LONGEST = {
  en: { tail: longestOf(LEXICONS.en.tails), content: longestOf(LEXICONS.en.content) },
  fr: { tail: longestOf(LEXICONS.fr.tails), content: longestOf(LEXICONS.fr.content) },
} as const;

/** Splits a word glued from known words ("justpathetic", "orduresdehomos"); needs one meaningful part. */
function splitGlued(lex: CompiledLexicon, w: string): string[] | undefined {
  if (w.length < 4) return undefined;
  return (w.length <= MAX_PARTS * MAX_PART ? splitIntoKnown(lex, w) : undefined) ?? splitOffTail(lex, w);
}

function splitIntoKnown(lex: CompiledLexicon, w: string): string[] | undefined {
  const isContent = (p: string) => lex.content.has(p) || (p.length >= 4 && hasStem(lex, p));
  // A piece recognised only by its stem costs more than an exact word, so "homos|me|dégoûtent" beats
  // "homosme|dégoûtent".
  const cost = (p: string) => (lex.content.has(p) || lex.glue.has(p) ? 1 : 1.5);
  // A one-letter piece is an elision ("j", "l") or "a"/"i" opening the word, or a final "à" ("Mortà").
  // best[i] = fewest parts covering w[0, i), with whether a content part is among them.
  const best: Array<{ parts: string[]; content: boolean; cost: number } | undefined> = [
    { parts: [], content: false, cost: 0 },
  ];
  for (let i = 1; i <= w.length; i++) {
    for (let k = Math.max(0, i - MAX_PART); k < i; k++) {
      const prev = best[k];
      if (!prev || prev.parts.length >= MAX_PARTS) continue;
      const part = w.slice(k, i);
      const content = isContent(part);
      if (!content && !lex.glue.has(part)) continue;
      if (part.length === 1 && k > 0 && !(part === "a" && i === w.length)) continue;
      const cand = {
        parts: [...prev.parts, part],
        content: prev.content || content,
        cost: prev.cost + cost(part),
      };
      const cur = best[i];
      if (!cur || (cand.content && !cur.content) || (cand.content === cur.content && cand.cost < cur.cost))
        best[i] = cand;
    }
  }
  const done = best[w.length];
  return done?.content && done.parts.length > 1 ? done.parts : undefined;
}

/** An unknown word glued before a long lexicon word ("massivescumbags"): split off the lexicon word. */
function splitOffTail(lex: CompiledLexicon, w: string): string[] | undefined {
  const first = Math.max(3, w.length - LONGEST[lex.language].tail - GLUE_BEFORE_TAIL);
  for (let k = first; k <= w.length - 4; k++) {
    const tail = w.slice(k);
    if (lex.tails.has(tail) || (tail.length >= 6 && isStemWord(lex, tail))) return [w.slice(0, k), tail];
    // "gorgesdeblacks": an unknown word, a preposition, then a lexicon word.
    for (const g of ["de", "d", "des", "of"])
      if (tail.startsWith(g) && lex.tails.has(tail.slice(g.length)))
        return [w.slice(0, k), g, tail.slice(g.length)];
  }
  return undefined;
}

function hasStem(lex: CompiledLexicon, w: string): boolean {
  if (w.length < 4 || !lex.stemHeads.has(w.slice(0, 4))) return false;
  for (let n = Math.min(w.length, 12); n >= 4; n--) if (lex.stems.has(w.slice(0, n))) return true;
  return false;
}

/** A stem with an ordinary ending ("exterminated"), not a stem glued to more words ("handicapésmedégoûtent"). */
function isStemWord(lex: CompiledLexicon, w: string): boolean {
  if (w.length < 4 || !lex.stemHeads.has(w.slice(0, 4))) return false;
  for (let n = Math.min(w.length, 12); n >= 4; n--)
    if (lex.stems.has(w.slice(0, n))) return w.length - n <= 4;
  return false;
}

/** The lexicon word a misspelt word stands for: one letter missing, extra or two letters swapped. */
function repair(lex: CompiledLexicon, w: string): string | undefined {
  if (w.length < 3 || lex.known.has(w) || hasStem(lex, w) || /\d/.test(w)) return undefined;
  const direct = lex.variants.get(w);
  // A three-letter word of the other language is a real word, not a lexicon word short of a letter
  // ("l'Aïd" in French is not "laid").
  const other = LEXICONS[lex.language === "fr" ? "en" : "fr"];
  if (direct && (w.length > 3 || direct.length === w.length || !other.known.has(w))) return direct;
  // A misspelt stem with its ending kept: "dickheds" → "dickheads", "fukced" → "fucked".
  for (let n = Math.min(w.length, 12); n >= 4; n--) {
    const stem = lex.variants.get(w.slice(0, n));
    // A swapped stem ("fukc-ed") is safe from length 4; a stem missing a letter only from length 6
    // ("pourr-ait" is "pourrait", not a misspelt "pourri").
    if (stem && lex.stems.has(stem) && (stem.length === n || n >= 6)) return stem + w.slice(n);
  }
  if (w.length < 5) return undefined;
  // A long group name two letters short ("homsexels").
  const far = w.length >= 6 ? lex.farVariants.get(w) : undefined;
  if (far) return far;
  // Inner letters moved ("mulsumans", "arbas"): the same letters as a group name or slur, the first kept.
  const moved = w.length <= MAX_ANAGRAM ? lex.anagrams.get(anagramKey(w)) : undefined;
  if (moved) return moved;
  // A French conjugated form ("pourrait", "voulions") is a real word, not a stem with a letter too many.
  if (lex.language === "fr" && FR_VERB_ENDING.test(w)) return undefined;
  // An edit removes at most one letter: a word longer than every lexicon word by two cannot land on one.
  if (w.length > LONGEST[lex.language].content + 1) return undefined;
  for (const v of editVariants(w)) {
    if (lex.known.has(v) && lex.content.has(v) && v.length >= 5) return v;
    if (v.length >= 5 && isStemWord(lex, v)) return v;
  }
  return undefined;
}

/** Longer words are not sorted: no group name is that long. */
const MAX_ANAGRAM = 24;
const isAsciiLetter = (u: Unit | undefined): boolean => u !== undefined && u.ch >= "a" && u.ch <= "z";
const FRENCH_LETTERS = /[éèêëàâùûçôîïœ]/i;
const FR_VERB_ENDING = /(ait|aient|ais|ions|iez|ront|rons|erez)$/;
const NOT_PROSE = /@[\p{L}\p{N}_]+|\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+\.[\w.]+/gu;
const SENTENCE_END = new Set([".", "!", "?", ";", "\n"]);
const CLAUSE_MARK = new Set([",", ":", "(", ")"]);
const QUOTE_OPEN = new Set(["“", "«", "„"]);
const QUOTE_CLOSE = new Set(["”", "»"]);

export interface Tokenised {
  language: Language;
  lex: CompiledLexicon;
  words: Word[];
}

// Splitting and repairing depend on the word alone, so each language remembers its answers; the memo is
// cleared when full, and only words of a plausible length are kept, which bounds its memory
// (50,000 × 64 characters) and keeps results identical.
const MEMO_LIMIT = 50_000;
const MEMO_WORD_MAX = 64;
type Fix = { parts: string[] } | { repaired: string } | null;
const memo: Record<Language, Map<string, Fix>> = { en: new Map(), fr: new Map() };

function fixWord(lex: CompiledLexicon, w: string): Fix {
  const cache = memo[lex.language];
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  let fix: Fix = null;
  const parts = lex.known.has(w) || isStemWord(lex, w) ? undefined : splitGlued(lex, w);
  if (parts) fix = { parts };
  else {
    const repaired = repair(lex, w);
    if (repaired) fix = { repaired };
  }
  if (w.length > MEMO_WORD_MAX) return fix;
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(w, fix);
  return fix;
}

/**
 * "ver min", "ordu res": two neighbours split by one space whose concatenation is a lexicon word, when at
 * least one of them is no word of the language, are read as one word.
 */
function joinSplitWords(
  lex: CompiledLexicon,
  units: readonly Unit[],
  tokens: readonly Token[],
): { tokens: Token[]; joinedFrom: Map<Token, string> } {
  const out: Token[] = [];
  const joinedFrom = new Map<Token, string>();
  for (let k = 0; k < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1];
    if (b && b.u === a.u + a.norm.length + 1 && units[a.u + a.norm.length]?.ch === " ") {
      const joined = a.norm + b.norm;
      const unknown = !lex.known.has(a.norm) || !lex.known.has(b.norm);
      if (
        unknown &&
        joined.length >= 5 &&
        !/\d/.test(joined) &&
        (lex.content.has(joined) || isStemWord(lex, joined)) &&
        (!lex.glue.has(a.norm) || (!lex.known.has(b.norm) && b.norm.length >= 4)) &&
        !lex.glue.has(b.norm) &&
        !lex.content.has(a.norm) &&
        !hasStem(lex, a.norm)
      ) {
        const t: Token = { norm: joined, s: a.s, e: b.e, u: a.u };
        joinedFrom.set(t, `${a.norm} ${b.norm}`);
        out.push(t);
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return { tokens: out, joinedFrom };
}

/**
 * Tokens not wholly inside a skipped range. Both lists are in text order and the ranges do not overlap, so
 * one pass suffices (a filter with `some` was quadratic on a text of thousands of addresses).
 */
function outside(tokens: readonly Token[], skipped: ReadonlyArray<readonly [number, number]>): Token[] {
  const out: Token[] = [];
  let p = 0;
  for (const t of tokens) {
    while (p + 1 < skipped.length && skipped[p + 1]![0] <= t.s) p++;
    const range = skipped[p]!;
    if (!(t.s >= range[0] && t.e <= range[1])) out.push(t);
  }
  return out;
}

export function tokenise(text: string): Tokenised {
  const units = normalizeUnits(text);
  // Handles, addresses and links name no one: "@fatma_cht" or "Japonegro94" are not slurs.
  // Every alternative of NOT_PROSE needs "@", "http" or "www.": most texts skip the scan.
  const mayHaveLinks = text.includes("@") || text.includes("http") || text.includes("www.");
  const skipped = mayHaveLinks
    ? [...text.matchAll(NOT_PROSE)].map((m) => [m.index, m.index + m[0].length] as const)
    : [];
  const all = tokenize(units);
  const raw = skipped.length === 0 ? all : outside(all, skipped);
  const language = detectLanguage(raw, text);
  const lex = LEXICONS[language];
  const { tokens, joinedFrom } = joinSplitWords(lex, units, raw);
  const words: Word[] = [];
  let quoted = false;
  let singleOpen = false;
  let prevEnd = 0;
  for (const t of tokens) {
    let sentenceStart = words.length === 0;
    let clauseStart = false;
    for (let k = prevEnd; k < t.u; k++) {
      const g = units[k]!;
      if (g.ch === '"') quoted = !quoted;
      // A single quote opens before a letter after a non-letter ('Gypsies are ...') and closes after a
      // letter before a non-letter; one between letters is an apostrophe (don't, l'histoire).
      else if (g.ch === "'" && !isAsciiLetter(units[k - 1]) && isAsciiLetter(units[k + 1])) {
        quoted = true;
        singleOpen = true;
      } else if (g.ch === "'" && singleOpen && isAsciiLetter(units[k - 1]) && !isAsciiLetter(units[k + 1])) {
        quoted = false;
        singleOpen = false;
      } else if (QUOTE_OPEN.has(g.ch)) quoted = true;
      else if (QUOTE_CLOSE.has(g.ch)) quoted = false;
      else if (SENTENCE_END.has(g.ch)) sentenceStart = true;
      else if (CLAUSE_MARK.has(g.ch)) clauseStart = true;
    }
    prevEnd = t.u + t.norm.length;
    const fix = fixWord(lex, t.norm);
    if (fix && "parts" in fix) {
      const { parts } = fix;
      let offset = 0;
      parts.forEach((p, idx) => {
        const first = units[t.u + offset]!;
        const last = units[t.u + offset + p.length - 1]!;
        offset += p.length;
        words.push({
          quoted,
          sentenceStart: sentenceStart && idx === 0,
          clauseStart,
          norm: p,
          s: first.s,
          e: last.e,
          repairedFrom: t.norm,
        });
      });
      continue;
    }
    const fixed = fix && "repaired" in fix ? fix.repaired : undefined;
    const joined = joinedFrom.get(t);
    // Plain literals (same key order as before): object spread is slow in this hot loop.
    const word: Word = { quoted, sentenceStart, clauseStart, norm: fixed ?? t.norm, s: t.s, e: t.e };
    if (fixed || joined) word.repairedFrom = joined ?? t.norm;
    words.push(word);
  }
  return { language, lex, words };
}
