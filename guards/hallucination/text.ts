// Text plumbing for the faithfulness check: folding, tokens with offsets, sentences, light stemming.

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case without accents: "Diplômé" and "diplome" are the same word to a recruiter. */
const ASCII = /^[\x20-\x7e]*$/;

export function foldWord(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
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

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0];
    let start = m.index;
    // Elisions: "l'expérience", "d'ingénieur" → the word after the apostrophe.
    const el = /^(?:[lLdDjJnNsScCmMtTqQ]|[qQ]u)['’](?=\p{L})/u.exec(raw);
    if (el) {
      start += el[0].length;
      raw = raw.slice(el[0].length);
    }
    // Possessives: "Samantha's offer" names Samantha.
    const poss = /['’]s$/u.exec(raw);
    if (poss && raw.length > 3) raw = raw.slice(0, -2);
    out.push({ raw, word: foldWord(raw), start: offset + start, end: offset + start + raw.length });
  }
  return out;
}

/** Crude stem shared by French and English: enough for "managed/management", "développé/développement". */
export function stem(word: string): string {
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
