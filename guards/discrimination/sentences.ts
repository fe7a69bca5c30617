import { sentences } from "../../core/text/sentences.js";
import { FORM_FIELD } from "./frames.js";

// Context is judged sentence by sentence (core/text/sentences.ts): a requirement marker in one sentence
// says nothing about a criterion word in the next. Commas do not split: "Homme, 20 à 30 ans, permis
// exigé" is one demand. Here each sentence is classified: a question, words addressed to the reader.

export interface Sentence {
  start: number;
  end: number;
  text: string;
  question: boolean;
  /** Speaks to the reader ("vous", "your"): a question or an instruction aimed at the candidate. */
  addressed: boolean;
}

// Inversion ("avez-vous", "travaille-t-il") and interrogative openings mark questions without "?".
const QUESTION_START =
  /^\W*(?:est-ce qu|qu'est-ce|quel(?:le)?s? |combien |comment |pourquoi |quand |ou (?:habitez|vivez|etes)|d'ou |(?:do|does|did|are|is|have|has|will|would|can|could|were|was) (?:you|your)\b|how (?:old|many|long)|what (?:is|are|was) your|when (?:did|will|were) you|where (?:are|were|do) you)/;
const INVERSION = /\b(?!rendez-vous)\w+-(?:t-)?(?:vous|tu|il|elle|ils|elles)\b/;
const ADDRESSED = /\b(?:vous|votre|vos|tu|ton|ta|tes|you|your|yours)\b/;

export function splitSentences(text: string): Sentence[] {
  return sentences(text).map(({ start, end, text: s }) => {
    const field = FORM_FIELD.test(s);
    const question = field || s.endsWith("?") || QUESTION_START.test(s) || INVERSION.test(s);
    return { start, end, text: s, question, addressed: field || ADDRESSED.test(s) };
  });
}
