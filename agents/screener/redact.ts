// Takes out of a CV everything the law forbids a screening to weigh (C. trav. L1132-1, L1221-6; RGPD art. 9;
// rules SC-02, SC-14): names, civilité and sex markers, age, birth date and years, address, family situation,
// nationality and origin, photo and appearance, religion, health and disability, union and political
// activity, elected office, orientation… Identifiers come from the pii guard's detector; the rest from
// protected-patterns.ts. Removed spans become "[…]" whatever their value, and feminine person words take
// their unmarked form, so two CVs that differ only by such attributes come out identical.
import type { Criterion } from "../../core/contract.js";
import { detectPersonalData, type PiiType } from "../../core/recognizers/pii/detect.js";
import { skillLexicon } from "./lexicon.js";
import { genderedWords } from "./neutralise.js";
import { PROTECTED_PATTERNS, type ProtectedPattern } from "./protected-patterns.js";

export const REMOVED = "[…]";

const PII_CRITERION: Record<PiiType, Criterion> = {
  person: "surname",
  email: "personal_data",
  phone: "personal_data",
  nir: "personal_data",
  iban: "bank_domiciliation",
  address: "residence",
  birth_date: "age",
};

export interface Redaction {
  criterion: Criterion;
  what: string;
  start: number;
  end: number;
  /** Text put in place of the span: REMOVED, or the unmarked form of a gendered word. */
  replacement: string;
}

export interface RedactedCv {
  text: string;
  /** Offsets into the original text. Kept in memory only: the spans are the protected data itself. */
  redactions: Redaction[];
  /** How many spans were taken out or neutralised, per criterion: what the trace keeps. */
  counts: Partial<Record<Criterion, number>>;
}

const CLAUSE_BREAK = /[\n.;,:•()|]/u;

function fieldFrom(text: string, start: number, end: number): [number, number] {
  let e = end;
  while (e < text.length && !/[\n;•|]/u.test(text[e] ?? "")) e++;
  return [start, e];
}

function clauseAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !CLAUSE_BREAK.test(text[s - 1] ?? "")) s--;
  let e = end;
  while (e < text.length && !CLAUSE_BREAK.test(text[e] ?? "")) e++;
  // Keep the spaces around: the clause goes, the layout stays.
  while (s < start && /\s/u.test(text[s] ?? "")) s++;
  while (e > end && /\s/u.test(text[e - 1] ?? "")) e--;
  return [s, e];
}

function patternSpans(text: string, pattern: ProtectedPattern): Redaction[] {
  const out: Redaction[] = [];
  for (const m of text.matchAll(pattern.re)) {
    if (m[0].length === 0) continue;
    const at = m.index;
    const [start, end] =
      pattern.reach === "field"
        ? fieldFrom(text, at, at + m[0].length)
        : pattern.reach === "clause"
          ? clauseAround(text, at, at + m[0].length)
          : [at, at + m[0].length];
    if (pattern.unless?.test(text.slice(start, end))) continue;
    out.push({ criterion: pattern.criterion, what: pattern.what, start, end, replacement: REMOVED });
  }
  return out;
}

