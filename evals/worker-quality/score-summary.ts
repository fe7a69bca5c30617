// Scores one summary against its case: the expected facts (found, and in the section a recruiter puts
// them), faithfulness (each sentence's content words and figures traceable to the sources), facts repeated
// across sentences, sentences cut or opening mid-thought, and protected or invented facts that leaked.
import { proseDefects, type ShapeDefect, sentencesOfLine } from "../../agents/writing/shape.js";
import { contentStems, holds, numbersIn } from "./match.js";
import { SUMMARY_SECTIONS, type SummaryCase, type SummarySection } from "./writer-cases.js";

const HEADINGS: Record<SummarySection, RegExp> = {
  parcours: /^(?:#+\s*)?(?:parcours|expérience|formation et parcours|parcours et formation)\b/iu,
  competences: /^(?:#+\s*)?(?:compétences|savoir-faire)\b/iu,
  souhaits: /^(?:#+\s*)?(?:souhaits|attentes|disponibilité|souhaits et disponibilité)\b/iu,
  appreciation: /^(?:#+\s*)?(?:appréciation|avis|recommandation)\b/iu,
};
const HEADING_LABEL = /^(?:#+\s*)?([^:]{3,60}?)\s*:\s*/u;

export interface ParsedSummary {
  sections: Partial<Record<SummarySection, string[]>>;
  sentences: string[];
  headings: string[];
}

/** Sections are lines "Heading : sentences" or a heading line followed by sentence lines. */
export function parseSummary(text: string): ParsedSummary {
  const sections: Partial<Record<SummarySection, string[]>> = {};
  const sentences: string[] = [];
  const headings: string[] = [];
  let current: SummarySection | undefined;
  for (const raw of text.split("\n")) {
    let line = raw.trim();
    if (line.length === 0) continue;
    const heading = SUMMARY_SECTIONS.find((s) => HEADINGS[s].test(line));
    if (heading) {
      current = heading;
      const label = HEADING_LABEL.exec(line);
      if (label && line.length > label[0].length) {
        headings.push(label[1] ?? "");
        line = line.slice(label[0].length);
      } else {
        headings.push(line.replace(/\s*:$/u, ""));
        continue;
      }
    }
    const lineSentences = sentencesOfLine(line.replace(/^[-•*]\s+/u, ""));
    sentences.push(...lineSentences);
    if (current) sections[current] = [...(sections[current] ?? []), ...lineSentences];
  }
  return { sections, sentences, headings };
}

export interface SummaryScore {
  id: string;
  split: SummaryCase["split"];
  status: string;
  factsExpected: number;
  factsFound: number;
  factsPlaced: number;
  missing: string[];
  sentences: number;
  /** Sentences whose content words and figures are all traceable to a source. */
  faithful: number;
  unfaithful: string[];
  /** Expected facts stated in more than one sentence, and pairs of near-identical sentences. */
  repeated: string[];
  defects: ShapeDefect[];
  leaked: string[];
}

/** A sentence is traceable when 80 % of its content stems and every figure it gives are in the sources. */
function traceable(sentence: string, sourceStems: Set<string>, sourceNumbers: Set<string>): boolean {
  const stems = contentStems(sentence);
  const known = stems.filter((s) => sourceStems.has(s)).length;
  const numbers = numbersIn(sentence);
  return (stems.length === 0 || known / stems.length >= 0.8) && numbers.every((n) => sourceNumbers.has(n));
}

function overlap(a: string, b: string): number {
  const [x, y] = [new Set(contentStems(a)), new Set(contentStems(b))];
  // Two or fewer content words in common prove nothing ("Chantiers de 5 à 30 M€" and "4 chefs de chantier").
  if (Math.min(x.size, y.size) < 3) return 0;
  const shared = [...x].filter((s) => y.has(s)).length;
  return shared / Math.min(x.size, y.size);
}

export function scoreSummary(c: SummaryCase, result: { status: string; text: string }): SummaryScore {
  const parsed = parseSummary(result.text);
  const sourceStems = new Set(c.sources.flatMap(contentStems));
  const sourceNumbers = new Set(c.sources.flatMap(numbersIn));
  let found = 0;
  let placed = 0;
  const missing: string[] = [];
  const repeated: string[] = [];
  for (const fact of c.expect.facts) {
    const holding = parsed.sentences.filter((s) => fact.any.some((f) => holds(s, f)));
    if (holding.length === 0) {
      missing.push(fact.any[0] ?? "");
      continue;
    }
    found++;
    if ((parsed.sections[fact.section] ?? []).some((s) => fact.any.some((f) => holds(s, f)))) placed++;
    if (holding.length > 1) repeated.push(fact.any[0] ?? "");
  }
  parsed.sentences.forEach((a, i) => {
    for (const b of parsed.sentences.slice(i + 1)) if (overlap(a, b) >= 0.8) repeated.push(`${a} ≈ ${b}`);
  });
  const unfaithful = parsed.sentences.filter((s) => !traceable(s, sourceStems, sourceNumbers));
  return {
    id: c.id,
    split: c.split,
    status: result.status,
    factsExpected: c.expect.facts.length,
    factsFound: found,
    factsPlaced: placed,
    missing,
    sentences: parsed.sentences.length,
    faithful: parsed.sentences.length - unfaithful.length,
    unfaithful,
    repeated: [...new Set(repeated)],
    defects: proseDefects(result.text, parsed.headings),
    leaked: c.expect.absent.filter((a) => holds(result.text, a)),
  };
}
