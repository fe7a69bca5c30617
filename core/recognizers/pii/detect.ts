// Finds personal data in a text: identifiers (checked by checksum where one exists) and person names
// inferred from context. Spans never overlap: the more specific type wins.
import { isFirstName } from "./first-names.js";
import {
  ADDRESS_EN,
  ADDRESS_FR,
  BIRTH_DATE,
  EMAIL,
  FIRST_LINE,
  IBAN,
  NAME_INTRO,
  NAME_LABEL,
  NAME_SIGNATURE,
  NAME_TITLE,
  NAME_WORD_RE,
  NIR,
  PHONE_FR,
  PHONE_INTL,
  PHONE_US,
  POSTCODE_CITY,
  WHOLE_NAME_LINE,
} from "./patterns.js";
import { isValidIban, isValidNir } from "./validators.js";

export const PII_TYPES = ["email", "iban", "nir", "phone", "birth_date", "address", "person"] as const;
export type PiiType = (typeof PII_TYPES)[number];

export interface PiiSpan {
  type: PiiType;
  start: number;
  end: number;
  value: string;
  /** Checksum result for NIR and IBAN; absent for types without one. */
  valid?: boolean;
}

/** Capitalised words that start sentences or headings and are never names on their own. */
const NOT_NAMES = new Set(
  `le la les un une des il elle ils elles nous vous on ce cette ces son sa ses mon ma mes au aux du de et ou
  the a an he she they we you it his her their our my this that these those and or of in on at for with
  curriculum vitae cv resume résumé profil profile expérience experience expériences formation formations
  education compétences skills langues languages contact coordonnées objet object lettre motivation
  candidature candidat candidate summary synthèse résumé madame monsieur bonjour hello dear cher chère
  ingénieur engineer développeur developer manager chef responsable directeur directrice assistant
  assistante consultant consultante technicien technicienne commercial commerciale paris lyon marseille
  france london new york linkedin github email e-mail tél tel téléphone phone adresse address mobile
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre january february
  march april may june july august september october november december master licence bts mba doctorat
  senior junior stage internship cdi cdd rh hr it sql java python`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

const PLACE_BEFORE = /(?:^|[\s'’])(?:à|au|en|in|at|from|near|vers|basée?)[ \t]+$/iu;
/** Words that follow a five-digit number without being a city ("45000 Euros"). */
const NOT_CITIES = new Set([
  "euros",
  "euro",
  "eur",
  "dollars",
  "usd",
  "clients",
  "salariés",
  "salaries",
  "habitants",
  "personnes",
  "utilisateurs",
  "users",
  "employees",
  "km",
  "heures",
  "hours",
  "pièces",
  "unités",
  "units",
  "visiteurs",
  "abonnés",
]);

interface Candidate {
  span: PiiSpan;
  rank: number;
}

const RANK: Record<PiiType, number> = {
  email: 0,
  iban: 1,
  nir: 2,
  phone: 3,
  birth_date: 4,
  address: 5,
  person: 6,
};

function add(
  out: Candidate[],
  type: PiiType,
  start: number,
  end: number,
  text: string,
  valid?: boolean,
): void {
  if (end <= start) return;
  const span: PiiSpan = { type, start, end, value: text.slice(start, end) };
  if (valid !== undefined) span.valid = valid;
  out.push({ span, rank: RANK[type] });
}

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= "0" && ch <= "9") n++;
  return n;
}

function findIbans(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(IBAN)) {
    // The greedy pattern can run into a following code ("... 189 BIC"): keep the longest valid prefix.
    const raw = m[0];
    const ends: number[] = [];
    let count = 0;
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] !== " ") {
        count++;
        if (count >= 15) ends.push(i + 1);
      }
    }
    let chosen = -1;
    for (let k = ends.length - 1; k >= 0; k--) {
      if (isValidIban(raw.slice(0, ends[k]))) {
        chosen = ends[k]!;
        break;
      }
    }
    if (chosen > 0) add(out, "iban", m.index, m.index + chosen, text, true);
    else add(out, "iban", m.index, m.index + raw.trimEnd().length, text, false);
  }
}

/** Particles that belong to a surname after a civility ("M. DE LA FONTAINE", "Mme Van der Berg"). */
const SURNAME_PARTICLES = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "van",
  "von",
  "der",
  "da",
  "di",
  "del",
  "della",
]);

function trimNameTokens(
  text: string,
  start: number,
  end: number,
  keepParticles = false,
): [number, number] | undefined {
  const words: { s: number; e: number; w: string }[] = [];
  for (const w of text.slice(start, end).matchAll(NAME_WORD_RE))
    words.push({ s: start + w.index, e: start + w.index + w[0].length, w: w[0] });
  let lead = 0;
  if (keepParticles)
    while (lead < words.length - 1 && SURNAME_PARTICLES.has(words[lead]!.w.toLowerCase())) lead++;
  const particles = words.splice(0, lead);
  while (words.length > 0 && NOT_NAMES.has(words[0]!.w.toLowerCase())) words.shift();
  if (words.length > 0 && particles.length > 0) words.unshift(...particles);
  while (words.length > 0 && NOT_NAMES.has(words[words.length - 1]!.w.toLowerCase())) words.pop();
  if (words.length === 0) return undefined;
  // A name stops at the first heading or common word ("Marie Dupont Expérience").
  const cut = words.findIndex((w, i) => i >= particles.length && NOT_NAMES.has(w.w.toLowerCase()));
  const kept = cut > 0 ? words.slice(0, cut) : words;
  return [kept[0]!.s, kept[kept.length - 1]!.e];
}

