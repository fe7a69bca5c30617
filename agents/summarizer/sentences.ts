// Sentences of interview notes or a CV, with their offsets, so that an extractive summary can point at
// where each of its sentences was taken from.
import { sentences } from "../../core/text/sentences.js";

export interface SourceSentence {
  text: string;
  source: number;
  start: number;
  end: number;
}

export function splitSources(sources: string[]): SourceSentence[] {
  const out: SourceSentence[] = [];
  sources.forEach((text, source) => {
    for (const s of sentences(text)) {
      // A list item's marker ("- ", "* ") is not part of what it says.
      const body = s.text.replace(/^[-•*]\s*/u, "");
      if (body.length > 0) out.push({ text: body, source, start: s.end - body.length, end: s.end });
    }
  });
  return out;
}
