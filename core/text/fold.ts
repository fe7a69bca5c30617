// The one fold of the project: every detector, worker and recognizer that compares words compares them
// folded the same way (lower case, no accents, ligatures split, one kind of apostrophe, dash and space,
// invisible characters dropped). A detector matches on the folded copy and must point into the ORIGINAL
// text (UTF-16 offsets, what the contract's start/end are), so the folded copy keeps, per folded UTF-16
// unit, the original range it came from; `originalSpan` maps a folded range back. One character table,
// one offset map: a span bug fixed here is fixed for every guard.

export interface Folded {
  readonly original: string;
  readonly text: string;
  /** starts[i] / ends[i]: the original UTF-16 range that produced folded unit i. */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Original offset where a removed inclusive suffix starts → where it ends, to extend spans over it. */
  readonly skipped: ReadonlyMap<number, number>;
}

export interface FoldOptions {
  /** Drop French inclusive suffixes ("·e", "(e)", ".e.s") so one pattern covers every spelling. */
  readonly inclusive?: boolean;
  /** Read Cyrillic and Greek look-alikes as the Latin letters they imitate. */
  readonly homoglyphs?: boolean;
  /** Emoji and flags become a space (a word split by an emoji is two words). */
  readonly pictographsAsSpace?: boolean;
}

// "·e", "·es", "·e·s", ".e", "(e)", "(es)", "-e", "(ne)", "·euse"… directly after a letter. Dots only
// before a lower-case suffix followed by a non-letter, so "Paris.En" and URLs are left alone.
const INCLUSIVE =
  /(?<=\p{L})(?:(?:[·•⋅∙][eE](?:[·•⋅∙]?s)?|[·•⋅∙](?:ne|se|euse|rice|trice|ère|ve|le|fe)s?(?:[·•⋅∙]s)?|\.e(?:\.?s)?|\.(?:ne|se|euse|rice|trice|ère)s?|-e(?:-?s)?)(?!\p{L})|\((?:e|es|ne|nes|se|ses|euse|euses|rice|rices|trice|trices|ère|ères|ve|le|fe|s)\))/gu;

/** Characters whose fold is not "decompose, drop the marks, lower the case". */
const SPECIAL: Readonly<Record<string, string>> = {
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "`": "'",
  "\u00b4": "'",
  "\u2013": "-",
  "\u2014": "-",
  "\u2011": "-",
  "\u2010": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\t": " ",
  œ: "oe",
  Œ: "oe",
  æ: "ae",
  Æ: "ae",
  ß: "ss",
};

/** Cyrillic and Greek letters that look like Latin ones. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
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
};

/**
 * Invisible characters used to split words past a filter (zero-width spaces and joiners' cousins, soft
 * hyphen, word joiner, BOM, variation selectors). The joiner U+200D goes too: inside an emoji sequence
 * it carries no word, inside a word it hides one.
 */
const INVISIBLE: ReadonlySet<number> = new Set([
  0x200b,
  0x200c,
  0x200d,
  0x200e,
  0x200f,
  0x2060,
  0x2061,
  0x2062,
  0x2063,
  0x2064,
  0xfeff,
  0x00ad,
  0x180e,
  ...Array.from({ length: 16 }, (_, k) => 0xfe00 + k),
]);
const TAG_CHAR_MIN = 0xe0000;
const TAG_CHAR_MAX = 0xe007f;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const COMBINING = /\p{M}/gu;
const pictographCache = new Map<string, boolean>();

function isPictograph(ch: string): boolean {
  let is = pictographCache.get(ch);
  if (is === undefined) {
    is = PICTOGRAPH.test(ch);
    if (pictographCache.size < 10_000) pictographCache.set(ch, is);
  }
  return is;
}

const ASCII_FOLD: readonly string[] = Array.from({ length: 128 }, (_, c) =>
  c === 9 ? " " : c === 96 ? "'" : String.fromCharCode(c).toLowerCase(),
);
const ASCII_CODES: readonly number[] = ASCII_FOLD.map((f) => f.charCodeAt(0));
/** Folds of the non-ASCII characters seen so far (a pure function of the character); bounded. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_SIZE = 10_000;

/** The fold of one code point: "" when it is dropped, one or more UTF-16 units otherwise. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80 && ch.length === 1) return ASCII_FOLD[code] ?? ch;
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= TAG_CHAR_MIN && cp <= TAG_CHAR_MAX) || INVISIBLE.has(cp)) folded = "";
    else folded = SPECIAL[ch] ?? ch.normalize("NFD").replace(COMBINING, "").toLowerCase();
    if (foldCache.size < FOLD_CACHE_SIZE) foldCache.set(ch, folded);
  }
  return folded;
}

function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 96) return false;
  }
  return true;
}

/** The folded text alone, when no offsets are needed (keys, word lists, dates). Same fold as `fold`. */
export function foldText(text: string): string {
  if (isPrintableAscii(text)) return text.toLowerCase();
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}

