// Matching runs on a folded copy of the text (lower case, no accents, one kind of apostrophe, inclusive
// suffixes removed) so that one pattern covers "Diplômé·e", "diplome(e)" and "DIPLÔMÉE". Findings must
// point into the ORIGINAL text (UTF-16 offsets), so every folded character remembers where it came from.

export interface Folded {
  readonly original: string;
  readonly text: string;
  /** starts[i] / ends[i]: the original UTF-16 range that produced folded character i. */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Original offset where a removed inclusive suffix starts → where it ends, to extend spans over it. */
  readonly skipped: ReadonlyMap<number, number>;
}

// "·e", "·es", "·e·s", ".e", "(e)", "(es)", "-e", "(ne)", "·euse"… directly after a letter. Dots only
// before a lower-case suffix followed by a non-letter, so "Paris.En" and URLs are left alone.
const INCLUSIVE =
  /(?<=\p{L})(?:(?:[·•⋅∙][eE](?:[·•⋅∙]?s)?|[·•⋅∙](?:ne|se|euse|rice|trice|ère|ve|le|fe)s?(?:[·•⋅∙]s)?|\.e(?:\.?s)?|\.(?:ne|se|euse|rice|trice|ère)s?|-e(?:-?s)?)(?!\p{L})|\((?:e|es|ne|nes|se|ses|euse|euses|rice|rices|trice|trices|ère|ères|ve|le|fe|s)\))/gu;

const SPECIAL: Record<string, string> = {
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

const COMBINING = /\p{M}/gu;
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = ch.normalize("NFD").replace(COMBINING, "").toLowerCase();
    foldCache.set(ch, folded);
  }
  return folded;
}

// The discrimination and cultural detectors fold the same text one after the other: keep the last result.
// Folded is never mutated by its readers, so sharing it keeps both detectors pure.
let lastOriginal: string | undefined;
let lastFolded: Folded | undefined;

export function fold(original: string): Folded {
  if (original === lastOriginal && lastFolded) return lastFolded;
  const folded = foldUncached(original);
  lastOriginal = original;
  lastFolded = folded;
  return folded;
}

function foldUncached(original: string): Folded {
  const skipped = new Map<number, number>();
  for (const m of original.matchAll(INCLUSIVE)) skipped.set(m.index, m.index + m[0].length);
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const skipTo = skipped.get(i);
    if (skipTo !== undefined) {
      i = skipTo;
      continue;
    }
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    // Per UTF-16 unit, so that folded offsets and these arrays agree for astral characters (emoji).
    for (let k = 0; k < folded.length; k++) {
      out.push(folded.charAt(k));
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  return {
    original,
    text: out.join(""),
    starts: Uint32Array.from(starts),
    ends: Uint32Array.from(ends),
    skipped,
  };
}

/** Original UTF-16 range of folded range [start, end); a removed inclusive suffix right after is included. */
export function originalSpan(f: Folded, start: number, end: number): { start: number; end: number } {
  if (end <= start || start >= f.text.length) return { start: f.original.length, end: f.original.length };
  const s = f.starts[start] ?? 0;
  let e = f.ends[Math.min(end, f.text.length) - 1] ?? s;
  const suffixEnd = f.skipped.get(e);
  if (suffixEnd !== undefined) e = suffixEnd;
  return { start: s, end: e };
}
