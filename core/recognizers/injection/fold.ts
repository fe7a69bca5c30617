// Folds a text for matching while keeping a map back to the original offsets: lower case, no accents,
// homoglyphs to Latin, invisible characters dropped. Obfuscation then cannot hide a phrase from the
// patterns, and findings still point into the text the reviewer sees.

/** Invisible characters used to split words past a filter; U+200D is kept (emoji sequences need it). */
const INVISIBLE = /[\u200B\u200C\u2060\u2061\u2062\u2063\u2064\uFEFF\u00AD\u180E]/u;
const TAG_CHAR_MIN = 0xe0000;
const TAG_CHAR_MAX = 0xe007f;
const COMBINING = /[\u0300-\u036f]/g;

/** Cyrillic and Greek letters that look like Latin ones. */
const HOMOGLYPHS: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  х: "x",
  у: "y",
  і: "i",
  ј: "j",
  ѕ: "s",
  һ: "h",
  ԁ: "d",
  ӏ: "l",
  А: "a",
  В: "b",
  Е: "e",
  К: "k",
  М: "m",
  Н: "h",
  О: "o",
  Р: "p",
  С: "c",
  Т: "t",
  Х: "x",
  У: "y",
  І: "i",
  α: "a",
  ο: "o",
  ρ: "p",
  ν: "v",
  ι: "i",
  κ: "k",
  τ: "t",
  υ: "u",
  ε: "e",
  Α: "a",
  Β: "b",
  Ε: "e",
  Ζ: "z",
  Η: "h",
  Ι: "i",
  Κ: "k",
  Μ: "m",
  Ν: "n",
  Ο: "o",
  Ρ: "p",
  Τ: "t",
  Χ: "x",
  Υ: "y",
  "\u2018": "'",
  "\u2019": "'",
  "\u00A0": " ",
  "\u202F": " ",
};

const ASCII_LOWER: readonly string[] = Array.from({ length: 128 }, (_, c) =>
  String.fromCharCode(c).toLowerCase(),
);
/** Folding of the non-ASCII characters seen so far (a pure function of the character); bounded. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_SIZE = 10_000;

export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, the offset of the original character it came from. */
  origin: number[];
  invisible: number;
  tagChars: number;
  homoglyphs: number;
}

export function fold(input: string): Folded {
  let text = "";
  const origin: number[] = [];
  let invisible = 0;
  let tagChars = 0;
  let homoglyphs = 0;
  let i = 0;
  for (const ch of input) {
    const cp = ch.codePointAt(0)!;
    const at = i;
    i += ch.length;
    // ASCII (most of any text): no tag, invisible, homoglyph or accent, only case to fold.
    if (cp < 0x80) {
      text += ASCII_LOWER[cp];
      origin.push(at);
      continue;
    }
    if (cp >= TAG_CHAR_MIN && cp <= TAG_CHAR_MAX) {
      tagChars++;
      continue;
    }
    if (INVISIBLE.test(ch)) {
      if (!(cp === 0xfeff && at === 0)) invisible++;
      continue;
    }
    let mapped = HOMOGLYPHS[ch];
    if (mapped !== undefined && mapped.length === 1 && mapped >= "a" && mapped <= "z") homoglyphs++;
    if (mapped === undefined) {
      mapped = foldCache.get(ch);
      if (mapped === undefined) {
        mapped = ch.normalize("NFD").replace(COMBINING, "").toLowerCase();
        if (foldCache.size < FOLD_CACHE_SIZE) foldCache.set(ch, mapped);
      }
    }
    for (let k = 0; k < mapped.length; k++) {
      text += mapped[k];
      origin.push(at);
    }
  }
  origin.push(input.length);
  return { text, origin, invisible, tagChars, homoglyphs };
}

/** Original [start, end) of folded [s, e). */
export function originalSpan(f: Folded, s: number, e: number, input: string): [number, number] {
  const start = f.origin[s] ?? input.length;
  const last = f.origin[Math.max(s, e - 1)] ?? input.length;
  const cp = input.codePointAt(last);
  const end = cp === undefined ? input.length : last + (cp > 0xffff ? 2 : 1);
  return [start, Math.min(end, input.length)];
}