// The guards fold the same text one after the other (discrimination and cultural with inclusive suffixes,
// hate speech with pictographs as spaces, injection with homoglyphs): keep the last result per set of
// options that changes anything. Folded is never mutated by its readers, so sharing it keeps them pure.
const lastFolds = new Map<string, Folded>();

const HAS_HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join("")}]`, "u");
const HAS_INCLUSIVE = new RegExp(INCLUSIVE.source, "u");

/**
 * The options that change anything on this text: an option whose characters the text does not hold gives
 * the same fold as without it (inclusive: no suffix to drop; homoglyphs: no Cyrillic or Greek look-alike;
 * pictographs: no emoji or flag, none of which is ASCII). Most texts then share one fold across the guards.
 */
function effective(text: string, o: FoldOptions): string {
  const inclusive = o.inclusive === true && HAS_INCLUSIVE.test(text);
  const homoglyphs = o.homoglyphs === true && HAS_HOMOGLYPH.test(text);
  const pictographs = o.pictographsAsSpace === true && PICTOGRAPH.test(text);
  return `${inclusive ? 1 : 0}${homoglyphs ? 1 : 0}${pictographs ? 1 : 0}`;
}

/** Folds `original`, keeping for every folded unit the original range it came from. */
export function fold(original: string, options: FoldOptions = {}): Folded {
  const key = effective(original, options);
  const last = lastFolds.get(key);
  if (last !== undefined && last.original === original) return last;
  const folded =
    key === "000" && isAscii(original)
      ? foldAscii(original)
      : foldUncached(original, {
          inclusive: key[0] === "1",
          homoglyphs: key[1] === "1",
          pictographsAsSpace: key[2] === "1",
        });
  lastFolds.set(key, folded);
  return folded;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** ASCII folds unit for unit: lower case, a tab is a space and a backquote an apostrophe (ASCII_FOLD). */
function foldAscii(original: string): Folded {
  const n = original.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  let text = original.toLowerCase();
  if (text.includes("\t")) text = text.replaceAll("\t", " ");
  if (text.includes("`")) text = text.replaceAll("`", "'");
  return { original, text, starts, ends, skipped: new Map() };
}

function foldUncached(original: string, options: FoldOptions): Folded {
  const skipped = new Map<number, number>();
  if (options.inclusive)
    for (const m of original.matchAll(INCLUSIVE)) skipped.set(m.index, m.index + m[0].length);
  // Typed arrays grown by doubling and the folded text as UTF-16 codes: no array of one-character strings
  // and no number[] copied at the end (this runs once per text for all the guards).
  let capacity = original.length + 16;
  let codes = new Uint16Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let n = 0;
  const grow = () => {
    capacity *= 2;
    const c = new Uint16Array(capacity);
    c.set(codes);
    codes = c;
    const s = new Uint32Array(capacity);
    s.set(starts);
    starts = s;
    const e = new Uint32Array(capacity);
    e.set(ends);
    ends = e;
  };
  let i = 0;
  while (i < original.length) {
    if (skipped.size > 0) {
      const skipTo = skipped.get(i);
      if (skipTo !== undefined) {
        i = skipTo;
        continue;
      }
    }
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      // ASCII: one unit, folded by table (no homoglyph and no pictograph is ASCII).
      if (n === capacity) grow();
      codes[n] = ASCII_CODES[code] ?? code;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    const next = original.charCodeAt(i + 1);
    // A surrogate pair is one character; a lone surrogate is one unit of its own.
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const ch = width === 1 ? original.charAt(i) : original.slice(i, i + 2);
    const glyph = options.homoglyphs ? HOMOGLYPHS[ch] : undefined;
    const mapped = glyph ?? (options.pictographsAsSpace && isPictograph(ch) ? " " : foldChar(ch));
    // Per UTF-16 unit, so that folded offsets and these arrays agree for astral characters (emoji).
    for (let k = 0; k < mapped.length; k++) {
      if (n === capacity) grow();
      codes[n] = mapped.charCodeAt(k);
      starts[n] = i;
      ends[n] = i + width;
      n++;
    }
    i += width;
  }
  return { original, text: fromCodes(codes, n), starts: starts.slice(0, n), ends: ends.slice(0, n), skipped };
}

/** The string of the first n codes, in slices small enough for String.fromCharCode's arguments. */
function fromCodes(codes: Uint16Array, n: number): string {
  let out = "";
  for (let at = 0; at < n; at += 8_192)
    out += String.fromCharCode(...codes.subarray(at, Math.min(n, at + 8_192)));
  return out;
}

/**
 * The original UTF-16 range of folded range [start, end); a removed inclusive suffix right after it is
 * included. An empty or out-of-range folded range maps to the empty range at the end of the original.
 */
export function originalSpan(f: Folded, start: number, end: number): { start: number; end: number } {
  if (end <= start || start >= f.text.length) return { start: f.original.length, end: f.original.length };
  const s = f.starts[start] ?? 0;
  let e = f.ends[Math.min(end, f.text.length) - 1] ?? s;
  const suffixEnd = f.skipped.get(e);
  if (suffixEnd !== undefined) e = suffixEnd;
  return { start: s, end: e };
}