function addName(text: string, start: number, end: number, out: Candidate[], keepParticles = false): void {
  const t = trimNameTokens(text, start, end, keepParticles);
  if (t) add(out, "person", t[0], t[1], text);
}

function findNames(text: string, out: Candidate[], emailSpans: PiiSpan[]): void {
  for (const re of [NAME_LABEL, NAME_TITLE, NAME_INTRO, NAME_SIGNATURE]) {
    for (const m of text.matchAll(re)) {
      const g = m.indices?.groups?.v;
      if (g) addName(text, g[0], g[1], out, re === NAME_TITLE || re === NAME_LABEL);
    }
  }
  const first = FIRST_LINE.exec(text);
  if (first && first.index < 200) {
    const line = first[1]!;
    const words = line.split(/[ \t]+/);
    const looksLikeName =
      WHOLE_NAME_LINE.test(line) &&
      words.length >= 2 &&
      words.length <= 4 &&
      words.some((w) => isFirstName(w) || (w.length > 1 && w === w.toUpperCase()));
    if (looksLikeName) {
      const s = first.index + first[0].indexOf(line);
      addName(text, s, s + line.length, out);
    }
  }
  // A known first name followed by capitalised words is a person wherever it appears.
  const words = [...text.matchAll(NAME_WORD_RE)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isFirstName(w[0])) continue;
    // "basé à Florence", "moved to Jordan": after a place preposition a lone first name is a place.
    const single = !/^[ \t]+\p{Lu}/u.test(text.slice(w.index + w[0].length, w.index + w[0].length + 3));
    if (single && PLACE_BEFORE.test(text.slice(Math.max(0, w.index - 8), w.index))) continue;
    let end = w.index + w[0].length;
    for (let j = i + 1; j < words.length && j <= i + 2; j++) {
      const next = words[j]!;
      const gap = text.slice(end, next.index);
      if (!/^[ \t]+$/u.test(gap) || NOT_NAMES.has(next[0].toLowerCase())) break;
      end = next.index + next[0].length;
    }
    add(out, "person", w.index, end, text);
  }
  // Every other occurrence of a word already known to be part of a name, and the parts of e-mail local
  // parts ("marie.dupont@"), are the same person: pseudonymising one mention and not the other leaks it.
  const known = new Set<string>();
  for (const c of out)
    if (c.span.type === "person")
      for (const w of c.span.value.matchAll(NAME_WORD_RE)) known.add(w[0].toLowerCase());
  for (const e of emailSpans) {
    const parts = e.value
      .split("@")[0]!
      .split(/[._-]+/)
      .filter((p) => /^\p{L}{3,}$/u.test(p));
    if (parts.length >= 2 || parts.some(isFirstName)) for (const p of parts) known.add(p.toLowerCase());
  }
  for (const w of words) {
    const lw = w[0].toLowerCase();
    if (w[0].length >= 3 && known.has(lw) && !NOT_NAMES.has(lw))
      add(out, "person", w.index, w.index + w[0].length, text);
  }
}

/** Keeps, among overlapping candidates, the most specific type, then the longest span. */
function resolve(cands: Candidate[]): PiiSpan[] {
  cands.sort((a, b) => a.rank - b.rank || b.span.end - b.span.start - (a.span.end - a.span.start));
  const kept: PiiSpan[] = [];
  for (const c of cands) {
    if (kept.some((k) => c.span.start < k.end && k.start < c.span.end)) continue;
    kept.push(c.span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function detectPersonalData(text: string): PiiSpan[] {
  const cands: Candidate[] = [];
  const emails: PiiSpan[] = [];
  for (const m of text.matchAll(EMAIL)) {
    add(cands, "email", m.index, m.index + m[0].length, text);
    emails.push(cands[cands.length - 1]!.span);
  }
  findIbans(text, cands);
  for (const m of text.matchAll(NIR))
    add(cands, "nir", m.index, m.index + m[0].length, text, isValidNir(m[0]));
  for (const re of [PHONE_FR, PHONE_US])
    for (const m of text.matchAll(re)) add(cands, "phone", m.index, m.index + m[0].length, text);
  for (const m of text.matchAll(PHONE_INTL)) {
    const n = digitCount(m[0]);
    if (n >= 8 && n <= 15) add(cands, "phone", m.index, m.index + m[0].trimEnd().length, text);
  }
  for (const m of text.matchAll(BIRTH_DATE)) {
    const g = m.indices?.groups?.v ?? m.indices?.groups?.v2;
    if (g) add(cands, "birth_date", g[0], g[1], text);
  }
  for (const re of [ADDRESS_FR, ADDRESS_EN])
    for (const m of text.matchAll(re)) add(cands, "address", m.index, m.index + m[0].trimEnd().length, text);
  for (const m of text.matchAll(POSTCODE_CITY)) {
    const city = m[0]
      .replace(/^\S+\s+/u, "")
      .split(/[\s-]/u)[0]!
      .toLowerCase();
    if (!NOT_CITIES.has(city)) add(cands, "address", m.index, m.index + m[0].trimEnd().length, text);
  }
  findNames(text, cands, emails);
  return resolve(cands);
}
