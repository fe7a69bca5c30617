// How a synthesis reads, whoever wrote its sentences: one line per section in the recruiter's order
// ("Parcours : …"), each sentence whole (a capital at the start, a full stop at the end, no filler opener).
import { SUMMARY_TOPICS, type SummarySentence, TOPIC_HEADINGS } from "./types.js";

const capital = (s: string) => s.charAt(0).toLocaleUpperCase("fr") + s.slice(1);

/** Openers that carry no fact: cutting them shortens without changing what is said. */
export const FILLER =
  /^(?:(?:par ailleurs|en outre|de plus|ensuite|enfin|globalement|dans l'ensemble|au cours de l'entretien|lors de l'entretien|pendant l'entretien)\s*,?\s*)+/iu;

/** A statement as a sentence: no filler opener, a capital at the start, a full stop at the end. */
export function asSentence(text: string): string {
  const body = text
    .replace(FILLER, "")
    .replace(/\s+/gu, " ")
    .replace(/^[,;:\s-]+|[,;:\s-]+$/gu, "")
    .trim();
  return /[.!?…]$/u.test(body) ? capital(body) : `${capital(body)}.`;
}

/** The synthesis text: a line per section that has sentences. */
export function layoutOf(sentences: SummarySentence[]): string {
  return SUMMARY_TOPICS.filter((t) => sentences.some((s) => s.topic === t))
    .map(
      (t) =>
        `${TOPIC_HEADINGS[t]} : ${sentences
          .filter((s) => s.topic === t)
          .map((s) => s.text)
          .join(" ")}`,
    )
    .join("\n");
}