const NAME_LINE = /^[ \t]*((?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){1,3}\p{Lu}[\p{L}'’-]*)[ \t]*$/u;

/**
 * A CV usually opens on the candidate's name. The pii detector knows common first names; this catches the
 * others ("Aminata Diallo", "Nguyen Thi Lan"), unless the line names a skill or a job ("Comptable Unique").
 */
function headerName(text: string): Redaction[] {
  const first = /\S/u.exec(text);
  if (!first) return [];
  const lineEnd = text.indexOf("\n", first.index);
  const line = text.slice(first.index, lineEnd < 0 ? text.length : lineEnd);
  const m = NAME_LINE.exec(line);
  if (!m?.[1] || skillLexicon().find(line).length > 0 || genderedWords(line).length > 0) return [];
  if (
    /\b(?:cv|curriculum|vitae|profil|resume|développeur|ingénieur|chef|responsable|assistant|technicien)\b/iu.test(
      line,
    )
  )
    return [];
  const words = m[1].split(/[ \t]+/u).filter((w) => w.replace(/\W/gu, "").length >= 2);
  const out: Redaction[] = [];
  // Every other mention of those words is the same person.
  for (const word of words) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    for (const hit of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu")))
      out.push({
        criterion: "surname",
        what: "nom",
        start: hit.index,
        end: hit.index + hit[0].length,
        replacement: REMOVED,
      });
  }
  return out;
}

// Removals separated only by these merge into one: "Madame X, 34 ans, mariée, 2 enfants" and "Monsieur Y,
// 51 ans, célibataire" must both leave a single "[…]", or the number of items would tell the difference.
const JOINABLE_GAP = /^[ \t,;/–—-]*$/u;

/** Unions the removals; a gendered word inside a removed span goes with it. */
function resolve(text: string, spans: Redaction[]): Redaction[] {
  const removals = spans
    .filter((s) => s.replacement === REMOVED)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Redaction[] = [];
  for (const r of removals) {
    const last = merged[merged.length - 1];
    if (last && (r.start <= last.end || JOINABLE_GAP.test(text.slice(last.end, r.start))))
      last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const inside = (s: Redaction) => merged.some((r) => s.start < r.end && r.start < s.end);
  const swaps = spans.filter((s) => s.replacement !== REMOVED && !inside(s));
  return [...merged, ...swaps].sort((a, b) => a.start - b.start);
}

// Nationalities that are also languages ("Français", "Polonais") name a person only next to other civil
// status ("M. X, 61 ans, Français, 2 enfants"); under "Langues" they are a skill and stay.
const LANGUAGE_NATIONALITY =
  /(?<![\p{L}])(?:Fran[cç]ais|Polonais|Portugais|Espagnol|Italien|Allemand|Russe|Roumain|Turc|Chinois|Vietnamien|Japonais|Cor[ée]en|Grec|N[ée]erlandais|Anglais|Arabe|Kurde|Serbe|Albanais|Bulgare|Hongrois|Tch[eè]que)(?![\p{L}])/gu;

function besideCivilStatus(text: string, spans: Redaction[]): Redaction[] {
  const removed = resolve(text, spans).filter((r) => r.replacement === REMOVED);
  const out: Redaction[] = [];
  for (const m of text.matchAll(LANGUAGE_NATIONALITY)) {
    const start = m.index;
    const end = start + m[0].length;
    const touches = removed.some(
      (r) =>
        (r.end <= start && JOINABLE_GAP.test(text.slice(r.end, start))) ||
        (r.start >= end && JOINABLE_GAP.test(text.slice(end, r.start))),
    );
    if (touches) out.push({ criterion: "origin", what: "nationalité", start, end, replacement: REMOVED });
  }
  return out;
}

export function redactCv(text: string): RedactedCv {
  const spans: Redaction[] = [];
  for (const s of detectPersonalData(text))
    spans.push({
      criterion: PII_CRITERION[s.type],
      what: s.type,
      start: s.start,
      end: s.end,
      replacement: REMOVED,
    });
  spans.push(...headerName(text));
  for (const pattern of PROTECTED_PATTERNS) spans.push(...patternSpans(text, pattern));
  for (const g of genderedWords(text))
    spans.push({
      criterion: "sex",
      what: "mot marquant le sexe",
      start: g.start,
      end: g.end,
      replacement: g.to,
    });
  spans.push(...besideCivilStatus(text, spans));
  const redactions = resolve(text, spans);
  let out = "";
  let cursor = 0;
  for (const r of redactions) {
    out += text.slice(cursor, r.start) + r.replacement;
    cursor = r.end;
  }
  out += text.slice(cursor);
  // Lines left with nothing but removals become one: how many lines the civil status took tells nothing.
  out = out.replace(/^\[…\](?:\r?\n\[…\])+$/gmu, REMOVED);
  const counts: Partial<Record<Criterion, number>> = {};
  for (const s of spans) counts[s.criterion] = (counts[s.criterion] ?? 0) + 1;
  return { text: out, redactions, counts };
}
