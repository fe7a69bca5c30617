// Claims that word overlap cannot check: what a summary says *about* a fact, not only whether the fact's
// words are in the sources. Each check reads one clause of the summary against the source clause it is
// about:
//  - modality: a diploma or certification the sources say is being prepared, reported as obtained;
//  - target job: the job the candidate aims at, reported as the one they hold;
//  - role and employer: a role the sources give at one employer, reported at another (roles swapped);
//  - year: a year next to a fact that the source clause about that fact dates otherwise (a year moved);
//  - negation: something the sources only ever say in the negative, stated plainly.
// And the normalisation that keeps faithful paraphrase from being flagged: acronyms against the words
// they stand for, in either direction ("CODIR" for "comité de direction", "brevet de technicien supérieur"
// for "BTS", "HR" for "ressources humaines").
import type { Severity } from "../../core/contract.js";
import { isFirstName } from "../../core/recognizers/pii/first-names.js";
import { stem } from "../../core/text/stem.js";
import { type Token, tokenize } from "../../core/text/tokens.js";
import { extractFacts } from "./facts.js";
import { PHRASES } from "./lexicon-facts.js";
import { STOPWORDS } from "./lexicon-words.js";
import { colonNegationAt, isNegationAt } from "./source-index.js";

export interface ClaimIssue {
  rule: "HA-01" | "HA-02" | "HA-03" | "HA-06";
  severity: Severity;
  start: number;
  end: number;
  explanation: string;
}

interface Clause {
  tokens: Token[];
  start: number;
  end: number;
  negated: boolean;
  planned: boolean;
  target: boolean;
  stems: Set<string>;
  years: Set<number>;
  /** Names (all caps, capitalised or concept keys) this clause holds: "DSCG", "OSCP", "master". */
  names: Set<string>;
  /** Where each name stands; `concept` for a degree or certification of the lexicon. */
  nameSpans: Array<{ name: string; start: number; end: number; concept: boolean }>;
  /** A word saying the name is held: "titulaire", "holds". */
  held: boolean;
  hasTitle: boolean;
  /** Position of a form's negative answer ("CACES grue : non"), which negates the words before it; or -1. */
  colonAnswer: number;
  /** Positions of the tokens that open a bracket: "(Reno, NV)" is where, not what. */
  brackets: number[];
}

export interface ClaimIndex {
  clauses: Clause[];
  /** Upper-case words of the sources (folded): the acronyms a summary may spell out. */
  acronyms: Set<string>;
  /** Folded word sequences of the sources, stopwords kept, for matching an acronym to the words it abbreviates. */
  sequences: string[][];
  /** Names seen only in clauses that say they are planned, being prepared or expected. */
  plannedOnly: Set<string>;
  /** Stems of the target job's distinctive words, per target clause. */
  targets: Array<{ words: string[]; distinctive: Set<string> }>;
  /** In how many source clauses each stem occurs: a stem of one clause points at that clause. */
  clauseCount: Map<string, number>;
  /** Upper-case words of the sources by first letter, for spelling them out in a summary. */
  acronymsByInitial: Map<string, string[]>;
  /** Stems the sources use only inside a negated clause, and those clauses. */
  negatedOnly: Set<string>;
  negatedClauses: Clause[];
  /** Employer-like names (capitalised words on dated lines or after "chez", "at") → clauses that hold them. */
  employers: Map<string, number[]>;
  /** Lines dated like a CV's ("2015 – 2019 :", "depuis 2019") : the sources are a CV or notes, not prose. */
  datedLines: number;
}

