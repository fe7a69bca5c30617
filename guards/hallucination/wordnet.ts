// English synonyms, broader terms and antonyms from WordNet 3.0 (wordnet-en.txt, built by
// build-wordnet.ts), loaded once at start-up. The classifier uses them to tell a paraphrase ("eradicating"
// for "eliminate", "customer" for "client") from an inserted or swapped word.
import { readFileSync } from "node:fs";

const synsets = new Map<string, number[]>();
const links = new Map<number, number[]>();
const antonyms = new Map<string, string[]>();
const irregular = new Map<string, string>();
/** Parts of speech of each lemma: n, v, a, r. */
const parts = new Map<string, string>();

for (const line of readFileSync(new URL("./wordnet-en.txt", import.meta.url), "utf8").split("\n")) {
  const f = line.split(" ");
  const tag = f[0];
  if (tag === "L") {
    synsets.set(f[1]!, f.slice(3).map((s) => Number.parseInt(s, 36)));
    parts.set(f[1]!, f[2]!);
  }
  else if (tag === "H")
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

/** WordNet lemmas a folded English word may be a form of ("eradicating" → "eradicate"). */
export function lemmasOf(word: string): string[] {
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

/** The word's synsets. */
export function synsetsOf(word: string): number[] {
  const out: number[] = [];
  for (const l of lemmasOf(word)) out.push(...(synsets.get(l) ?? []));
  return out;
}

/** Adds a source word's synsets and their broader terms ("vehicle" for "car" is then a paraphrase). */
export function addSourceSynsets(word: string, into: Set<number>): void {
  for (const s of synsetsOf(word)) {
    into.add(s);
    for (const t of links.get(s) ?? []) into.add(t);
  }
}

export function antonymsOf(word: string): string[] {
  const out: string[] = [];
  for (const l of lemmasOf(word)) out.push(...(antonyms.get(l) ?? []));
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
