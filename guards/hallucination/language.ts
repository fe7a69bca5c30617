// Which language a text is written in, by its function words: a summary written in another language
// than its sources cannot be judged by word overlap.
import type { Token } from "../../core/text/tokens.js";

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
