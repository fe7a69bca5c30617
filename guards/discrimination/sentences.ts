import { FORM_FIELD } from "./frames.js";

// Context is judged sentence by sentence: a requirement marker in one sentence says nothing about a
// criterion word in the next. Commas do not split: "Homme, 20 à 30 ans, permis exigé" is one demand.

export interface Sentence {
  start: number;
  end: number;
  text: string;
  question: boolean;
  /** Speaks to the reader ("vous", "your"): a question or an instruction aimed at the candidate. */
  addressed: boolean;
}

const SENTENCE = /[^.!?;\n]+[.!?;]*|[.!?;]+/g;
// Inversion ("avez-vous", "travaille-t-il") and interrogative openings mark questions without "?".
const QUESTION_START =
  /^\W*(?:est-ce qu|qu'est-ce|quel(?:le)?s? |combien |comment |pourquoi |quand |ou (?:habitez|vivez|etes)|d'ou |(?:do|does|did|are|is|have|has|will|would|can|could|were|was) (?:you|your)\b|how (?:old|many|long)|what (?:is|are|was) your|when (?:did|will|were) you|where (?:are|were|do) you)/;
const INVERSION = /\b(?!rendez-vous)\w+-(?:t-)?(?:vous|tu|il|elle|ils|elles)\b/;
const ADDRESSED = /\b(?:vous|votre|vos|tu|ton|ta|tes|you|your|yours)\b/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0];
    if (s.trim() === "") continue;
    const trimmed = s.trimEnd();
    const field = FORM_FIELD.test(s);
    const question = field || trimmed.endsWith("?") || QUESTION_START.test(s) || INVERSION.test(s);
    out.push({
      start: m.index,
      end: m.index + s.length,
      text: s,
      question,
      addressed: field || ADDRESSED.test(s),
    });
  }
  return out;
}
