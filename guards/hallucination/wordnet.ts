// English synonyms, broader terms and antonyms from WordNet 3.0 (wordnet-en.txt, built by
// build-wordnet.ts), loaded once at start-up. The classifier uses them to tell a paraphrase ("eradicating"
// for "eliminate", "customer" for "client") from an inserted or swapped word.
import { readFileSync } from "node:fs";

const synsets = new Map<string, number[]>();
const links = new Map<number, number[]>();
const antonyms = new Map<string, string[]>();
const irregular = new Map<string, string>();
/** Synset → the lemmas that have it among their senses; synset → the synsets that link to it (narrower). */
const members = new Map<number, string[]>();
const narrower = new Map<number, number[]>();
/** Parts of speech of each lemma: n, v, a, r. */
const parts = new Map<string, string>();

for (const line of readFileSync(new URL("./wordnet-en.txt", import.meta.url), "utf8").split("\n")) {
  const f = line.split(" ");
  const tag = f[0];
  if (tag === "L") {
    synsets.set(
      f[1]!,
      f.slice(3).map((s) => Number.parseInt(s, 36)),
    );
    parts.set(f[1]!, f[2]!);
  } else if (tag === "H")
    links.set(
      Number.parseInt(f[1]!, 36),
      f.slice(2).map((s) => Number.parseInt(s, 36)),
    );
  else if (tag === "A") {
    const [a, b] = [f[1]!, f[2]!];
    antonyms.set(a, [...(antonyms.get(a) ?? []), b]);
    antonyms.set(b, [...(antonyms.get(b) ?? []), a]);
  } else if (tag === "X") irregular.set(f[1]!, f[2]!);
}
for (const [lemma, ss] of synsets) for (const x of ss) members.set(x, [...(members.get(x) ?? []), lemma]);
for (const [x, ys] of links) for (const y of ys) narrower.set(y, [...(narrower.get(y) ?? []), x]);

const SUFFIXES: [string, string][] = [
  ["s", ""],
  ["ies", "y"],
  ["es", "e"],
  ["es", ""],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
  ["er", ""],
  ["est", ""],
  ["er", "e"],
  ["est", "e"],
  ["ly", ""],
];

/** Lemmas of the words seen lately: the same words recur from one text to the next. Bounded. */
const lemmaCache = new Map<string, string[]>();
const CACHE_SIZE = 50_000;

/** WordNet lemmas a folded English word may be a form of ("eradicating" → "eradicate"). */
export function lemmasOf(word: string): string[] {
  let out = lemmaCache.get(word);
  if (out === undefined) {
    out = findLemmas(word);
    if (lemmaCache.size >= CACHE_SIZE) lemmaCache.clear();
    lemmaCache.set(word, out);
  }
  return out;
}

function findLemmas(word: string): string[] {
  const out: string[] = [];
  if (synsets.has(word)) out.push(word);
  const irr = irregular.get(word);
  if (irr !== undefined) out.push(irr);
  for (const [suffix, repl] of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, -suffix.length) + repl;
    if (synsets.has(base)) out.push(base);
    // "stopped" → "stop": a doubled final consonant.
    const n = base.length;
    if (repl === "" && n > 3 && base[n - 1] === base[n - 2] && synsets.has(base.slice(0, -1)))
      out.push(base.slice(0, -1));
  }
  return out;
}

const NONE: readonly number[] = [];
const NO_LEMMAS: readonly string[] = [];

/** Synsets of the words seen lately, like lemmaCache (a pure function of the word). Bounded. */
const synsetCache = new Map<string, readonly number[]>();

/** The word's synsets. */
export function synsetsOf(word: string): readonly number[] {
  let out = synsetCache.get(word);
  if (out === undefined) {
    out = findSynsets(word);
    if (synsetCache.size >= CACHE_SIZE) synsetCache.clear();
    synsetCache.set(word, out);
  }
  return out;
}

function findSynsets(word: string): readonly number[] {
  const ls = lemmasOf(word);
  if (ls.length === 0) return NONE;
  if (ls.length === 1) return synsets.get(ls[0]!) ?? NONE;
  const out: number[] = [];
  for (const l of ls) out.push(...(synsets.get(l) ?? []));
  return out;
}

/**
 * Whether the word shares a sense with one of the lemmas, or is a broader term of one of them ("vehicle"
 * for "car", "customer" for "client"): then it paraphrases the sources.
 */
export function paraphrasesOneOf(word: string, lemmas: ReadonlySet<string>): boolean {
  if (lemmas.size === 0) return false;
  for (const x of synsetsOf(word)) {
    for (const m of members.get(x) ?? NO_LEMMAS) if (lemmas.has(m)) return true;
    for (const y of narrower.get(x) ?? NONE)
      for (const m of members.get(y) ?? NO_LEMMAS) if (lemmas.has(m)) return true;
  }
  return false;
}

/** Antonyms of the words seen lately, like lemmaCache (a pure function of the word). Bounded. */
const antonymCache = new Map<string, readonly string[]>();

export function antonymsOf(word: string): readonly string[] {
  let out = antonymCache.get(word);
  if (out === undefined) {
    const found: string[] = [];
    for (const l of lemmasOf(word)) found.push(...(antonyms.get(l) ?? []));
    out = found;
    if (antonymCache.size >= CACHE_SIZE) antonymCache.clear();
    antonymCache.set(word, out);
  }
  return out;
}

/** Whether the word is known to WordNet only as a noun ("home", "car"): a thing, not a way of saying. */
export function nounOnly(word: string): boolean {
  const ls = lemmasOf(word);
  return ls.length > 0 && ls.every((l) => parts.get(l) === "n");
}

export function knownWord(word: string): boolean {
  return lemmasOf(word).length > 0;
}
