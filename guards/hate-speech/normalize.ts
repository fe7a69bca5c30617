// Text normalisation that keeps an index map back to the original: every normalised character remembers
// the UTF-16 span of the original it came from, so a finding's span is exact whatever the spelling tricks.

import { fold } from "../../core/text/fold.js";

/** One normalised character and the original UTF-16 span [s, e) it stands for. */
export interface Unit {
  ch: string;
  s: number;
  e: number;
}

// Leet digits and symbols read as letters only when glued to a letter, so "2024" and "100 %" stay numbers.
const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "i",
};
const isLetter = (u: Unit | undefined): boolean => u !== undefined && u.ch >= "a" && u.ch <= "z";
const isLeet = (u: Unit | undefined): boolean => u !== undefined && u.ch in LEET;

/** Lower case, no accents, ligatures split, emojis as spaces, apostrophes unified: the one fold (core/text). */
function foldChars(text: string): Unit[] {
  const f = fold(text, { pictographsAsSpace: true });
  const out: Unit[] = new Array(f.text.length);
  for (let k = 0; k < f.text.length; k++)
    out[k] = { ch: f.text.charAt(k), s: f.starts[k] ?? 0, e: f.ends[k] ?? 0 };
  return out;
}

/** Reads leet characters as letters inside words ("h4te", "n1gg", "j3"); "*" inside a word is dropped ("f*ck"). */
function unLeet(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  // The bounds of the current run of leet characters, found once per run: rescanning the run for each of
  // its characters made 20,000 "1"s take seconds.
  let runBefore = -1;
  let runAfter = -1;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.ch === "*" && isLetter(units[k - 1]) && (isLetter(units[k + 1]) || units[k + 1]?.ch === "*"))
      continue;
    // "h8te", "h8": an 8 after a letter reads "a" before "te" and "ate" at the end of a word.
    if (u.ch === "8" && isLetter(units[k - 1])) {
      const next = units[k + 1];
      if (next?.ch === "t" && units[k + 2]?.ch === "e") out.push({ ch: "a", s: u.s, e: u.e });
      else if (!isLetter(next)) for (const ch of "ate") out.push({ ch, s: u.s, e: u.e });
      else out.push({ ch: "b", s: u.s, e: u.e });
      continue;
    }
    const leet = LEET[u.ch];
    if (leet === undefined) {
      out.push(u);
      continue;
    }
    // Look through a run of leet characters for a letter on either side ("n00b", "h4te").
    if (k >= runAfter) {
      runBefore = k - 1;
      while (isLeet(units[runBefore])) runBefore--;
      runAfter = k + 1;
      while (isLeet(units[runAfter])) runAfter++;
    }
    const a = runBefore;
    const b = runAfter;
    // A leet character spelt out between spaced letters ("M u s l 1 m s") belongs to that word too.
    const spacedSingle = (j: number) =>
      isLetter(units[j]) && !isLetter(units[j - 1]) && !isLetter(units[j + 1]);
    const spaced =
      units[k - 1]?.ch === " " && units[k + 1]?.ch === " " && spacedSingle(k - 2) && spacedSingle(k + 2);
    const glued = isLetter(units[a]) || isLetter(units[b]) || spaced;
    const symbolOnly = u.ch === "!" || u.ch === "|" || u.ch === "$";
    // "!" and "$" end words too often ("stop!"), so they count only between two letters.
    const accept = symbolOnly ? isLetter(units[k - 1]) && isLetter(units[k + 1]) : glued;
    out.push(accept ? { ch: leet, s: u.s, e: u.e } : u);
  }
  return out;
}

/** "haaaate" → "hate": three or more of one letter collapse to one. */
function collapseRepeats(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    let run = 1;
    while (units[k + run]?.ch === u.ch && isLetter(u)) run++;
    if (run >= 3) {
      out.push({ ch: u.ch, s: u.s, e: units[k + run - 1]!.e });
      k += run - 1;
    } else out.push(u);
  }
  return out;
}

const SPACER = new Set([" ", ".", "-", "_", "*", "·"]);

/** "m u s u l m a n s", "f.a.g" → one word: runs of three or more single letters with one separator between. */
function joinSpacedLetters(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  let k = 0;
  while (k < units.length) {
    const single = (j: number) => isLetter(units[j]) && !isLetter(units[j - 1]) && !isLetter(units[j + 1]);
    if (single(k)) {
      const letters = [k];
      let j = k;
      while (SPACER.has(units[j + 1]?.ch ?? "") && single(j + 2)) {
        j += 2;
        letters.push(j);
      }
      if (letters.length >= 3) {
        for (const l of letters) out.push(units[l]!);
        k = j + 1;
        continue;
      }
    }
    out.push(units[k]!);
    k++;
  }
  return out;
}

// Each repair pass runs only when the folded text shows the trick it undoes: most texts need none.
const HAS_LEET = /[0-9@$!|*]/;
const HAS_REPEAT = /([a-z])\1\1/;
const HAS_SPACED = /(?:^|[^a-z])[a-z][ .\-_*·][a-z0-9][ .\-_*·][a-z0-9](?![a-z])/;

export function normalizeUnits(text: string): Unit[] {
  let units = foldChars(text);
  const flat = () => {
    let out = "";
    for (const u of units) out += u.ch;
    return out;
  };
  if (HAS_LEET.test(text)) units = unLeet(units);
  let folded = flat();
  if (HAS_REPEAT.test(folded)) {
    units = collapseRepeats(units);
    folded = flat();
  }
  if (HAS_SPACED.test(folded)) units = joinSpacedLetters(units);
  return units;
}

/** Normalises one lexicon phrase the same way as a text, so lexicons can be written with accents. */
export function normalizePhrase(phrase: string): string {
  return normalizeUnits(phrase)
    .map((u) => u.ch)
    .join("")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A word of the normalised text and the original span it covers. */
export interface Token {
  norm: string;
  s: number;
  e: number;
  /** Index of the first unit, to find punctuation between tokens. */
  u: number;
}

const wordChar = (x: Unit | undefined): boolean =>
  x !== undefined && ((x.ch >= "a" && x.ch <= "z") || (x.ch >= "0" && x.ch <= "9"));

export function tokenize(units: Unit[]): Token[] {
  const tokens: Token[] = [];
  let k = 0;
  while (k < units.length) {
    const u = units[k]!;
    if (!wordChar(u)) {
      k++;
      continue;
    }
    let j = k;
    let norm = "";
    while (wordChar(units[j])) {
      norm += units[j]!.ch;
      j++;
    }
    tokens.push({ norm, s: u.s, e: units[j - 1]!.e, u: k });
    k = j;
  }
  return tokens;
}
