// Text normalisation shared by the skill lexicon and the scorer: accent folding, tokens, a light French
// stemmer and stop words. Job and CV go through the same functions, so a requirement is matched on the
// same keys whatever the inflection ("développeuse", "développeurs", "développement"). The fold and the
// stemmer are the project's one toolkit (core/text).
import { foldText as fold } from "../../core/text/fold.js";
import { stem } from "../../core/text/stem.js";

const STOP = new Set(
  `a au aux avec ce ces cet cette d de des du dans en et l la le les leur leurs ou par pour sans sous sur un une
  y a son sa ses mon ma mes ton ta tes notre nos votre vos qui que quoi dont ou ne pas plus moins tres bien
  est sont etre avoir ai as avons avez ont il elle ils elles je tu nous vous on se s c j m n qu t
  the of and or in on at for to with a an by from as is are be this that these those it its your our my
  etc ainsi afin chez entre vers lors selon tout tous toute toutes autre autres meme deja aussi`
    .split(/\s+/u)
    .filter((w) => w.length > 0),
);

export function isStopWord(token: string): boolean {
  return STOP.has(token);
}

const TOKEN = /[\p{L}\p{N}]+(?:[+#]+)?/gu;
// A skill label never spans these: "Java, SQL" is two requirements, not "java sql".
const SEGMENT_BREAK = /[.,;:!?()[\]{}|/\\•·\n\r\t"«»–—]|\s-\s/u;

export interface Token {
  /** Stemmed, folded form used as a key. */
  key: string;
  start: number;
  end: number;
}

/** Content tokens (stop words dropped) in segments that a multi-word skill may not cross. */
export function segments(text: string): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let cursor = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (SEGMENT_BREAK.test(text.slice(cursor, m.index))) {
      if (current.length > 0) out.push(current);
      current = [];
    }
    cursor = m.index + m[0].length;
    const folded = fold(m[0]);
    if (isStopWord(folded) || (folded.length < 2 && !/[+#]/u.test(folded))) continue;
    current.push({ key: stem(folded), start: m.index, end: cursor });
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * The key of a label: its content tokens' stems, in order. Empty when the label has no content word or
 * spans a segment break (it could then never be matched as one phrase).
 */
export function labelKey(label: string): string {
  const parts = segments(label.replace(/\([^)]*\)/gu, " "));
  return parts.length === 1 ? (parts[0] ?? []).map((t) => t.key).join(" ") : "";
}
