// A checker of the surface shape of French a recruiter would publish or sign: no sentence ending on an
// article or a preposition, no article left before a cut ("recrutons une pour l'accueil"), no orphan
// fragment ("- ne seront pas retenus."), no bullet opening in lower case, no sentence cut mid-way, no empty
// section. It reads shape, not meaning: every defect names the line and the words at fault, so a writer can
// drop or rewrite that unit and the worker-quality suite can count what reached a caller.

export const SHAPE_RULES = [
  "dangling_word",
  "dangling_article",
  "verb_without_object",
  "orphan_fragment",
  "lowercase_start",
  "cut_sentence",
  "doubled_word",
  "unbalanced",
  "empty_section",
] as const;
export type ShapeRule = (typeof SHAPE_RULES)[number];

export interface ShapeDefect {
  rule: ShapeRule;
  /** 0-based line of the checked text. */
  line: number;
  evidence: string;
  message: string;
}

/** Words a French sentence cannot end on. */
const DANGLING_END = new Set(
  "le la les l un une des du de d à au aux en pour par avec sans sur sous dans chez vers entre et ou mais que qu qui dont ne n ni comme dès afin selon".split(
    " ",
  ),
);
/** An article directly followed by a preposition or a conjunction: a noun was cut out between them. */
const ARTICLE_THEN_LINK =
  /(?<![\p{L}'’])(?:(?:le|la|les)\s+(?:pour|par|avec|sans|sur|dans|chez|et|ou|mais|de|du|des|à|au|aux)(?![\p{L}])(?!\s+(?:un|une|le|la|les|l['’])(?![\p{L}]))|(?:un|une)\s+(?:pour|par|avec|sans|sur|dans|chez|et|ou|mais))(?![\p{L}])(?!\s+(?:un|une|le|la|les|des)(?![\p{L}]))/iu;
/** A preposition or an article right before punctuation. */
const LINK_THEN_PUNCT =
  /(?<![\p{L}'’])(?:le|la|les|un|une|des|du|de|à|au|aux|pour|par|avec|sans|sur|dans|chez|entre|et|ou)\s*[,;.!?]/iu;
/** A recruiting verb whose object was cut out ("Recherchons de direction"). */
const VERB_WITHOUT_OBJECT =
  /(?<![\p{L}])(?:recrutons|recherchons|cherchons|embauchons|recrute|recherche|cherche|embauche)\s+(?:de\s+(?!bons\b|bonnes\b|nouveaux\b|nouvelles\b|vrais\b|vraies\b|futurs\b|futures\b|nombreux\b|nombreuses\b)\p{L}|pour\s+(?:de|d['’]|du|des)\s|[,;.]|$)/iu;
/** A unit that opens on a link word or a verb with no subject cannot stand alone. */
const ORPHAN_START =
  /^(?:et|ou|mais|donc|car|ni|ne|n['’]|qui|que|qu['’]|dont|est|sont|sera|seront|serez|êtes|avez|aurez|ont|a)(?![\p{L}])/iu;
const DOUBLED = /(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/iu;
const SENTENCE_END = /[.!?…)»"”]$/u;

function lastWord(text: string): string {
  const words = text
    .replace(/[.!?…:;,\s]+$/u, "")
    .split(/[\s'’]+/u)
    .filter(Boolean);
  return (words[words.length - 1] ?? "").toLocaleLowerCase("fr");
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

export interface UnitOptions {
  /** Prose sentences must end with a full stop (or ?, !, …); ad bullets and labels need not. */
  requireEnd?: boolean;
}

/** Defects of one unit (a bullet, a sentence, a line of prose), without its bullet mark. */
export function unitDefects(unit: string, line: number, options: UnitOptions = {}): ShapeDefect[] {
  const text = unit.trim();
  const out: ShapeDefect[] = [];
  const add = (rule: ShapeRule, evidence: string, message: string) =>
    out.push({ rule, line, evidence, message });
  if (text.length === 0) return out;
  const first = text.charAt(0);
  if (first !== first.toLocaleUpperCase("fr") && /\p{Ll}/u.test(first))
    add("lowercase_start", text.slice(0, 30), "the unit opens in lower case, mid-thought");
  const orphan = ORPHAN_START.exec(text);
  if (orphan)
    add("orphan_fragment", text.slice(0, 30), `the unit opens on « ${orphan[0]} » with nothing before it`);
  const end = lastWord(text);
  if (DANGLING_END.has(end)) add("dangling_word", end, `the unit ends on « ${end} »`);
  const link = ARTICLE_THEN_LINK.exec(text);
  if (link) add("dangling_article", link[0], "an article with no noun after it");
  const punct = LINK_THEN_PUNCT.exec(text);
  if (punct && !link) add("dangling_article", punct[0], "an article or a preposition before punctuation");
  const verb = VERB_WITHOUT_OBJECT.exec(text);
  if (verb) add("verb_without_object", verb[0], "a recruiting verb whose object was cut out");
  const doubled = DOUBLED.exec(text);
  if (doubled && !/^(?:nous|vous)$/iu.test(doubled[1] ?? ""))
    add("doubled_word", doubled[0], "the same word twice in a row");
  if (!balanced(text)) add("unbalanced", text.slice(0, 30), "unbalanced parentheses");
  if (options.requireEnd && !SENTENCE_END.test(text))
    add("cut_sentence", text.slice(-30), "the sentence does not end: cut or unfinished");
  return out;
}

const BULLET = /^\s*[-•*]\s+/u;

/**
 * Defects of an ad laid out as title, headings and bullets. `headings` are the section titles the ad may
 * use; a heading with nothing under it is an empty section. The title line (first) is checked as a unit.
 */
export function adDefects(ad: string, headings: readonly string[]): ShapeDefect[] {
  const lines = ad.split("\n");
  const isHeading = (l: string) =>
    headings.some((h) => h.toLocaleLowerCase("fr") === l.trim().toLocaleLowerCase("fr"));
  const out: ShapeDefect[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line.length === 0) return;
    if (isHeading(line)) {
      const next = lines.slice(i + 1).find((l) => l.trim().length > 0);
      if (next === undefined || isHeading(next))
        out.push({ rule: "empty_section", line: i, evidence: line, message: "a section with nothing in it" });
      return;
    }
    out.push(...unitDefects(line.replace(BULLET, ""), i));
  });
  return out;
}

/** Defects of prose: every sentence must be whole (capital start, full stop at the end). */
export function proseDefects(text: string, headings: readonly string[] = []): ShapeDefect[] {
  const out: ShapeDefect[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line.length === 0 || headings.includes(line)) return;
    const body = headings.reduce(
      (l, h) => (l.startsWith(`${h} :`) ? l.slice(h.length + 2).trim() : l),
      line.replace(BULLET, ""),
    );
    for (const sentence of sentencesOfLine(body)) out.push(...unitDefects(sentence, i, { requireEnd: true }));
  });
  return out;
}

/** Sentences of one line: split after . ! ? followed by a space and a capital or a digit. */
export function sentencesOfLine(line: string): string[] {
  return line
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\d«"])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
