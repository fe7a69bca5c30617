// Interview notes and CVs cut into the statements a recruiter's synthesis is made of, each with the span
// of the source it comes from. Notes are messy: headings in capitals, "avis :" labels, one run-on line of
// a phone call, a CV's header with the candidate's name. Headers and names are not statements; labels
// that only say which section a line belongs to are kept as that section, not as words.

import { foldText } from "../../core/text/fold.js";
import { splitWithOffsets } from "../writing/pieces.js";
import type { SummaryTopic } from "./types.js";

export interface SourceUnit {
  text: string;
  source: number;
  start: number;
  end: number;
  /** The section a heading or a label of the source gave it. */
  topic?: SummaryTopic;
}

/** Labels that only say where a line belongs; the words after them are the statement. */
const SECTION_LABELS: Array<{ pattern: RegExp; topic: SummaryTopic | "drop" | "none" }> = [
  { pattern: /^(?:parcours|experiences?(?: professionnelles?)?|exp|formation)\s*:\s*/u, topic: "parcours" },
  { pattern: /^(?:competences|savoir-faire|skills)\s*:\s*/u, topic: "competences" },
  { pattern: /^(?:attentes|souhaits|projet|dispo(?:nibilite)?)\s*:\s*/u, topic: "souhaits" },
  {
    pattern:
      /^(?:avis(?: du jury| de l'\w+| du chef de chantier)?|appreciation|reco(?:mmandation)?|verdict|feedback|my take|mon avis)\s*:\s*/u,
    topic: "appreciation",
  },
  { pattern: /^(?:centres? d'interets?|loisirs|hobbies|etat civil|situation)\s*:/u, topic: "drop" },
  {
    pattern:
      /^(?:notes?|cv|rh|manager|interview notes|entretien(?: (?:rh|operationnel|\d+|tel\w*))?(?: \([^)]*\))?|jury)\s*:\s*/u,
    topic: "none",
  },
];

/** The labels opening a text (they may follow one another: "Notes : avis : …"), and what they say. */
function labelled(text: string): { cut: number; topic?: SummaryTopic; drop: boolean } {
  let cut = 0;
  let topic: SummaryTopic | undefined;
  for (let again = true; again; ) {
    again = false;
    for (const label of SECTION_LABELS) {
      const m = label.pattern.exec(foldText(text.slice(cut)));
      if (!m) continue;
      if (label.topic === "drop") return { cut, drop: true };
      if (label.topic !== "none") topic = label.topic;
      cut += m[0].length;
      again = true;
      break;
    }
  }
  return { cut, ...(topic ? { topic } : {}), drop: false };
}

/** A heading alone on its line ("EXPÉRIENCE", "FORMATION") sets the section of the lines under it. */
const HEADING_LINE: Array<{ pattern: RegExp; topic: SummaryTopic }> = [
  { pattern: /^(?:experiences?(?: professionnelles?)?|parcours|formation)\s*:?$/u, topic: "parcours" },
  { pattern: /^(?:competences|langues|outils)\s*:?$/u, topic: "competences" },
];

/** A header line: who and when, not what ("Entretien 12/03 - Mme Leroux", "CV - Julie Leroux", a name). */
function isHeader(line: string): boolean {
  const folded = foldText(line);
  if (/^(?:call|appel|rdv|ent\.?)\s+(?:avec|tel\w*)\b/u.test(folded) && line.split(/\s+/u).length <= 8)
    return true;
  if (
    /^(?:cv|entretien|ent\.?|rdv|call|interview notes|jury de recrutement)\b.*(?:\d{1,2}[/:h]\d{0,2}|\bm\.|\bmme\b|\bmlle\b| - |—)/u.test(
      folded,
    )
  )
    return !/\b(?:ans|exp|caces|veut|souhaite|dispo)\b/u.test(folded);
  // A name alone ("Sophie Marchal", "Maître Antoine Roux") or a name and a job title on a CV's first lines.
  return /^(?:(?:m\.|mme|mlle|maitre|dr)\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2}$/u.test(
    line.trim(),
  );
}

/** Cues a run-on note is cut before, when it has no punctuation to cut on. */
const RUN_ON_CUT =
  /\s(?=(?:souhaite|veut|voudrait|cherche|dispo\w*|disponible|libre|pretentions|salaire|avis|reco\w*|appreciation|qualifications|competences|maitrise|connait|lecture de|habilit\w*)\b)/gu;

/** Sentence ends: . ! ? ; followed by a space, not after an abbreviation ("M. Diallo", "ent. tel", "1 sem."). */
const SENTENCE_END = /(?<!\b(?:M|Mme|Dr|ent|env|cf|ex|tel|sem|log|p|etc))[.!?;]\s+(?=\S)|\s+(?:->|→)\s+/gu;

export function unitsOfSources(sources: string[]): SourceUnit[] {
  const units: SourceUnit[] = [];
  sources.forEach((source, index) => {
    let offset = 0;
    let heading: SummaryTopic | undefined;
    for (const rawLine of source.split("\n")) {
      const lineStart = offset;
      offset += rawLine.length + 1;
      const bullet = /^\s*(?:[-•*]|\d+[.)])\s+/u.exec(rawLine)?.[0] ?? "";
      let line = rawLine.slice(bullet.length);
      let start = lineStart + bullet.length + (line.length - line.trimStart().length);
      line = line.trim();
      if (line.length === 0) continue;
      const folded = foldText(line);
      const headingLine = HEADING_LINE.find((h) => h.pattern.test(folded));
      if (headingLine) {
        heading = headingLine.topic;
        continue;
      }
      if (isHeader(line)) continue;
      const lineLabel = labelled(line);
      if (lineLabel.drop) continue;
      const topic: SummaryTopic | undefined = lineLabel.topic ?? heading;
      line = line.slice(lineLabel.cut);
      start += lineLabel.cut;
      if (line.length === 0) continue;
      const words = line.split(/\s+/u).length;
      const punctuated = /[.!?;]\s/u.test(line);
      const sentences = splitWithOffsets(line, start, SENTENCE_END).flatMap((s) =>
        words > 25 && !punctuated ? splitWithOffsets(s.text, s.start, runOnCuts(s.text)) : [s],
      );
      sentences.forEach((s, i) => {
        // A label may open any sentence of a line ("… calme. Avis : favorable"); the line's own label
        // speaks for its first sentence, a heading line for all of them.
        const own = labelled(s.text);
        if (own.drop) return;
        const body = s.text.slice(own.cut).replace(/[.;!?\s]+$/u, "");
        if (body.length === 0) return;
        const unitTopic = own.topic ?? (i === 0 ? topic : heading);
        const start = s.start + own.cut;
        units.push({
          text: body,
          source: index,
          start,
          end: start + body.length,
          ...(unitTopic ? { topic: unitTopic } : {}),
        });
      });
    }
  });
  return units;
}

/** The run-on cut positions, found on the folded text (same length as the original). */
function runOnCuts(text: string): RegExp {
  const folded = foldText(text);
  const cuts = [...folded.matchAll(RUN_ON_CUT)].map((m) => m.index ?? 0);
  // A regex that matches the whitespace at exactly those offsets of the original text.
  return cuts.length === 0
    ? /(?!)/gu
    : new RegExp(cuts.map((at) => `(?<=^[\\s\\S]{${at}})\\s`).join("|"), "gu");
}
