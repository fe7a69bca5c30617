// A brief cut into the units an ad is made of: a labelled line ("Missions : …"), a sentence, or, when a
// sentence is a list of short fragments ("CDI, 39h, 2 000 € brut"), each fragment. Every unit keeps its
// offsets in the brief, so a finding on the brief removes whole units and never leaves half a clause.
import { splitWithOffsets as cut } from "../writing/pieces.js";
import type { AdSectionId } from "./sections.js";

export interface BriefUnit {
  text: string;
  start: number;
  end: number;
  /** The section a label in the brief put it in ("Profil :", a "Missions :" heading line). */
  section?: AdSectionId;
  /** A label kept in front of the text ("Salaire : …"). */
  keepLabel?: boolean;
  /** Units cut from one sentence share it: a fragment that leaned on a removed one goes too. */
  sentence: number;
  /** One of several short fragments of a list-like sentence: joined again with its neighbours in a section. */
  fragment?: boolean;
  /** The brief names its job here ("Poste : …", "Intitulé : …"): the title, not a line of the ad. */
  titleLine?: boolean;
}

const LABELS: Array<{ pattern: RegExp; section: AdSectionId | "title"; keep?: boolean }> = [
  { pattern: /^(?:poste|intitulé|intitule|job|titre|fonction)(?:\s*:\s*|\t+\s*)/iu, section: "title" },
  {
    pattern:
      /^(?:entreprise|société|structure|employeur|l['’]entreprise|qui sommes-nous|about us|company|employer)(?:\s*:\s*|\t+\s*)/iu,
    section: "entreprise",
  },
  {
    pattern:
      /^(?:vos missions|missions?|au programme|tâches|vos tâches|responsabilités|activités|le poste|your role|tasks|duties)(?:\s*:\s*|\t+\s*)/iu,
    section: "missions",
  },
  {
    pattern:
      /^(?:votre profil|profil recherché|profil|compétences|requirements|must have|prérequis|qualifications|profile)(?:\s*:\s*|\t+\s*)/iu,
    section: "profil",
  },
  {
    pattern: /^(?:conditions|contrat|nous offrons|we offer|contract)(?:\s*:\s*|\t+\s*)/iu,
    section: "conditions",
  },
  {
    pattern:
      /^(?:salaire|rémunération|package|avantages|lieu|horaires|statut|temps de travail|prise de poste|salary|location)(?:\s*:\s*|\t+\s*)/iu,
    section: "conditions",
    keep: true,
  },
];

/** Sentence ends: . ! ? ; followed by a space (not "2,5", not "M. Dupont"). */
const SENTENCE_SPLIT = /(?<=[.!?;])\s+(?=\S)/gu;
/** Clause cuts inside a sentence: commas (not between digits) and " - ". */
const CLAUSE_SPLIT = /(?<!\d),\s*|,(?!\d)\s*|\s+[-–—]\s+/gu;

const split = (text: string, start: number, separator: RegExp) =>
  cut(text, start, separator, { outsideParentheses: true, trimPunctuation: true });

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;
/** A clause with a subject and a finite verb starts prose, not a list ("Le stack est TypeScript, React…"). */
const FINITE_VERB =
  /(?<![\p{L}])(?:est|sont|êtes|avez|serez|aurez|allez|vas|seras|assurerez|participerez|recrutons|recherchons|cherchons|recrute|recherche|cherche|préférons|souhaitons|proposons|offrons)(?![\p{L}])/iu;
/** A sentence whose every clause is this short is a list, not prose: each clause is a unit. */
const FRAGMENT_WORDS = 7;

// A one-line form ("Poste : X | Lieu : Y | Contrat : Z"): each labelled segment is a line of its own.
const SEGMENT = /\s+\|\s+(?=[\p{L}' ]{2,40}\s*:)/gu;
// Pictographs open lines like bullets do ("🚀 On recrute", "👉 Tu développeras").
const BULLET = /^\s*(?:(?:[-•*]|\d+[.)])\s+|(?:(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s*)+)/u;

/** The brief's lines with their offsets, a one-line form cut at its pipes. */
function linesOf(brief: string): Array<{ text: string; start: number }> {
  const lines: Array<{ text: string; start: number }> = [];
  let offset = 0;
  for (const line of brief.replace(/\r/gu, "").split("\n")) {
    let from = 0;
    for (const m of line.matchAll(SEGMENT)) {
      lines.push({ text: line.slice(from, m.index), start: offset + from });
      from = m.index + m[0].length;
    }
    lines.push({ text: line.slice(from), start: offset + from });
    offset += line.length + 1;
  }
  return lines;
}

export function unitsOf(brief: string): BriefUnit[] {
  const units: BriefUnit[] = [];
  let sentence = 0;
  let heading: AdSectionId | undefined;
  for (const { text: rawLine, start: lineStart } of linesOf(brief)) {
    const bullet = BULLET.exec(rawLine)?.[0] ?? "";
    const line = rawLine.slice(bullet.length);
    const lead = line.length - line.trimStart().length;
    let body = line.trim();
    let bodyStart = lineStart + bullet.length + lead;
    if (body.length === 0) {
      heading = undefined;
      continue;
    }
    let section: AdSectionId | undefined = bullet ? heading : undefined;
    let keepLabel = false;
    for (const label of LABELS) {
      const m = label.pattern.exec(body);
      if (!m) continue;
      if (label.section === "title") {
        units.push({
          text: body.slice(m[0].length),
          start: bodyStart + m[0].length,
          end: bodyStart + body.length,
          sentence: sentence++,
          titleLine: true,
        });
        body = "";
        break;
      }
      section = label.section;
      keepLabel = label.keep === true;
      if (!keepLabel) {
        body = body.slice(m[0].length);
        bodyStart += m[0].length;
      }
      break;
    }
    // A label alone on its line heads the bullets under it.
    if (body.replace(/[:\s]/gu, "").length === 0 || (section && body.trim().length === 0)) {
      heading = section;
      continue;
    }
    if (/^[^.!?]{2,40}:\s*$/u.test(body)) continue;
    for (const whole of split(body, bodyStart, SENTENCE_SPLIT)) {
      // A label may open a sentence in the middle of a paragraph ("… du réseau. Missions : …").
      let s = whole;
      let sentenceSection = section;
      let sentenceKeep = keepLabel;
      for (const label of LABELS) {
        const m = label.section === "title" ? null : label.pattern.exec(s.text);
        if (!m || label.section === "title") continue;
        sentenceSection = label.section;
        sentenceKeep = label.keep === true;
        if (!sentenceKeep) s = { text: s.text.slice(m[0].length), start: s.start + m[0].length };
        break;
      }
      if (s.text.trim().length === 0) continue;
      const clauses = split(s.text, s.start, CLAUSE_SPLIT);
      const isList =
        (sentenceSection !== undefined && !sentenceKeep) ||
        (!FINITE_VERB.test(clauses[0]?.text ?? "") && clauses.every((c) => words(c.text) <= FRAGMENT_WORDS));
      const pieces = isList && clauses.length > 1 ? clauses : [s];
      for (const p of pieces)
        units.push({
          text: p.text,
          start: p.start,
          end: p.start + p.text.length,
          sentence,
          ...(sentenceSection ? { section: sentenceSection } : {}),
          ...(sentenceKeep ? { keepLabel: true } : {}),
          ...(isList && clauses.length > 1 ? { fragment: true } : {}),
        });
      sentence++;
    }
  }
  return units;
}

/** The clauses of one unit, each a unit of the same sentence (the opening sentence is cut this way). */
export function clausesOf(unit: BriefUnit): BriefUnit[] {
  return split(unit.text, unit.start, CLAUSE_SPLIT).map((p) => ({
    ...unit,
    text: p.text,
    start: p.start,
    end: p.start + p.text.length,
  }));
}
