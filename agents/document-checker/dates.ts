// Dates as documents write them: 01/03/2025, 01.03.2025, 1er mars 2025, 2025-03-01, and on foreign documents
// 1 March 2025, March 1, 2025, 14 JUN 2019. A date read as a day that does not exist (31/02) is refused
// rather than rolled over, so that a forged or mistyped date shows. A month and a year alone ("juin 2016",
// a diploma's session) is a value too: it is dated to the month's first day.
import { ENGLISH_MONTHS } from "../../core/lexicon/english.js";
import { FRENCH_MONTHS } from "../../core/lexicon/french.js";
import { foldText as fold } from "../../core/text/fold.js";

const MONTHS: Readonly<Record<string, number>> = { ...ENGLISH_MONTHS, ...FRENCH_MONTHS };

const FR_MONTH =
  "(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)";
// English months, whole or in the three letters passports print ("14 JUN 2019"); any case.
const EN_MONTH =
  "(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)";

/** The date patterns the extractor accepts as a field value (no capture groups: it is embedded). */
export const DATE_SOURCE = `(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:er)?\\s+(?:${FR_MONTH}|${EN_MONTH})\\.?\\s+\\d{4}|${EN_MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})(?![\\d\\p{L}])`;

/** A month and its year, without a day ("juin 2016", "June 2016"). */
export const MONTH_YEAR_SOURCE = `(?:${FR_MONTH}|${EN_MONTH})\\s+\\d{4}(?!\\d)`;

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
  const written = /^(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})$/.exec(s);
  const month = written ? MONTHS[written[2] ?? ""] : undefined;
  if (written && month) return utcDate(Number(written[3]), month, Number(written[1]));
  const american = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  const usMonth = american ? MONTHS[american[1] ?? ""] : undefined;
  if (american && usMonth) return utcDate(Number(american[3]), usMonth, Number(american[2]));
  const monthYear = /^([a-z]+)\s+(\d{4})$/.exec(s);
  const myMonth = monthYear ? MONTHS[monthYear[1] ?? ""] : undefined;
  if (monthYear && myMonth) return utcDate(Number(monthYear[2]), myMonth, 1);
  return null;
}

/** Start of the calendar day in UTC: a document dated today is not "in the future". */
export function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
