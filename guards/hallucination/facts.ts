// Checkable facts in a stretch of text: numbers (digits or words), months, qualifications and other
// lexicon concepts, proper nouns. Used on the checked text and on the sources alike.
import { isFirstName } from "../../core/recognizers/pii/first-names.js";
import type { Token } from "../../core/text/tokens.js";
import {
  CAPS_ONLY,
  type Concept,
  MAX_PHRASE_WORDS,
  PHRASE_STARTS,
  PHRASES,
  WEAK_LEVELS,
} from "./lexicon-facts.js";
import { APPROXIMATORS, MONTHS, NUMBER_SCALES, NUMBER_UNITS, STOPWORDS } from "./lexicon-words.js";

export interface NumberFact {
  value: number;
  start: number;
  end: number;
  approx: boolean;
  /** Followed by a unit of time ("5 ans", "three years"). */
  duration: boolean;
  /** A bare count with no unit ("3 projets"): often implied by a list in the source. */
  bareCount: boolean;
  /** "18 %", "18 percent": a share is only supported by a share. */
  percent: boolean;
}

export interface ConceptFact extends Concept {
  start: number;
  end: number;
  /** Index of the first token, to pair languages with levels. */
  at: number;
}

export interface EntityFact {
  words: string[];
  start: number;
  end: number;
  /** What the words before say it is: an employer ("chez", "at"), a school, or just a name. */
  role: "employer" | "school" | "name";
  /** The first word stands where any word takes a capital (sentence start, after a colon or a bracket). */
  initial: boolean;
}

export interface MonthFact {
  month: number;
  start: number;
  end: number;
}

export interface Facts {
  numbers: NumberFact[];
  months: MonthFact[];
  concepts: ConceptFact[];
  entities: EntityFact[];
  /** Indexes of tokens taken by a number, month, concept or entity (not counted as plain content). */
  used: Set<number>;
}

const PURE_NUMBER = /^(\d{1,3}(?:[ .,]\d{3})+|\d+(?:[.,]\d+)?)(k|m|%|er|ere|eme|e|st|nd|rd|th)?$/;
const COMPOUND_NUMBER = /^\d+(?:[/-]\d+)+$/;
const TIME_UNITS = new Set([
  "an",
  "ans",
  "annee",
  "annees",
  "year",
  "years",
  "yr",
  "yrs",
  "mois",
  "month",
  "months",
  "semaine",
  "semaines",
  "week",
  "weeks",
]);
const NUMBER_CONNECTORS = new Set(["et", "and"]);
const EMPLOYER_CUES = new Set([
  "chez",
  "at",
  "for",
  "with",
  "pour",
  "joined",
  "rejoint",
  "sein",
  "employeur",
  "employer",
  "company",
  "entreprise",
  "societe",
  "client",
  "groupe",
  "group",
]);
const SCHOOL_CUES = new Set([
  "ecole",
  "school",
  "universite",
  "university",
  "institut",
  "institute",
  "college",
  "iut",
  "graduated",
  "diplome",
  "diplomee",
  "alumni",
  "lycee",
  "academy",
  "academie",
]);
const PARTICLES = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "of",
  "the",
  "and",
  "et",
  "&",
  "von",
  "van",
  "da",
  "di",
]);

const UPPER_FIRST = /^\p{Lu}/u;
// Maps, not `in` on the plain tables: `in` also sees Object.prototype, so "constructor" read as a number.
const UNIT_MAP: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_UNITS));
const SCALE_MAP: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_SCALES));
const MONTH_MAP: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS));
const monthOf = (w: string): number | undefined => MONTH_MAP.get(w);
const isUnit = (w: string): boolean => UNIT_MAP.has(w);
const isScale = (w: string): boolean => SCALE_MAP.has(w);

function isCapitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  // ASCII decides without the Unicode regex: \p{Lu} there is exactly A-Z.
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(raw);
}
/** Same as /\d/.test(s) (ASCII digits), without a regex call per token. */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
function isAllCaps(raw: string): boolean {
  return raw.length >= 2 && /\p{L}/u.test(raw) && raw === raw.toUpperCase() && !/^\d/.test(raw);
}

