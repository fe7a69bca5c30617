// Sentences of interview notes or a CV, with their offsets, so that an extractive summary can point at
// where each of its sentences was taken from.

export interface SourceSentence {
  text: string;
  source: number;
  start: number;
  end: number;
}

/** Abbreviations whose dot does not end a sentence ("M. Dupont", "etc. ", "env. 3 ans"). */
const ABBREVIATION = /(?:\b(?:M|Mme|Mlle|Dr|etc|env|cf|ex|p|St|n°)|\b\p{Lu})$/u;

export function splitSources(sources: string[]): SourceSentence[] {
  const out: SourceSentence[] = [];
  sources.forEach((text, source) => {
    let start = 0;
    const push = (end: number) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim().replace(/^[-•*]\s*/u, "");
      const bulletOffset = raw.trim().length - body.length;
      if (body.length > 0)
        out.push({
          text: body,
          source,
          start: start + lead + bulletOffset,
          end: start + lead + raw.trim().length,
        });
      start = end;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] ?? "";
      if (ch === "\n" || ch === ";") {
        push(i);
        start = i + 1;
      } else if (".!?".includes(ch) && /\s/u.test(text[i + 1] ?? " ")) {
        if (ch === "." && ABBREVIATION.test(text.slice(Math.max(start, i - 5), i))) continue;
        push(i + 1);
      }
    }
    push(text.length);
  });
  return out;
}

export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘]/g, "'");
}