/** "prépare", "en cours", "prévu", "soutiendra", "expected": the fact is not there yet. */
const PLANNED = new Set(
  `prepare prepar preparation cours prevu prevue prevus attendu attendue passera soutiendra soutenance termine
  obtenir inscrit inscrite preparing pursuing derniere doctorant doctorante studying progress scheduled due
  expected upcoming enrolled towards toward candidate student etudiant etudiante defend`.split(/\s+/),
);
/** "expects", "preparing", "prépare" read as their stems: any form of the word says the same. */
const PLANNED_STEMS = new Set(
  "expected expects preparing studying scheduled pursuing enrolled defend".split(" ").map(stem),
);
/** "titulaire", "holds", "completed": the clause says the name is held, not only named. */
const HELD = new Set(
  `titulaire diplome diplomee certifie certifiee detient detenteur detentrice obtenu obtenue obtenus reussi
  holds hold holder holding earned completed certified obtained passed qualified awarded`.split(/\s+/),
);
/** "vise", "souhaite devenir", "poste visé", "aims": what follows is the job wanted, not the job held. */
const TARGET = new Set(
  `vise visee vis souhaite souhaiterait aimerait evoluer devenir candidat candidate candidature recherche
  cherche objectif ambition postule vers aims aim wants seeking seeks targets target toward towards become
  applying applicant apply interviewing looking aiming aspires hoping hopes wishes`.split(/\s+/),
);
/** Markers that only ever name a job applied for ("Sous Chef applicant", "candidat au poste de"). */
const APPLYING = new Set(
  "candidat candidate candidature postule applying applicant apply interviewing".split(" "),
);
const JOB_WORDS = new Set(
  "poste postes role roles position job emploi devenir become evoluer vers metier fonction vise".split(" "),
);
/** Words that bound what a negation covers: "n'a jamais encadré d'équipe mais a formé les arrivants". */
const SCOPE_END = new Set(
  "mais but cependant toutefois however et and puis while alors tandis ou or donc so".split(" "),
);
/** Restrictive wording states a limit, as a negation would: "se limitent aux bases du HTML". */
const RESTRICTIVE = /^(?:limit|seulement|uniquement|only|bases?$|basique|notions?$)/u;
const ADVERBS = new Set("encore toujours vraiment aussi deja actuellement formel formelle".split(" "));
const YEAR = /^(?:19[5-9]\d|20\d\d)$/u;

const content = (t: Token) => t.word.length >= 3 && !STOPWORDS.has(t.word) && !/^\d/.test(t.word);
const isUpper = (raw: string) => raw.length >= 2 && /^[\p{Lu}\d]+$/u.test(raw) && /\p{Lu}/u.test(raw);

/** Clauses: sentences and lines, cut again at ";" and "," so that one clause holds about one fact. */
function clausesOf(text: string, cutCommas: boolean): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const cut = cutCommas ? /[\n;.!?]|,\s|\s[–—-]\s/gu : /[\n;!?]|\.\s/gu;
  let start = 0;
  for (const m of text.matchAll(cut)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((c) => text.slice(c.start, c.end).trim().length > 0);
}

function colonAnswer(text: string, tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) if (colonNegationAt(tokens, text, 0, i)) return i;
  return -1;
}

function negatedAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) if (isNegationAt(tokens, i)) return i;
  return -1;
}

