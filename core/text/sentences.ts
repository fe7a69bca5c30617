// Sentences with their offsets. A sentence ends at ". ", "! ", "? " (not after an abbreviation such as
// "M. Dupont", "etc.", "env. 3 ans" or an initial), and at a line break, a semicolon or a bullet: each
// list item is a statement of its own. Offsets are UTF-16 indices into the text given; the sentence's
// text is trimmed and its range is the trimmed range, so text.slice(start, end) === sentence.text.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose dot does not end a sentence (checked on the few characters before the dot). */
const ABBREVIATION =
  /(?:\b(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|St|etc|e\.g|i\.e|cf|vs|env|approx|n°|No|Inc|Ltd|Co|Jr|Sr|p|ex)|\b\p{Lu})$/u;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

export function sentences(text: string): Sentence[] {
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
    const ch = text.charAt(i);
    if (ch === "\n" || ch === ";" || ch === "•") {
      push(i);
      start = i + 1;
    } else if ((ch === "." || ch === "!" || ch === "?") && (i + 1 === text.length || isSpace(text[i + 1]))) {
      if (ch === "." && ABBREVIATION.test(text.slice(Math.max(start, i - 6), i))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}
