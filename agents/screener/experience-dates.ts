// Years of work from a CV's date ranges: "2019 – aujourd'hui", "depuis mars 2021", "Jan 2018 - Present",
// "(septembre 2024 – août 2026)", "de 2018 à 2024". Ranges on education lines (a diploma, a school) are
// left out; overlapping jobs count once. "Today" is the injected clock's, never the machine's.
import { ENGLISH_MONTHS } from "../../core/lexicon/english.js";
import { FRENCH_MONTHS } from "../../core/lexicon/french.js";
import { foldText as fold } from "../../core/text/fold.js";

const FR_SHORT: Record<string, number> = {
  janv: 1,
  fevr: 2,
  fev: 2,
  avr: 4,
  juil: 7,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const w = word.replace(/\.$/u, "");
  return FRENCH_MONTHS[w] ?? FR_SHORT[w] ?? ENGLISH_MONTHS[w];
}

const MONTH = "([a-z]{3,9}\\.?)";
const YEAR = "((?:19|20)\\d{2})";
const POINT = `(?:${MONTH}\\s+)?(?:(\\d{1,2})\\/)?${YEAR}`;
const NOW_WORDS =
  "(aujourd'hui|a\\s+ce\\s+jour|ce\\s+jour|present|presente?|maintenant|actuellement|en\\s+cours|now|current|today)";
const DASH = "\\s*(?:-|–|—|à|a|au|to|until|jusqu'en|jusqu'a)\\s*";
const RANGE = new RegExp(`(?:\\bde\\s+|\\bfrom\\s+)?\\b${POINT}${DASH}(?:${POINT}|${NOW_WORDS})`, "gu");
const SINCE = new RegExp(`\\b(?:depuis|since)\\s+(?:(?:le\\s+)?\\d{1,2}\\s+)?(?:${MONTH}\\s+)?${YEAR}`, "gu");

// A line about studies, not work: its ranges are not experience.
const EDUCATION =
  /\b(?:formation|etudes|education|diplome|bts|dut|but|licence|master|mba|bachelor|doctorat|baccalaureat|bac|cap|universite|university|ecole|school|college|lycee|iut|ifsi|iae)\b/u;
const WORK =
  /\b(?:chez|stage|alternance|apprenti|cdi|cdd|poste|emploi|travail|experience|freelance|interim|employ|developp|respons|charge|assistant|technicien|ingenieur|manager|engineer|analyst|developer|consultant|conseiller|agent|operat|infirm|vendeu|comptable|serveu|cuisin|conduct|chauffeur|auditeur|acheteu|macon|boulang|educat|animat|job)\w*/u;

interface Interval {
  from: number;
  to: number;
}

const monthIndex = (year: number, month: number) => year * 12 + (month - 1);

function point(
  month: string | undefined,
  numericMonth: string | undefined,
  year: string | undefined,
  end: boolean,
): number | undefined {
  if (!year) return undefined;
  const m = numericMonth ? Number(numericMonth) : monthOf(month);
  if (m !== undefined && (m < 1 || m > 12)) return undefined;
  // A month-precise end counts that whole month; a bare year marks the start of that year on both sides,
  // so "2016 – 2018" is two years, as a recruiter reads it.
  if (m === undefined) return monthIndex(Number(year), 1);
  return monthIndex(Number(year), m) + (end ? 1 : 0);
}

function educationLine(line: string): boolean {
  return EDUCATION.test(line) && !WORK.test(line.replace(EDUCATION, ""));
}

// Whether a date range is about studies: judged on its own sentence, up to the colon that opens what was
// done ("Électricien (2021 – aujourd'hui) : tableaux… CAP électricien." is work, whatever the line's
// diploma), so one line holding a job and a diploma keeps the job's dates.
function aboutStudies(line: string, at: number, length: number): boolean {
  const before = line.slice(0, at);
  const from = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "), before.lastIndexOf("|")) + 1;
  const after = line.slice(at + length);
  const stop = after.search(/:|\.\s|;|\||$/u);
  return educationLine(`${line.slice(from, at)} ${after.slice(0, stop)}`);
}

/** Years covered by the CV's work date ranges (one decimal), or null when it gives none. */
export function yearsFromDates(text: string, now: Date): number | null {
  const today = monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1);
  const intervals: Interval[] = [];
  let inEducation = false;
  for (const raw of text.split("\n")) {
    const line = fold(raw);
    const heading =
      /^\s*(formation|education|etudes|diplomes|experiences?(?: professionnelles?)?|work experience|employment|parcours|competences|skills|langues|languages)\s*:?\s*$/u.exec(
        line,
      );
    if (heading) {
      inEducation = /formation|education|etudes|diplomes/u.test(heading[1] ?? "");
      continue;
    }
    if (inEducation) continue;
    for (const m of line.matchAll(RANGE)) {
      if (aboutStudies(line, m.index, m[0].length)) continue;
      const from = point(m[1], m[2], m[3], false);
      const to = m[7] ? today : point(m[4], m[5], m[6], true);
      // Taken as written, even past today: the same CV must give the same figure whatever the clock says,
      // unless it says "aujourd'hui".
      if (from !== undefined && to !== undefined && to >= from) intervals.push({ from, to });
    }
    for (const m of line.matchAll(SINCE)) {
      if (aboutStudies(line, m.index, m[0].length)) continue;
      const from = point(m[1], undefined, m[2], false);
      if (from !== undefined && from <= today) intervals.push({ from, to: today });
    }
  }
  if (intervals.length === 0) return null;
  intervals.sort((a, b) => a.from - b.from);
  let months = 0;
  let cur: Interval | undefined;
  for (const iv of intervals) {
    if (cur && iv.from <= cur.to) cur.to = Math.max(cur.to, iv.to);
    else {
      if (cur) months += cur.to - cur.from;
      cur = { ...iv };
    }
  }
  if (cur) months += cur.to - cur.from;
  return Math.round((months / 12) * 10) / 10;
}