/** Where a capital letter says nothing: first word of a sentence, after a colon, comma, bullet or bracket. */
function atInitialPosition(text: string, tokens: Token[], i: number, base: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  const gap = text.slice(prev.end - base, tokens[i]!.start - base);
  return /[:,(\-–•"«/|]/u.test(gap);
}

/** "une douzaine", "a dozen": a round count, approximate by nature. */
const APPROX_NOUNS = new Set([
  "douzaine",
  "quinzaine",
  "vingtaine",
  "trentaine",
  "dizaine",
  "centaine",
  "dozen",
]);

/** A number word below ten ("trois", "eight"): two of them hyphenated make no compound number. */
function isDigitWord(w: string): boolean {
  const v = UNIT_MAP.get(w);
  return v !== undefined && v >= 1 && v <= 9 && !APPROX_NOUNS.has(w);
}

function parseWordNumber(
  tokens: Token[],
  i: number,
): { value: number; next: number; approx: boolean } | undefined {
  const w = tokens[i]!.word;
  const dash = w.indexOf("-");
  const first = dash < 0 ? w : w.slice(0, dash);
  if (!isUnit(first) && !isScale(first)) return undefined;
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let approx = false;
  let lastUnit = 0;
  while (j < tokens.length) {
    const parts = tokens[j]!.word.split("-");
    let ok = parts.length > 0;
    // "trois-huit" (shift work), "deux-trois" (a rough count): two digits side by side are no compound number.
    for (let k = 1; k < parts.length; k++)
      if (isDigitWord(parts[k - 1]!) && isDigitWord(parts[k]!)) ok = false;
    for (const p of parts) if (!isUnit(p) && !isScale(p) && !NUMBER_CONNECTORS.has(p)) ok = false;
    if (!ok) break;
    if (!any && NUMBER_CONNECTORS.has(parts[0]!)) break;
    for (const p of parts) {
      if (APPROX_NOUNS.has(p)) {
        // "une douzaine" is 12, not 1 + 12.
        if (current === 1 && lastUnit === 1) current = 0;
        current += UNIT_MAP.get(p)!;
        approx = true;
        lastUnit = 0;
      } else if ((p === "vingt" || p === "vingts") && lastUnit === 4) {
        // "quatre-vingts" is 4 × 20, "cent quatre-vingts" 100 + 80.
        current += 80 - 4;
        lastUnit = 0;
      } else if (isUnit(p)) {
        current += UNIT_MAP.get(p)!;
        lastUnit = UNIT_MAP.get(p)!;
      } else if (isScale(p)) {
        lastUnit = 0;
        const scale = SCALE_MAP.get(p)!;
        if (scale >= 1000) {
          total += (current || 1) * scale;
          current = 0;
        } else current = (current || 1) * scale;
      }
    }
    any = true;
    j++;
  }
  if (!any) return undefined;
  // Trailing connector ("deux et") is not part of the number.
  while (j > i && NUMBER_CONNECTORS.has(tokens[j - 1]!.word)) j--;
  return { value: total + current, next: j, approx };
}

function parseNumber(word: string): number[] {
  // Both patterns start with a digit: any other word is no number, without running them.
  const first = word.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return [];
  if (COMPOUND_NUMBER.test(word)) return word.split(/[/-]/).map(Number);
  // "12-hour", "3-year": the number of a compound adjective.
  const unitAdjective = /^(\d+)-\p{L}+$/u.exec(word);
  if (unitAdjective) return [Number(unitAdjective[1])];
  const m = PURE_NUMBER.exec(word);
  if (!m) return [];
  // "2,000" is English for two thousand; "2,5" is French for two and a half.
  const digits = m[1]!.replace(/[ .,](?=\d{3}\b)/g, "").replace(",", ".");
  let v = Number(digits);
  if (m[2] === "k") v *= 1000;
  if (m[2] === "m") v *= 1_000_000;
  return Number.isFinite(v) ? [v] : [];
}

function matchConcept(tokens: Token[], i: number): { concept: Concept; next: number } | undefined {
  const longest = PHRASE_STARTS.get(tokens[i]!.word);
  if (longest === undefined) return undefined;
  const most = Math.min(longest, MAX_PHRASE_WORDS, tokens.length - i);
  // phrases[n - 1]: the words of tokens i .. i + n - 1 joined by spaces, built once, tried longest first.
  const phrases: string[] = [];
  for (let n = 1; n <= most; n++)
    phrases.push(n === 1 ? tokens[i]!.word : `${phrases[n - 2]} ${tokens[i + n - 1]!.word}`);
  for (let n = most; n >= 1; n--) {
    const phrase = phrases[n - 1]!;
    const concept = PHRASES.get(phrase);
    if (!concept) continue;
    if (n === 1 && CAPS_ONLY.has(phrase) && !isAllCaps(tokens[i]!.raw) && !/^[A-Z]/.test(tokens[i]!.raw))
      continue;
    if (n === 1 && CAPS_ONLY.has(phrase) && phrase.length <= 3 && !isAllCaps(tokens[i]!.raw)) continue;
    return { concept, next: i + n };
  }
  return undefined;
}

/** "about 5", "plus de 5", "more than 5": the number at token i is approximate (asked for numbers only). */
function isApprox(tokens: Token[], i: number): boolean {
  const prevWord = tokens[i - 1]?.word ?? "";
  const prev2 = tokens[i - 2]?.word ?? "";
  return (
    APPROXIMATORS.has(prevWord) ||
    (prevWord === "de" && (prev2 === "plus" || prev2 === "moins")) ||
    (prevWord === "than" && prev2 === "more")
  );
}

/** `text` is the stretch the tokens came from and `base` its offset in the full text. */
export function extractFacts(text: string, tokens: Token[], base: number): Facts {
  const facts: Facts = { numbers: [], months: [], concepts: [], entities: [], used: new Set() };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const prevWord = tokens[i - 1]?.word ?? "";
    // "English/Spanish", "FR/EN": each part of a slash-joined token is read as a fact of its own.
    if (t.word.includes("/") && !hasDigit(t.word)) {
      const parts = t.word.split("/").map((w) => PHRASES.get(w));
      if (parts.every((c) => c !== undefined && c.kind !== "level")) {
        for (const c of parts)
          if (c !== undefined) facts.concepts.push({ ...c, start: t.start, end: t.end, at: i });
        facts.used.add(i);
        i++;
        continue;
      }
    }
    const concept = matchConcept(tokens, i);
    if (concept) {
      const weak = concept.next === i + 1 && WEAK_LEVELS.has(t.word);
      if (!weak || concept.concept.kind !== "level") {
        facts.concepts.push({
          ...concept.concept,
          start: t.start,
          end: tokens[concept.next - 1]!.end,
          at: i,
        });
      } else
        facts.concepts.push({
          ...concept.concept,
          key: `weak-${concept.concept.key}`,
          start: t.start,
          end: t.end,
          at: i,
        });
      for (let k = i; k < concept.next; k++) facts.used.add(k);
      i = concept.next;
      continue;
    }
    const month = monthOf(t.word);
    if (month !== undefined) {
      const nearNumber = /^\d/.test(tokens[i + 1]?.word ?? "") || /^\d/.test(prevWord);
      // "may", "mars", "march" are words too: a short or ambiguous month needs a number beside it.
      const fullName = t.word.length >= 5 && t.word !== "march";
      if (nearNumber || fullName) {
        facts.months.push({ month, start: t.start, end: t.end });
        facts.used.add(i);
        i++;
        continue;
      }
    }
    let values = parseNumber(t.word);
    let groups = i + 1;
    // "36 000", "2 650 €": French thousands written with a space are one number over several tokens.
    while (
      values.length === 1 &&
      /^\d{1,3}$/.test(tokens[groups - 1]!.word) === (groups === i + 1) &&
      /^\d{3}$/.test(tokens[groups]?.word ?? "") &&
      /^[ \u00a0\u202f]$/u.test(text.slice(tokens[groups - 1]!.end - base, tokens[groups]!.start - base))
    ) {
      values = [values[0]! * 1000 + Number(tokens[groups]!.word)];
      groups++;
    }
    if (values.length > 0) {
      let end = tokens[groups - 1]!.end;
      let next = groups;
      const scaleWord = tokens[next]?.word;
      let scale = 1;
      if (scaleWord !== undefined && isScale(scaleWord) && SCALE_MAP.get(scaleWord)! >= 1000) {
        scale = SCALE_MAP.get(scaleWord)!;
        end = tokens[next]!.end;
        next++;
      }
      const unit = tokens[next]?.word ?? "";
      const duration = TIME_UNITS.has(unit);
      const after = text.slice(end - base, end - base + 12).toLowerCase();
      const percent = /^\s?(?:%|percent|per cent|pour ?cent)/u.test(after);
      // "80 pour cent", "80 per cent": the words are the percent sign, not a hundred.
      if (percent && /^(?:pour|per)$/.test(tokens[next]?.word ?? "") && tokens[next + 1]?.word === "cent")
        next += 2;
      const money =
        /^\s?[%€$£kK]/u.test(text.slice(end - base, end - base + 2)) ||
        /[$€£]\s?$/u.test(text.slice(Math.max(0, t.start - base - 2), t.start - base));
      for (const v of values)
        facts.numbers.push({
          value: v * scale,
          start: t.start,
          end,
          approx: isApprox(tokens, i),
          duration,
          percent,
          bareCount: !duration && !money && values.length === 1 && v * scale <= 12,
        });
      for (let k = i; k < next; k++) facts.used.add(k);
      i = next;
      continue;
    }
    const words = parseWordNumber(tokens, i);
    if (words && words.value !== 1) {
      const unit = tokens[words.next]?.word ?? "";
      // "quatre-vingts pour cent": the percent words belong to the number.
      const perCent = /^(?:pour|per)$/.test(unit) && tokens[words.next + 1]?.word === "cent";
      if (perCent) words.next += 2;
      facts.numbers.push({
        value: words.value,
        start: t.start,
        end: tokens[words.next - 1]!.end,
        approx: isApprox(tokens, i) || words.approx,
        duration: TIME_UNITS.has(unit),
        bareCount: !TIME_UNITS.has(unit) && words.value <= 12,
        percent: perCent || unit === "percent",
      });
      for (let k = i; k < words.next; k++) facts.used.add(k);
      i = words.next;
      continue;
    }
    if (!STOPWORDS.has(t.word) && (isCapitalised(t.raw) || hasDigit(t.raw))) {
      const initial = atInitialPosition(text, tokens, i, base);
      const strong = isAllCaps(t.raw) || isFirstName(t.raw) || /\p{L}\d|\d\p{L}/u.test(t.raw);
      const next = tokens[i + 1];
      const nextCap =
        next !== undefined &&
        isCapitalised(next.raw) &&
        !STOPWORDS.has(next.word) &&
        /^[ \t]+$/u.test(text.slice(t.end - base, next.start - base));
      // "AI-driven", "Data-driven": a compound with a lower-case part is a word, not a name.
      const compoundWord = /-\p{Ll}/u.test(t.raw);
      if ((!initial || strong || nextCap) && !compoundWord) {
        let j = i + 1;
        let last = i;
        while (j < tokens.length) {
          const w = tokens[j]!;
          const gap = text.slice(tokens[j - 1]!.end - base, w.start - base);
          if (!/^[ \t]*$/u.test(gap) && gap !== "-") break;
          if (isCapitalised(w.raw) && !STOPWORDS.has(w.word) && parseNumber(w.word).length === 0) last = j;
          else if (
            !(PARTICLES.has(w.word) && tokens[j + 1] !== undefined && isCapitalised(tokens[j + 1]!.raw))
          )
            break;
          j++;
        }
        const span = tokens.slice(i, last + 1);
        const cue1 = tokens[i - 1]?.word ?? "";
        const cue2 = tokens[i - 2]?.word ?? "";
        const role =
          SCHOOL_CUES.has(cue1) || SCHOOL_CUES.has(cue2) || SCHOOL_CUES.has(t.word)
            ? "school"
            : EMPLOYER_CUES.has(cue1) || EMPLOYER_CUES.has(cue2)
              ? "employer"
              : "name";
        facts.entities.push({
          words: span.filter((w) => !PARTICLES.has(w.word)).map((w) => w.word),
          start: t.start,
          end: tokens[last]!.end,
          role,
          initial,
        });
        for (let k = i; k <= last; k++) facts.used.add(k);
        i = last + 1;
        continue;
      }
    }
    i++;
  }
  return facts;
}
