// Words with their offsets: "l'expérience" gives "expérience" at its own offset, "Samantha's" gives
// "Samantha", "node.js", "c++" and "CI/CD" stay one token. Each token carries its fold (core/text/fold.ts).
import { foldText } from "./fold.js";

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
  out.push({ raw, word: foldText(raw), start: offset + start, end: offset + start + raw.length });
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
