// Finds instructions aimed at the model in candidate input. Matching runs on the folded text so that
// accents, case, homoglyphs and zero-width characters do not hide a phrase; spans map back to the input.
import { Buffer } from "node:buffer";
import { fold, originalSpan } from "../../text/fold.js";
import { matchesOf } from "../../text/matches.js";
import { BASE64_RUN, type InjectionRule, MIXED_SCRIPT_WORD, PATTERNS } from "./patterns.js";

export interface InjectionSpan {
  rule: InjectionRule;
  start: number;
  end: number;
  evidence: string;
  /** What was recognised, for the reviewer. */
  what: string;
}

const ZERO_WIDTH_IN_WORD = /\p{L}[\u200B\u200C\u2060\uFEFF\u180E]+\p{L}/gu;
const TAG_RUN = /[\u{E0000}-\u{E007F}]+/gu;
// Cheap tests that rule a scan out exactly: each pattern needs at least one such character to match.
const HAS_ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF\u180E]/u;
const HAS_TAG_CHAR = /[\u{E0000}-\u{E007F}]/u;
const HAS_CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const PRINTABLE = /^[\x20-\x7E\n\r\t\u00C0-\u017F]*$/u;

function matchFolded(input: string, out: InjectionSpan[], prefix = ""): void {
  const f = fold(input, { homoglyphs: true });
  for (const pat of PATTERNS) {
    for (const m of matchesOf(pat.re, f.text)) {
      if (m[0].trim().length === 0) continue;
      const { start, end } = originalSpan(f, m.index, m.index + m[0].length);
      out.push({ rule: pat.rule, start, end, evidence: input.slice(start, end), what: prefix + pat.what });
    }
  }
}

function decodedBase64(run: string): string | undefined {
  const decoded = Buffer.from(run, "base64").toString("utf8");
  if (decoded.length < 12 || !PRINTABLE.test(decoded)) return undefined;
  return decoded;
}

// Obfuscations found by a cheap presence test first, then the run that shows where they are.
const OBFUSCATIONS = [
  { present: HAS_TAG_CHAR, run: TAG_RUN, what: "caractères Unicode « tag » invisibles" },
  { present: HAS_ZERO_WIDTH, run: ZERO_WIDTH_IN_WORD, what: "caractère invisible à l'intérieur d'un mot" },
  {
    present: HAS_CYRILLIC_OR_GREEK,
    run: MIXED_SCRIPT_WORD,
    what: "mot mêlant alphabets latin et cyrillique/grec (homoglyphes)",
  },
] as const;

export function findInjections(text: string): InjectionSpan[] {
  const out: InjectionSpan[] = [];
  matchFolded(text, out);
  for (const m of text.matchAll(BASE64_RUN)) {
    const decoded = decodedBase64(m[0]);
    if (decoded === undefined) continue;
    const inner: InjectionSpan[] = [];
    matchFolded(decoded, inner);
    if (inner.length > 0)
      out.push({
        rule: "IN-03",
        start: m.index,
        end: m.index + m[0].length,
        evidence: m[0],
        what: `consigne encodée en base64 (« ${inner[0]!.evidence} »)`,
      });
  }
  for (const { present, run, what } of OBFUSCATIONS)
    if (present.test(text))
      for (const m of text.matchAll(run))
        out.push({ rule: "IN-03", start: m.index, end: m.index + m[0].length, evidence: m[0], what });
  return dedupe(out);
}

/** One span per place: overlapping hits of the same rule merge, the earliest and widest wins. */
function dedupe(spans: InjectionSpan[]): InjectionSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: InjectionSpan[] = [];
  for (const s of spans) {
    const twin = kept.find((k) => k.rule === s.rule && s.start < k.end && k.start < s.end);
    if (twin) continue;
    kept.push(s);
  }
  return kept;
}
