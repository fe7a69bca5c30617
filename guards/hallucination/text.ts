// Text plumbing for the faithfulness check: folding, tokens with offsets, sentences, light stemming.

const COMBINING = /[\u0300-\u036f]/g;

/** Printable ASCII only (what /^[\x20-\x7e]*$/ accepts), without a regex call per token. */
function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Lower case without accents: "Diplômé" and "diplome" are the same word to a recruiter. */
export function foldWord(s: string): string {
  if (isPrintableAscii(s)) return s.toLowerCase();
  return s.normalize("NFD").replace(COMBINING, "").toLowerCase().replace(/[’‘]/g, "'");
}

export interface Token {
  /** As written. */
  raw: string;
  /** Folded. */
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.,'’+#/-][\p{L}\p{N}]+)*[+#]*/gu;
const ELISION = /^(?:[lLdDjJnNsScCmMtTqQ]|[qQ]u)['’](?=\p{L})/u;
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  if (isAscii(text)) {
    // The same tokens as TOKEN, scanned by hand: in ASCII \p{L}\p{N} is [A-Za-z0-9].
    let i = 0;
    while (i < text.length) {
      if (!isAsciiAlnum(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      i = asciiTokenEnd(text, i);
      pushToken(out, text.slice(start, i), start, offset);
    }
    return out;
  }
  // exec on the shared regex rather than matchAll, which copies the regex on every call; a token is never
  // empty, so the loop always advances.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) pushToken(out, m[0], m.index, offset);
  return out;
}

function pushToken(out: Token[], match: string, index: number, offset: number): void {
  let raw = match;
  let start = index;
  // Elisions: "l'expérience", "d'ingénieur" → the word after the apostrophe (second or third character).
  const el = isApostrophe(raw.charCodeAt(1)) || isApostrophe(raw.charCodeAt(2)) ? ELISION.exec(raw) : null;
  if (el) {
    start += el[0].length;
    raw = raw.slice(el[0].length);
  }
  // Possessives: "Samantha's offer" names Samantha.
  const poss = raw.endsWith("s") && isApostrophe(raw.charCodeAt(raw.length - 2));
  if (poss && raw.length > 3) raw = raw.slice(0, -2);
  out.push({ raw, word: foldWord(raw), start: offset + start, end: offset + start + raw.length });
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** . , ' + # / - : the ASCII joiners of TOKEN. */
const isAsciiJoiner = (c: number): boolean =>
  c === 46 || c === 44 || c === 39 || c === 43 || c === 35 || c === 47 || c === 45;

/**
 * End of the TOKEN match starting at i (an alphanumeric): alphanumerics, then joiner + alphanumerics as
 * long as they follow, then trailing + and #. Every part is greedy and nothing after it can fail, so this
 * is the match the regex returns.
 */
function asciiTokenEnd(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
  while (i + 1 < n && isAsciiJoiner(text.charCodeAt(i)) && isAsciiAlnum(text.charCodeAt(i + 1))) {
    i++;
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
  }
  while (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 35)) i++;
  return i;
}

/** Crude stem shared by French and English: enough for "managed/management", "développé/développement". */
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

export function stem(word: string): string {
  let out = stemCache.get(word);
  if (out === undefined) {
    out = stemOf(word);
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stemCache.set(word, out);
  }
  return out;
}

function stemOf(word: string): string {
  let w = word;
  if (w.length > 4 && /(?:s|x)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 7) return w.slice(0, 6);
  if (w.length > 5 && /(?:ed|er|ee|es|e)$/.test(w)) w = w.replace(/(?:ed|er|ee|es|e)$/, "");
  return w;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose dot does not end a sentence. */
const ABBREV =
  /(?:\b(?:M|Mme|Mr|Mrs|Ms|Dr|St|etc|e\.g|i\.e|cf|vs|env|approx|n°|No|Inc|Ltd|Co|Jr|Sr|p|ex)|\b[A-Z])$/u;

/** Sentences, and list items on their own lines: each is one claim to check. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0)
      out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n" || ch === ";" || ch === "•") {
      push(i);
      start = i + 1;
    } else if (
      (ch === "." || ch === "!" || ch === "?") &&
      (i + 1 === text.length || /\s/u.test(text[i + 1]!))
    ) {
      if (ch === "." && ABBREV.test(text.slice(Math.max(start, i - 6), i))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

const FR_MARKERS = new Set([
  "le",
  "la",
  "les",
  "des",
  "est",
  "une",
  "et",
  "dans",
  "pour",
  "avec",
  "chez",
  "il",
  "elle",
  "du",
  "au",
  "sur",
  "depuis",
  "ans",
]);
const EN_MARKERS = new Set([
  "the",
  "and",
  "is",
  "was",
  "with",
  "at",
  "has",
  "have",
  "he",
  "she",
  "of",
  "for",
  "in",
  "since",
  "years",
]);

/** French or English by function words; a cross-language summary cannot be judged by word overlap. */
export function guessLanguage(tokens: readonly Token[]): "fr" | "en" | "unknown" {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    if (FR_MARKERS.has(t.word)) fr++;
    if (EN_MARKERS.has(t.word)) en++;
  }
  if (fr + en < 3) return "unknown";
  return fr > en * 1.5 ? "fr" : en > fr * 1.5 ? "en" : "unknown";
}