/** First token starting at or after `at` (tokens are in text order): clauses slice, never rescan. */
function firstFrom(all: readonly Token[], at: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function makeClause(text: string, span: { start: number; end: number }, all: Token[]): Clause {
  const tokens: Token[] = [];
  for (let i = firstFrom(all, span.start); i < all.length && all[i]!.end <= span.end; i++)
    tokens.push(all[i]!);
  const facts = extractFacts(text, tokens, 0);
  const nameSpans: Clause["nameSpans"] = [];
  for (const c of facts.concepts)
    if (c.kind === "degree" || c.kind === "certification")
      nameSpans.push({ name: c.key, start: c.start, end: c.end, concept: true });
  // All-caps names ("DSCG") and capitalised words past the clause's first ("Google Cloud Professional").
  tokens.forEach((t, i) => {
    if (/^\d+$/.test(t.raw)) return;
    if (isUpper(t.raw)) {
      nameSpans.push({ name: t.word, start: t.start, end: t.end, concept: false });
      // "DU de micronutrition", "DU d'orthopédie": an acronym with its subject names one diploma.
      const next = tokens.slice(i + 1, i + 3).find((n) => !STOPWORDS.has(n.word));
      if (next !== undefined && content(next))
        nameSpans.push({ name: `${t.word} ${next.word}`, start: t.start, end: next.end, concept: false });
    } else if (i > 0 && !STOPWORDS.has(t.word) && t.word.length >= 3 && /^\p{Lu}/u.test(t.raw))
      nameSpans.push({ name: t.word, start: t.start, end: t.end, concept: false });
  });
  const names = new Set(nameSpans.map((n) => n.name));
  const words = tokens.map((t) => t.word);
  const brackets: number[] = [];
  tokens.forEach((t, i) => {
    const before =
      i === 0
        ? text.slice(Math.max(span.start, t.start - 2), t.start)
        : text.slice(tokens[i - 1]!.end, t.start);
    if (before.includes("(")) brackets.push(i);
  });
  return {
    brackets,
    nameSpans,
    held: words.some((w) => HELD.has(w)),
    // Word by word: a capitalised title ("ICU Charge Nurse") is read as a name by extractFacts.
    hasTitle: tokens.some((t) => PHRASES.get(t.word)?.kind === "title"),
    tokens,
    start: span.start,
    end: span.end,
    negated: negatedAt(tokens) >= 0 || colonAnswer(text, tokens) >= 0,
    colonAnswer: colonAnswer(text, tokens),
    planned: words.some((w) => PLANNED.has(w) || PLANNED_STEMS.has(stem(w))) && !words.includes("obtenu"),
    // A target needs a word of a job beside the marker: "vise un poste de", "aims to become", not "wants";
    // "applicant", "candidat" need none.
    target:
      words.some((w) => APPLYING.has(w)) ||
      (words.some((w) => TARGET.has(w)) &&
        (words.some((w) => JOB_WORDS.has(w)) || facts.concepts.some((c) => c.kind === "title"))),
    stems: new Set(tokens.filter(content).map((t) => stem(t.word))),
    years: new Set(tokens.filter((t) => YEAR.test(t.word)).map((t) => Number(t.word))),
    names,
  };
}

export function buildClaimIndex(sources: readonly string[]): ClaimIndex {
  const clauses: Clause[] = [];
  const sequences: string[][] = [];
  const acronyms = new Set<string>();
  const employers = new Map<string, number[]>();
  let datedLines = 0;
  /** Which source each clause comes from. */
  const clauseSource: number[] = [];
  for (const [si, source] of sources.entries()) {
    const tokens = tokenize(source);
    for (const t of tokens) if (isUpper(t.raw) && t.raw.length <= 6) acronyms.add(t.word);
    for (const line of clausesOf(source, false)) {
      const clause = makeClause(source, line, tokens);
      const at = clauses.length;
      clauses.push(clause);
      clauseSource.push(si);
      // "Rhône-Alpes" gives two words to an acronym ("EDARA"), as "Rhône Alpes" would.
      sequences.push(clause.tokens.flatMap((t) => t.word.split("-")));
      // Dated lines of a CV ("2015 – 2019 : analyste chez KPMG") and "chez X" name employers.
      // A CV's dated line: a range of years, or "depuis 2019", "2016 – aujourd'hui" (news sentences with one year are not).
      const since = clause.tokens.some((t) =>
        /^(?:depuis|since|aujourd'hui|present|actuellement)$/u.test(t.word),
      );
      const dated = clause.years.size >= 2 || (clause.years.size === 1 && since);
      if (dated) datedLines++;
      clause.tokens.forEach((t, i) => {
        const prev = clause.tokens[i - 1]?.word ?? "";
        const named = /^\p{Lu}/u.test(t.raw) && i > 0 && !STOPWORDS.has(t.word) && t.word.length >= 3;
        if (named && (dated || prev === "chez" || prev === "at")) {
          const list = employers.get(t.word) ?? [];
          if (!list.includes(at)) list.push(at);
          employers.set(t.word, list);
        }
      });
    }
  }
  // Modality and negation are read per comma-clause: "CEH obtenue en 2022 ; OSCP en cours".
  const fine: Clause[] = [];
  /** The fine clause is in a line that says planned ("doctorat …, laboratoire X (soutenance prévue …)"). */
  const inPlannedLine: boolean[] = [];
  sources.forEach((source, si) => {
    const tokens = tokenize(source);
    // The lines of this source are its clauses indexed above, in text order: one pointer walks them.
    const lines = clauses.filter((_, i) => clauseSource[i] === si);
    let li = 0;
    for (const span of clausesOf(source, true)) {
      fine.push(makeClause(source, span, tokens));
      while (li < lines.length && lines[li]!.end < span.end) li++;
      const line = lines[li];
      inPlannedLine.push(line !== undefined && line.start <= span.start && line.planned && !line.held);
    }
  });
  const planned = new Set<string>();
  const obtained = new Set<string>();
  fine.forEach((c, i) => {
    for (const n of c.names) (c.planned || inPlannedLine[i] ? planned : obtained).add(n);
  });
  const plannedOnly = new Set([...planned].filter((n) => !obtained.has(n)));

  const negated = new Set<string>();
  const plain = new Set<string>();
  for (const c of fine) {
    const at = negatedAt(c.tokens);
    let ended = false;
    c.tokens.forEach((t, i) => {
      if (i > at && SCOPE_END.has(t.word)) ended = true;
      if (!content(t) && !isUpper(t.raw)) return;
      const inScope = (at >= 0 && i > at && !ended) || i < c.colonAnswer;
      (inScope ? negated : plain).add(stem(t.word));
    });
  }
  const negatedOnly = new Set([...negated].filter((s) => !plain.has(s) && !ADVERBS.has(s)));
  const negatedClauses = fine.filter((c) => c.negated);

  const targets: ClaimIndex["targets"] = [];
  const elsewhere = new Set<string>();
  for (const c of fine) if (!c.target) for (const s of c.stems) elsewhere.add(s);
  for (const c of fine) {
    if (!c.target) continue;
    const i = c.tokens.findIndex((t) => TARGET.has(t.word) || APPLYING.has(t.word));
    // The job is named after the marker ("applying for Warehouse Operations Manager (Reno"), up to a
    // bracket, or before it when nothing follows ("Sous Chef applicant (The Ivy").
    const job = (t: Token) =>
      content(t) &&
      !TARGET.has(t.word) &&
      !APPLYING.has(t.word) &&
      !JOB_WORDS.has(t.word) &&
      !employers.has(t.word) &&
      // A capitalised word is part of a job's name only beside a title ("Warehouse Operations Manager"):
      // "candidate Tomás Ruiz" names a person.
      (!/^\p{Lu}/u.test(t.raw) || (c.hasTitle && !isFirstName(t.raw)));
    const bracket = c.brackets.find((k) => k > i);
    let after = c.tokens.slice(i + 1, bracket).filter(job);
    if (after.length === 0) after = c.tokens.slice(0, Math.max(0, i)).filter(job);
    const words = after.map((t) => stem(t.word));
    const distinctive = new Set(words.filter((w) => !elsewhere.has(w)));
    if (words.length > 0 && distinctive.size > 0) targets.push({ words, distinctive });
  }
  const clauseCount = new Map<string, number>();
  for (const c of clauses) for (const st of c.stems) clauseCount.set(st, (clauseCount.get(st) ?? 0) + 1);
  // Bounded: an all-caps source must not make every summary word a candidate expansion of hundreds of words.
  const acronymsByInitial = new Map<string, string[]>();
  for (const a of acronyms) {
    const list = acronymsByInitial.get(a[0]!) ?? [];
    if (list.length < MAX_ACRONYMS_PER_INITIAL) list.push(a);
    acronymsByInitial.set(a[0]!, list);
  }
  return {
    clauses,
    acronyms,
    sequences,
    plannedOnly,
    targets,
    negatedOnly,
    negatedClauses,
    employers,
    datedLines,
    clauseCount,
    acronymsByInitial,
  };
}

/**
 * Whether `letters` can be read off consecutive content words of `seq` from `from`, each word giving a
 * prefix ("co"+"dir" for "comité de direction", "i"+"d"+"e" for "infirmière diplômée d'État").
 */
function spells(letters: string, seq: readonly string[], from: number, minPiece = 1): boolean {
  const go = (li: number, wi: number, pieces: number): boolean => {
    if (li === letters.length) return pieces >= 2 || minPiece === 1;
    const word = seq[wi];
    if (word === undefined) return false;
    // A stopword inside the name may give its letter ("École des avocats" → "EDA") or be skipped.
    if (STOPWORDS.has(word) && li > 0 && go(li, wi + 1, pieces)) return true;
    const bare = word.replace(/^[a-z]'/u, "");
    for (let k = Math.min(bare.length, letters.length - li); k >= minPiece; k--)
      if (bare.startsWith(letters.slice(li, li + k)) && go(li + k, wi + 1, pieces + 1)) return true;
    return false;
  };
  return go(0, from, 0);
}

/**
 * A name of the summary shortened from words of the sources: the start of the source word that follows the
 * previous word of the name ("Bouygues Immo" for "Bouygues Immobilier"), or the starts of consecutive
 * source words run together ("Unistra" for "Université de Strasbourg", "EDARA" for "École des avocats
 * Rhône-Alpes").
 */
export function shortFormInSources(index: ClaimIndex, word: string, previous: string | undefined): boolean {
  if (word.length < 3 || word.length > 12 || !/^[a-z]+$/u.test(word)) return false;
  for (const seq of index.sequences)
    for (let i = 0; i < seq.length; i++) {
      const w = seq[i]!;
      if (previous !== undefined && w === previous) {
        const next = seq[i + 1];
        if (next !== undefined && next.length > word.length && next.startsWith(word)) return true;
      }
      if (STOPWORDS.has(w) || w[0] !== word[0]) continue;
      if (word.length <= 6 ? spells(word, seq, i) : spells(word, seq, i, 2)) return true;
    }
  return false;
}

/** An acronym of the summary that abbreviates words of the sources, in their order or reversed (HR / RH). */
export function acronymInSources(index: ClaimIndex, word: string): boolean {
  const letters = word.toLowerCase().replace(/[^a-z0-9]/gu, "");
  if (letters.length < 2 || letters.length > 6) return false;
  const reversed = [...letters].reverse().join("");
  for (const seq of index.sequences)
    for (let i = 0; i < seq.length; i++) {
      const first = seq[i]!.replace(/^[a-z]'/u, "");
      if (STOPWORDS.has(seq[i]!)) continue;
      if (first[0] === letters[0] && spells(letters, seq, i)) return true;
      if (first[0] === reversed[0] && spells(reversed, seq, i)) return true;
    }
  return false;
}

/** Positions (in `tokens`) of words that spell out an acronym of the sources: "brevet de technicien supérieur". */
export function expandedAcronyms(index: ClaimIndex, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  const words = tokens.map((t) => t.word);
  for (let i = 0; i < tokens.length; i++) {
    if (STOPWORDS.has(words[i]!)) continue;
    for (const a of index.acronymsByInitial.get(words[i]![0] ?? "") ?? []) {
      if (a.length < 2) continue;
      // Initials only: each word gives one letter.
      let li = 0;
      let w = i;
      const used: number[] = [];
      while (li < a.length && w < words.length) {
        if (STOPWORDS.has(words[w]!)) {
          w++;
          continue;
        }
        if (words[w]!.replace(/^[a-z]'/u, "")[0] !== a[li]) break;
        used.push(w);
        li++;
        w++;
      }
      if (li === a.length && used.length >= 2) for (const u of used) out.add(u);
    }
  }
  return out;
}

const restrictive = (tokens: readonly Token[]) => tokens.some((t) => RESTRICTIVE.test(t.word));

/** The claim checks of one sentence of the summary (`text` is the whole summary, `tokens` the sentence's). */
export function checkClaims(
  text: string,
  sentence: { start: number; end: number },
  index: ClaimIndex,
): ClaimIssue[] {
  const out: ClaimIssue[] = [];
  const all = tokenize(text.slice(sentence.start, sentence.end), sentence.start);
  const local = text.slice(sentence.start, sentence.end);
  for (const span of clausesOf(local, true)) {
    const clause = makeClause(
      text,
      { start: sentence.start + span.start, end: sentence.start + span.end },
      all,
    );
    if (clause.tokens.length === 0) continue;
    checkModality(clause, index, out);
    checkTarget(clause, index, out);
    checkNegation(clause, index, out);
    checkYears(clause, index, out);
  }
  checkEmployers(text, all, index, out);
  return out;
}

function checkModality(clause: Clause, index: ClaimIndex, out: ClaimIssue[]): void {
  if (clause.planned || clause.negated) return;
  // A degree or certification of the lexicon is a claim of holding it; another name ("ICPEES", "Google
  // Cloud") only when the clause says it is held ("titulaire", "holds", "completed").
  for (const n of clause.nameSpans) {
    if (!index.plannedOnly.has(n.name) || !(n.concept || clause.held)) continue;
    out.push({
      rule: "HA-02",
      severity: "block",
      start: n.start,
      end: n.end,
      explanation: `« ${n.name} » présenté comme acquis alors que les sources le disent en préparation ou prévu`,
    });
    return;
  }
}

function checkTarget(clause: Clause, index: ClaimIndex, out: ClaimIssue[]): void {
  // "she has not yet been a charge nurse" says the target is not held.
  if (clause.target || clause.planned || clause.negated) return;
  for (const target of index.targets) {
    const hit = clause.tokens.filter((t) => target.distinctive.has(stem(t.word)));
    const shared = target.words.filter((w) => clause.stems.has(w)).length;
    if (hit.length === 0 || shared * 2 < target.words.length) continue;
    out.push({
      rule: "HA-03",
      severity: "block",
      start: hit[0]!.start,
      end: hit[hit.length - 1]!.end,
      explanation: "le poste visé par le candidat est présenté comme son poste actuel",
    });
    return;
  }
}

/** Stems of one root: "reloc" (relocation) and "relocat" (relocating). */
function sameRoot(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
}
const hasRoot = (set: ReadonlySet<string>, s: string) => set.has(s) || [...set].some((x) => sameRoot(x, s));

function checkNegation(clause: Clause, index: ClaimIndex, out: ClaimIssue[]): void {
  if (clause.negated || restrictive(clause.tokens)) return;
  // The clause must say what a negated source clause denies: two words in common, a name counting for two.
  const aligned = index.negatedClauses.some((n) => {
    let score = 0;
    for (const t of clause.tokens)
      if ((content(t) || isUpper(t.raw)) && hasRoot(n.stems, stem(t.word)))
        score += /^\p{Lu}/u.test(t.raw) || isUpper(t.raw) ? 2 : 1;
    return score >= 2;
  });
  if (!aligned) return;
  for (const t of clause.tokens) {
    if (!(content(t) || isUpper(t.raw)) || (t.word.length < 4 && !isUpper(t.raw))) continue;
    if (!hasRoot(index.negatedOnly, stem(t.word))) continue;
    out.push({
      rule: "HA-06",
      severity: "review",
      start: t.start,
      end: t.end,
      explanation: `« ${t.raw} » : les sources ne le disent qu'à la forme négative`,
    });
    return;
  }
}

const ANCHOR_WINDOW = 5;
const LIST_JOINS = new Set(["and", "et", "puis", "then"]);
const MAX_ACRONYMS_PER_INITIAL = 8;

/**
 * The year must be the one the source gives to the fact it stands beside. The fact is read from the words
 * just before the year (back to the previous year), else just after; the source clause it is about is the
 * one sharing most of them, a word found in a single source clause counting double ("CAPA", "Decathlon").
 */
function checkYears(clause: Clause, index: ClaimIndex, out: ClaimIssue[]): void {
  const tokens = clause.tokens;
  const anchorable = (t: Token) => (content(t) || isUpper(t.raw)) && !YEAR.test(t.word);
  tokens.forEach((t, i) => {
    if (!YEAR.test(t.word)) return;
    const year = Number(t.word);
    const before: string[] = [];
    // The fact a year dates ends at "and", "et": "a CAP and a vocational title (2019)" dates the title.
    for (let j = i - 1; j >= 0 && before.length < ANCHOR_WINDOW && !YEAR.test(tokens[j]!.word); j--) {
      if (LIST_JOINS.has(tokens[j]!.word)) break;
      if (anchorable(tokens[j]!)) before.push(stem(tokens[j]!.word));
    }
    const after: string[] = [];
    for (let j = i + 1; j < tokens.length && after.length < ANCHOR_WINDOW && !YEAR.test(tokens[j]!.word); j++)
      if (anchorable(tokens[j]!)) after.push(stem(tokens[j]!.word));
    const anchors = aboutClause(index, before) ? before : after;
    const about = aboutClause(index, anchors);
    if (about === undefined || about.years.size === 0 || about.years.has(year)) return;
    // "engineer since 2017" may date the whole career: any source clause of that year sharing a word will do.
    if (index.clauses.some((c) => c.years.has(year) && anchors.some((a) => c.stems.has(a)))) return;
    out.push({
      rule: "HA-01",
      severity: "block",
      start: t.start,
      end: t.end,
      explanation: `année ${year} : la source date ce fait de ${[...about.years].join(", ")}`,
    });
  });
}

function aboutClause(index: ClaimIndex, anchors: readonly string[]): Clause | undefined {
  let best = 0;
  let found: Clause[] = [];
  // Only a dated source clause can date the fact; the heading with the candidate's name cannot.
  for (const c of index.clauses) {
    if (c.years.size === 0) continue;
    let score = 0;
    for (const a of anchors) if (c.stems.has(a)) score += index.clauseCount.get(a) === 1 ? 2 : 1;
    if (score > best) {
      best = score;
      found = [c];
    } else if (score === best && score > 0) found.push(c);
  }
  return best >= 2 && found.length === 1 ? found[0] : undefined;
}

/**
 * Roles swapped between employers: the words naming what the candidate did, read before the first
 * employer of the sentence, must be in a source clause of that employer; they are flagged when they are
 * only in the clauses of another employer.
 */
function checkEmployers(text: string, tokens: readonly Token[], index: ClaimIndex, out: ClaimIssue[]): void {
  // Each employer named in the sentence ("Avocat au barreau de Lyon, … droit des sociétés chez Fidal").
  tokens.forEach((t, at) => {
    if (at > 0 && index.employers.has(t.word) && /^\p{Lu}/u.test(t.raw))
      checkEmployer(text, tokens, at, index, out);
  });
}

function checkEmployer(
  text: string,
  tokens: readonly Token[],
  at: number,
  index: ClaimIndex,
  out: ClaimIssue[],
): void {
  if (out.some((o) => o.rule === "HA-03" && o.start >= tokens[0]!.start)) return;
  // Every source clause naming the employer counts as its own ("M2 droit social, Université Lyon 3" for Lyon).
  const name = stem(tokens[at]!.word);
  const own = new Set(index.clauses.flatMap((c, i) => (c.stems.has(name) ? [i] : [])));
  const others = new Set<number>();
  for (const [name, list] of index.employers)
    if (name !== tokens[at]!.word) for (const c of list) if (!own.has(c)) others.add(c);
  // The role is what stands in the employer's own clause: "engineer since 2017: first at Booking.com" is not.
  let from = at;
  // Back to the clause's start or to the previous employer: "assistante chez Danone puis chargée de com
  // chez Orange" gives "chargée de com" to Orange.
  while (
    from > 0 &&
    !/[,:;()]/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start)) &&
    !(index.employers.has(tokens[from - 1]!.word) && /^\p{Lu}/u.test(tokens[from - 1]!.raw))
  )
    from--;
  const role = tokens.slice(from, at).filter((t) => content(t) && !/^\p{Lu}/u.test(t.raw));
  const stems = role.map((t) => stem(t.word));
  for (const t of role) {
    const s = stem(t.word);
    const withOwn = [...own].some((c) => index.clauses[c]!.stems.has(s));
    // The other employer's clause must hold the role, not one shared word ("financial" of "analyste financière").
    const withOther = [...others].some(
      (c) =>
        index.clauses[c]!.stems.has(s) && stems.filter((x) => index.clauses[c]!.stems.has(x)).length >= 2,
    );
    if (withOwn || !withOther) continue;
    out.push({
      rule: "HA-03",
      severity: "block",
      start: t.start,
      end: tokens[at]!.end,
      explanation: `« ${t.raw} » : les sources le disent d'un autre employeur que ${tokens[at]!.raw}`,
    });
    return;
  }
}
