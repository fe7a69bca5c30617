// Cutting a text into pieces that keep their offsets in it, so that whatever is built from the pieces (an
// ad's lines, a summary's sentences) can point back at the span of the input it came from.

export interface Piece {
  text: string;
  /** UTF-16 offset of `text` in the whole input. */
  start: number;
}

export interface SplitOptions {
  /** Do not cut inside parentheses ("Framatome (Le Creusot, puis Adecco)"). */
  outsideParentheses?: boolean;
  /** Also drop the punctuation a piece ends on ("CDI," → "CDI"). */
  trimPunctuation?: boolean;
}

function depthAt(text: string, at: number): number {
  let depth = 0;
  for (const ch of text.slice(0, at)) depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
  return depth;
}

/** `text` (found at `start` in the input) cut at every match of `separator` (a global regex). */
export function splitWithOffsets(
  text: string,
  start: number,
  separator: RegExp,
  options: SplitOptions = {},
): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(separator)) {
    const at = m.index ?? 0;
    if (options.outsideParentheses && depthAt(text, at) !== 0) continue;
    out.push({ text: text.slice(last, at), start: start + last });
    last = at + m[0].length;
  }
  out.push({ text: text.slice(last), start: start + last });
  return out
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      const body = options.trimPunctuation
        ? p.text
            .trim()
            .replace(/[.;!?:,]+$/u, "")
            .trim()
        : p.text.trim();
      return { text: body, start: p.start + lead };
    })
    .filter((p) => p.text.length > 0);
}
