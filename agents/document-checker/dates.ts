// French dates as documents write them: 01/03/2025, 1er mars 2025, 2025-03-01. A date read as a day that
// does not exist (31/02) is refused rather than rolled over, so that a forged or mistyped date shows.
import { FRENCH_MONTHS } from "../../core/lexicon/french.js";
import { foldText as fold } from "../../core/text/fold.js";

const MONTHS = FRENCH_MONTHS;

/** The date patterns the extractor accepts as a field value (no capture groups: it is embedded). */
export const DATE_SOURCE =
  "(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:er)?\\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\\s+\\d{4})";

function utcDate(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

export function parseFrenchDate(value: string): Date | null {
  const s = fold(value.trim());
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (numeric) return utcDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = /^(\d{1,2})(?:er)?\s+([a-z]+)\s+(\d{4})$/.exec(s);
  const month = written ? MONTHS[written[2] ?? ""] : undefined;
  if (written && month) return utcDate(Number(written[3]), month, Number(written[1]));
  return null;
}

/** Start of the calendar day in UTC: a document dated today is not "in the future". */
export function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
