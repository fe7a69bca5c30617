// Claim-by-claim faithfulness check: each sentence of the checked text is split into facts, and each fact
// must be found in the sources. What is left (plain content words) gives a coverage score per claim.
import type { Severity } from "../../core/contract.js";
import { foldText as foldPhrase } from "../../core/text/fold.js";
import { type Sentence, sentences as splitSentences } from "../../core/text/sentences.js";
import { stem } from "../../core/text/stem.js";
import { type Token, tokenize } from "../../core/text/tokens.js";
import {
  acronymInSources,
  buildClaimIndex,
  type ClaimIndex,
  checkClaims,
  expandedAcronyms,
  shortFormInSources,
} from "./claims.js";
import { extractFacts, type Facts } from "./facts.js";
import { guessLanguage } from "./language.js";
import {
  ANTONYMS,
  COMMON_POLAR,
  GENERIC_ORG_WORDS,
  MIN_PREFIXED_ROOT,
  NEGATING_PREFIXES,
  STOPWORDS,
  SUBSTITUTION_CLASS,
  TRANSLATE,
} from "./lexicon-words.js";
import {
  buildSourceIndex,
  isNegationAt,
  keysOf,
  negatedPredicateKeys,
  pairLevels,
  postingsOf,
  type SourceIndex,
  wordnetOf,
} from "./source-index.js";
import { antonymsOf, knownWord, nounOnly, paraphrasesOneOf } from "./wordnet.js";

/**
 * HA-01..04 invented facts (block), HA-05 softer unsupported content (review), HA-06 contradiction
 * (review: lexical evidence of a flipped meaning is never certain), HA-07 borderline support (warn).
 * The policy files carry the severities; the detector picks the rule that matches its confidence.
 */
export const HALLUCINATION_RULES = ["HA-01", "HA-02", "HA-03", "HA-04", "HA-05", "HA-06", "HA-07"] as const;
export type HallucinationRule = (typeof HALLUCINATION_RULES)[number];

export interface Issue {
  rule: HallucinationRule;
  start: number;
  end: number;
  severity: Severity;
  /** False when the evidence is borderline (low coverage, a small count, a seniority word). */
  sure: boolean;
  explanation: string;
  /**
   * Which lexical evidence: for HA-06 a negation added or removed, a same-class swap, an antonym; for
   * HA-05/HA-07 "coverage" when it is only that few of the claim's words are in the sources.
   */
  cue?: "negation-added" | "negation-removed" | "substitution" | "antonym" | "coverage";
}

export interface ClaimReport {
  start: number;
  end: number;
  /** Share of the claim's content words found in the sources (stems and translations count). */
  coverage: number;
  contentWords: number;
  /** Content words absent from the sources, and their total length. */
  unsupported: number;
  unsupportedChars: number;
  /** Share of the claim's keys found in the best-aligned source sentence. */
  alignment: number;
  /** The claim and its best-aligned source sentence disagree on negation. */
  negationMismatch: boolean;
  /** Restrictive or absolute words the sources never use ("only", "always", "seulement"). */
  novelQuantifiers: number;
  /** Unsupported words with a WordNet synonym or broader term in the sources: paraphrase. */
  unsupportedSynonyms: number;
  /** Unsupported words without such a link: nouns only ("home", "car"), unknown to WordNet (names, rare). */
  unsupportedNouns: number;
  unsupportedUnknown: number;
  /** Unsupported words that summaries use to report ("discussed", "highlights"): no claim about the facts. */
  unsupportedReporting: number;
  /** Words absent from the sources whose WordNet antonym the sources use. */
  wordnetAntonyms: number;
}

export interface FaithfulnessReport {
  issues: Issue[];
  claims: ClaimReport[];
  /** Length of the checked text over the length of the sources. */
  lengthRatio: number;
  /** Languages of the checked text and of the sources, by function words. */
  textLanguage: "fr" | "en" | "unknown";
  sourceLanguage: "fr" | "en" | "unknown";
  /** The sources read as a CV or interview notes (dated lines), where the claim checks decide. */
  recordLike: boolean;
}

/** A broader title is supported by a narrower one in the sources ("manager" by "chef de projet"). */
const TITLE_SUPPORT: Record<string, string[]> = {
  manager: ["manager", "project-manager", "product-manager", "director", "executive", "lead", "founder"],
  engineer: ["engineer", "developer", "data-scientist", "architect"],
  developer: ["developer", "engineer", "lead"],
  "project-manager": ["project-manager", "product-manager"],
  "product-manager": ["product-manager", "project-manager"],
  intern: ["intern", "junior"],
};
/** "An engineering degree" says less than the sources' "diplôme d'ingénieur" (a master) or "B.Eng." (a bachelor). */
const DEGREE_SUPPORT: Record<string, string[]> = {
  "engineering-degree": ["engineering-degree", "master", "bachelor", "engineer-school"],
  // The French "diplôme d'ingénieur" confers the master's grade.
  master: ["master", "engineering-degree"],
};
const SENIORITY = new Set(["senior", "junior", "lead"]);
const GRADUATE = new Set(["graduate", "diplome", "diplomee"]);
const DEGREES = new Set([
  "master",
  "bachelor",
  "doctorate",
  "engineering-degree",
  "mba",
  "bts",
  "dut",
  "engineer-school",
]);
const LOW_COVERAGE = 0.5;
const BORDERLINE_COVERAGE = 0.65;
const ALIGN_MIN = 0.5;

const NAMES_FR: Record<string, string> = {
  degree: "diplôme",
  certification: "certification",
  language: "langue",
  level: "niveau de langue",
  title: "intitulé de poste",
  skill: "compétence",
  benefit: "avantage",
};

function supportedWord(index: SourceIndex, word: string): boolean {
  if (keysOf(word).some((k) => index.keys.has(k) || index.words.has(k))) return true;
  // "AI-driven", "co-founder": a compound is supported when its parts are.
  const parts = word.split(/[-/]/).filter((p) => p.length > 0 && !STOPWORDS.has(p));
  return parts.length > 1 && parts.every((p) => keysOf(p).some((k) => index.keys.has(k)));
}

const heads = new WeakMap<SourceIndex, Set<string>>();
/** First parts of the sources' hyphenated words: "Fos" is "Fos-sur-Mer" shortened. */
function hyphenHeads(index: SourceIndex): Set<string> {
  let set = heads.get(index);
  if (set === undefined) {
    set = new Set<string>();
    for (const w of index.words) {
      const dash = w.indexOf("-");
      if (dash > 0) set.add(w.slice(0, dash));
    }
    heads.set(index, set);
  }
  return set;
}

function entityWordSupported(index: SourceIndex, word: string): boolean {
  if (
    index.words.has(word) ||
    index.words.has(`${word}s`) ||
    (word.endsWith("s") && index.words.has(word.slice(0, -1)))
  )
    return true;
  const tr = keysOf(word)[2];
  if (tr !== undefined && index.keys.has(tr)) return true;
  const parts = word.split(/[-/.]/).filter((p) => p.length > 0);
  return parts.length > 1 && parts.every((p) => index.words.has(p));
}

/** Words of a lexicon phrase all present in the sources: "consultants", "sales reps" of the same team. */
function phraseWordsSupported(index: SourceIndex, phrase: string): boolean {
  return phrase
    .split(/\s+/)
    .filter((w) => !STOPWORDS.has(w))
    .every((w) => supportedWord(index, w));
}

function numberSupported(index: SourceIndex, n: Facts["numbers"][number]): boolean {
  const pool = n.percent ? index.percents : index.numbers;
  const year = Number.isInteger(n.value) && n.value >= 1950 && n.value <= 2100;
  const tolerance = n.approx && !year ? 0.2 : 1e-9;
  if (pool.some((v) => Math.abs(v - n.value) <= tolerance * Math.max(1, Math.abs(v)))) return true;
  // "1,2 million" or "80 k€" for "1,2 M€" or "80 000 €": the same amount at another scale of writing.
  if (
    !year &&
    n.value >= 1000 &&
    [1000, 1_000_000].some((scale) => pool.some((v) => Math.abs(v * scale - n.value) < 1e-6 * n.value))
  )
    return true;
  // "499" for "499.99", "4,5 %" for "4.52 %": a rounded figure is the same figure.
  if (
    pool.some(
      (v) =>
        !Number.isInteger(v) &&
        (Math.trunc(v) === n.value || Math.round(v) === n.value || Math.abs(v - n.value) < 0.05),
    )
  )
    return true;
  // "8 ans d'expérience" from "2017 – 2019" and "2019 – 2025": a duration may be computed from dated ranges.
  return n.duration && index.durations.has(n.value);
}

function checkConcepts(
  text: string,
  index: SourceIndex,
  claimIndex: ClaimIndex,
  facts: Facts,
  out: Issue[],
): void {
  const pairs = pairLevels(facts, text);
  for (const c of facts.concepts) {
    const ev = text.slice(c.start, c.end);
    if (c.kind === "degree" || c.kind === "certification") {
      if (!(DEGREE_SUPPORT[c.key] ?? [c.key]).some((k) => index.concepts.has(k)))
        out.push({
          rule: "HA-02",
          start: c.start,
          end: c.end,
          severity: "block",
          sure: true,
          explanation: `${NAMES_FR[c.kind]} « ${ev} » absent(e) des sources`,
        });
    } else if (c.kind === "title") {
      // "an ENSIIE graduate" says the candidate holds a degree, not that they are junior.
      const graduate = GRADUATE.has(foldPhrase(ev)) && [...DEGREES].some((k) => index.concepts.has(k));
      const ok =
        graduate ||
        (TITLE_SUPPORT[c.key] ?? [c.key]).some((k) => index.concepts.has(k)) ||
        phraseWordsSupported(index, foldPhrase(ev));
      if (!ok) {
        const soft = SENIORITY.has(c.key);
        out.push({
          rule: soft ? "HA-05" : "HA-03",
          start: c.start,
          end: c.end,
          severity: soft ? "review" : "block",
          sure: !soft,
          explanation: `intitulé ou niveau de poste « ${ev} » absent des sources`,
        });
      }
    } else if (c.kind === "skill" || c.kind === "language") {
      const acronym = c.kind === "skill" && /^[\p{Lu}\d]{2,6}$/u.test(ev) && acronymInSources(claimIndex, ev);
      if (
        !index.concepts.has(c.key) &&
        !acronym &&
        !(c.kind === "skill" && phraseWordsSupported(index, foldPhrase(ev)))
      )
        out.push({
          rule: "HA-04",
          start: c.start,
          end: c.end,
          severity: "block",
          sure: true,
          explanation: `${NAMES_FR[c.kind]} « ${ev} » absente des sources`,
        });
    } else if (c.kind === "benefit") {
      if (!index.concepts.has(c.key) && !phraseWordsSupported(index, foldPhrase(ev)))
        out.push({
          rule: "HA-05",
          start: c.start,
          end: c.end,
          severity: "review",
          sure: false,
          explanation: `avantage « ${ev} » absent des sources`,
        });
    } else if (c.kind === "level") {
      const pair = pairs.get(c.at);
      if (pair) {
        const src = index.languages.get(pair.lang);
        if (src === undefined) continue; // the language itself is already reported
        if (src === 0)
          out.push({
            rule: "HA-04",
            start: c.start,
            end: c.end,
            severity: "block",
            sure: true,
            explanation: `niveau « ${ev} » : les sources citent la langue sans ce niveau`,
          });
        else if (
          !index.languageRanks.get(pair.lang)?.has(pair.rank) &&
          (pair.rank > src || pair.rank < (index.languageFloor.get(pair.lang) ?? 0))
        )
          out.push({
            rule: "HA-04",
            start: c.start,
            end: c.end,
            severity: "block",
            sure: true,
            explanation: `niveau « ${ev} » ${pair.rank > src ? "supérieur" : "inférieur"} à celui des sources`,
          });
      } else if (!c.key.startsWith("weak-") && !index.concepts.has(c.key)) {
        out.push({
          rule: "HA-04",
          start: c.start,
          end: c.end,
          severity: "block",
          sure: true,
          explanation: `niveau « ${ev} » absent des sources`,
        });
      }
    }
  }
}

interface Alignment {
  overlap: number;
  negated: boolean;
  negatedKeys: Set<string>;
  words: Set<string>;
  /** Position of the sentence in index.sentences. */
  at: number;
}

/** The source sentence sharing the most of the claim's words. */
function align(index: SourceIndex, claimKeys: Set<string>): Alignment | undefined {
  // Shared keys counted per sentence from the key → sentences postings, not by testing every sentence.
  const hits = new Array<number>(index.sentences.length).fill(0);
  const postings = postingsOf(index);
  for (const k of claimKeys) {
    const list = postings.get(k);
    if (list !== undefined) for (const at of list) hits[at]!++;
  }
  let best: Alignment | undefined;
  index.sentences.forEach((s, at) => {
    const hit = hits[at]!;
    const overlap = claimKeys.size === 0 ? 0 : hit / claimKeys.size;
    if (!best || overlap > best.overlap)
      best = { overlap, negated: s.negated, negatedKeys: s.negatedKeys, words: s.words, at };
  });
  return best;
}

function antonymIn(index: SourceIndex, word: string, aligned: Alignment | undefined): string | undefined {
  // Everyday opposites ("last", "new", "more") need their opposite in the matching sentence, not anywhere.
  const scope = COMMON_POLAR.has(word) ? aligned?.words : index.words;
  for (const a of ANTONYMS.get(word) ?? []) if (scope?.has(a)) return a;
  for (const p of NEGATING_PREFIXES)
    if (
      word.length - p.length >= MIN_PREFIXED_ROOT &&
      word.startsWith(p) &&
      index.words.has(word.slice(p.length))
    )
      return word.slice(p.length);
  if (index.unprefixed.has(word)) return `${word} (préfixe négatif)`;
  return undefined;
}

function checkClaim(
  text: string,
  claim: Sentence,
  index: SourceIndex,
  claimIndex: ClaimIndex,
  out: Issue[],
  seen: Token[],
): ClaimReport {
  const tokens: Token[] = tokenize(claim.text, claim.start);
  if (seen.length < 400) seen.push(...tokens);
  const facts = extractFacts(text, tokens, 0);
  // Words that spell out an acronym of the sources ("brevet de technicien supérieur" for "BTS") are supported.
  const expanded = expandedAcronyms(claimIndex, tokens);
  const expandedWords = new Set([...expanded].map((i) => tokens[i]!.word));
  const before = out.length;
  for (const n of facts.numbers) {
    if (numberSupported(index, n)) continue;
    const ev = text.slice(n.start, n.end);
    // A small count written in words ("two speakers") is often implied by a list in the source.
    const severity: Severity = !n.bareCount ? "block" : /^\d/.test(ev) || n.value > 3 ? "review" : "warn";
    const rule = severity === "block" ? "HA-01" : severity === "review" ? "HA-05" : "HA-07";
    out.push({
      rule,
      start: n.start,
      end: n.end,
      severity,
      sure: !n.bareCount,
      explanation: `nombre ou date « ${ev} » introuvable dans les sources`,
    });
  }
  for (const m of facts.months)
    if (!index.months.has(m.month))
      out.push({
        rule: "HA-01",
        start: m.start,
        end: m.end,
        severity: "block",
        sure: true,
        explanation: `mois « ${text.slice(m.start, m.end)} » introuvable dans les sources`,
      });
  checkConcepts(text, index, claimIndex, facts, out);
  for (const e of facts.entities) {
    // Names need the word itself: a stem would let "BestInsuranceABC" pass for "BestInsuranceXYZ".
    const raws = tokens.filter((t) => t.start >= e.start && t.end <= e.end);
    const missing = e.words.filter(
      (w, at) =>
        !entityWordSupported(index, w) &&
        // "Habilitée B2V BR", "Certification CCRN": a sentence's first word takes a capital, it is no name.
        !(at === 0 && e.initial && (supportedWord(index, w) || TRANSLATE.has(w))) &&
        // "Bouygues Immo", "Unistra", "EDARA": a name shortened from the sources' own words.
        !shortFormInSources(claimIndex, w, e.words[at - 1]) &&
        !expandedWords.has(w) &&
        // "CODIR" for "comité de direction", "Fos" for "Fos-sur-Mer".
        !raws.some(
          (t) => t.word === w && /^[\p{Lu}\d]{2,6}$/u.test(t.raw) && acronymInSources(claimIndex, t.raw),
        ) &&
        !hyphenHeads(index).has(w),
    );
    if (missing.length === 0) continue;
    const ev = text.slice(e.start, e.end);
    // "Lille University Hospital" for "CHU de Lille": the name is there, only generic words were translated.
    if (missing.length < e.words.length && missing.every((w) => GENERIC_ORG_WORDS.has(w))) {
      out.push({
        rule: "HA-07",
        start: e.start,
        end: e.end,
        severity: "warn",
        sure: false,
        explanation: `« ${ev} » : seul le nom est dans les sources (${missing.join(", ")} à vérifier)`,
      });
      continue;
    }
    const rule = e.role === "school" ? "HA-02" : "HA-03";
    const what = e.role === "school" ? "établissement" : e.role === "employer" ? "employeur" : "nom propre";
    out.push({
      rule,
      start: e.start,
      end: e.end,
      severity: "block",
      sure: true,
      explanation: `${what} « ${ev} » absent des sources (${missing.join(", ")})`,
    });
  }

  const content = tokens.filter(
    (t, i) => !facts.used.has(i) && !STOPWORDS.has(t.word) && t.word.length >= 3 && !/^\d/.test(t.word),
  );
  const claimKeys = new Set<string>();
  let supported = 0;
  const unsupported: Token[] = [];
  for (const t of content) {
    for (const k of keysOf(t.word)) claimKeys.add(k);
    if (supportedWord(index, t.word) || expandedWords.has(t.word)) supported++;
    else unsupported.push(t);
  }
  const coverage = content.length === 0 ? 1 : supported / content.length;
  const aligned = align(index, claimKeys);
  const negation = tokens.find((_, i) => isNegationAt(tokens, i));
  if (negation !== undefined) {
    // Inserted negation: something the claim negates is said plainly in the sources and never negated there.
    const predicate = negatedPredicateKeys(tokens, text, 0);
    const alsoNegatedThere = predicate.some((k) => index.negatedPredicates.has(k));
    const plainThere = predicate.some((k) => index.sentences.some((s) => !s.negated && s.keys.has(k)));
    if (!alsoNegatedThere && (plainThere || (aligned && aligned.overlap >= ALIGN_MIN && !aligned.negated)))
      out.push({
        rule: "HA-06",
        cue: "negation-added",
        start: negation.start,
        end: negation.end,
        severity: "review",
        sure: false,
        explanation: `négation « ${negation.raw} » : les sources affirment le contraire`,
      });
  } else {
    // Removed negation: the claim states plainly what the sources only ever negate. A named fact (SAP,
    // CACES) is enough on its own; a plain word needs the matching source sentence to be negative.
    const negatedOnly = (t: Token) =>
      t.word.length >= 3 &&
      !STOPWORDS.has(t.word) &&
      index.negatedPredicates.has(stem(t.word)) &&
      !index.sentences.some((s) => !s.negated && s.keys.has(stem(t.word)));
    // "se limitent aux bases du HTML" states the limit the sources state with a negation.
    const limited = tokens.some((t) => /^(?:limit|seulement|uniquement|only)/u.test(t.word));
    const flipped = limited
      ? []
      : tokens.filter((t, i) => negatedOnly(t) && (facts.used.has(i) || aligned?.negated === true));
    for (const t of flipped)
      out.push({
        rule: "HA-06",
        cue: "negation-removed",
        start: t.start,
        end: t.end,
        severity: "review",
        sure: false,
        explanation: `« ${t.raw} » : les sources le mentionnent seulement à la forme négative`,
      });
    const negatedThere = aligned?.negatedKeys;
    if (
      flipped.length === 0 &&
      negatedThere !== undefined &&
      aligned!.overlap >= 0.7 &&
      [...claimKeys].some((k) => negatedThere.has(k))
    )
      out.push({
        rule: "HA-06",
        cue: "negation-removed",
        start: claim.start,
        end: claim.end,
        severity: "review",
        sure: false,
        explanation: "les sources disent le contraire (négation retirée)",
      });
  }
  // A word the sources never use whose opposite they do use is a swap, wherever the opposite stands.
  for (const t of tokens) {
    const c = SUBSTITUTION_CLASS.get(t.word);
    if (c === undefined || index.words.has(t.word)) continue;
    const others = index.classMembers.get(c);
    if (others !== undefined && !keysOf(t.word).some((k) => index.keys.has(k)))
      out.push({
        rule: "HA-06",
        cue: "substitution",
        start: t.start,
        end: t.end,
        severity: "review",
        sure: false,
        explanation: `« ${t.raw} » à la place de « ${others.join(", ")} » des sources`,
      });
  }
  // Lexicon facts ("senior", "CDD") count too: a title swapped for its opposite is the clearest case.
  for (const t of tokens) {
    if (STOPWORDS.has(t.word) || supportedWord(index, t.word)) continue;
    const opposite = antonymIn(index, t.word, aligned);
    if (opposite !== undefined)
      out.push({
        rule: "HA-06",
        cue: "antonym",
        start: t.start,
        end: t.end,
        severity: "review",
        sure: false,
        explanation: `« ${t.raw} » contredit « ${opposite} » dans les sources`,
      });
  }
  // The claim checks were written and measured on French CVs and notes; on English news and dialogues
  // (SummEdits) they cost more false flags than they caught, so English texts keep the older rules for now.
  // On English prose (SummEdits' news and dialogues) they cost more false flags than they caught; on an
  // English CV or interview notes (dated lines) they are what reads roles, targets and modality.
  const claimIssues =
    index.language !== "en" || claimIndex.datedLines >= 2 ? checkClaims(text, claim, claimIndex) : [];
  for (const issue of claimIssues)
    if (!out.slice(before).some((o) => o.start < issue.end && issue.start < o.end && o.severity !== "warn"))
      out.push({ ...issue, sure: issue.severity === "block" });
  const signals = claimSignals(tokens, unsupported, aligned, index);
  if (out.length === before && content.length >= 3 && coverage < BORDERLINE_COVERAGE) {
    // Across languages word overlap says little: a French summary of an English CV stays a warning.
    const lang = guessLanguage(tokens);
    const crossLanguage = lang !== "unknown" && index.language !== "unknown" && lang !== index.language;
    const low = coverage < LOW_COVERAGE && !crossLanguage;
    out.push({
      rule: "HA-05",
      start: claim.start,
      end: claim.end,
      severity: "review",
      sure: false,
      cue: "coverage",
      explanation: `affirmation peu appuyée par les sources (couverture ${Math.round(coverage * 100)} % ; absents : ${unsupported
        .slice(0, 6)
        .map((t) => t.raw)
        .join(", ")})${low ? "" : " — cas limite"}`,
    });
    if (!low) {
      out[out.length - 1]!.severity = "warn";
      out[out.length - 1]!.rule = "HA-07";
    }
  }
  return {
    start: claim.start,
    end: claim.end,
    coverage,
    contentWords: content.length,
    ...signals,
    negationMismatch:
      aligned !== undefined && aligned.overlap >= ALIGN_MIN && (negation !== undefined) !== aligned.negated,
  };
}

const EMPTY_WORDNET = new Set<string>();
/** How summaries report what a text says, in English and French (stems). */
const REPORTING = new Set(
  `discuss discussed discussion mention mentioned explain explained talk talked describe described suggest
  suggested express expressed highlight highlighted emphasize emphasized note noted state stated report
  reported propose proposed recommend recommended conversation dialogue email call meeting speaker speakers
  participant participants summary article paper author authors writer outline outlined overview
  address addressed cover covered present presented share shared inform informed provide provided
  discute evoque explique presente souligne indique mentionne propose recommande resume auteur article
  echange entretien`
    .split(/\s+/)
    .map(stem),
);
/** Restrictive or absolute words: "only", "always" added to a sourced statement change what it says. */
const QUANTIFIERS = new Set(
  `only all always every never solely exclusively entirely completely sole none whole seulement uniquement
  toujours jamais entierement totalement exclusivement`.split(/\s+/),
);

/** Softer evidence for the classifier (see classifier.ts): never a finding on its own. */
function claimSignals(
  tokens: readonly Token[],
  unsupported: readonly Token[],
  aligned: Alignment | undefined,
  index: SourceIndex,
): Omit<ClaimReport, "start" | "end" | "coverage" | "contentWords" | "negationMismatch"> {
  let chars = 0;
  let quantifiers = 0;
  let synonyms = 0;
  let wnAntonyms = 0;
  let reporting = 0;
  let unknown = 0;
  let nouns = 0;
  // WordNet is English: French sources get no synonym or antonym evidence (the classifier is not used).
  const wn = index.language === "fr" ? EMPTY_WORDNET : wordnetOf(index);
  for (const t of tokens) {
    if (t.word.length < 3 || index.words.has(t.word)) continue;
    if (QUANTIFIERS.has(t.word)) quantifiers++;
    if (wn.size > 0 && antonymsOf(t.word).some((a) => wn.has(a))) wnAntonyms++;
  }
  for (const t of unsupported) {
    chars += t.word.length;
    if (REPORTING.has(stem(t.word))) reporting++;
    else if (paraphrasesOneOf(t.word, wn)) synonyms++;
    else if (!knownWord(t.word)) unknown++;
    else if (nounOnly(t.word)) nouns++;
  }
  return {
    unsupported: unsupported.length,
    unsupportedChars: chars,
    alignment: aligned?.overlap ?? 0,
    novelQuantifiers: quantifiers,
    unsupportedSynonyms: synonyms,
    unsupportedNouns: nouns,
    unsupportedUnknown: unknown,
    unsupportedReporting: reporting,
    wordnetAntonyms: wnAntonyms,
  };
}

// A long text is checked in pieces against the same sources (guards/chunks.ts): index them once.
let lastIndex: { sources: readonly string[]; index: SourceIndex; claimIndex: ClaimIndex } | undefined;

function sourceIndexFor(sources: readonly string[]): { index: SourceIndex; claimIndex: ClaimIndex } {
  const last = lastIndex;
  if (last && last.sources.length === sources.length && last.sources.every((s, i) => s === sources[i]))
    return last;
  const index = buildSourceIndex(sources);
  const claimIndex = buildClaimIndex(sources);
  lastIndex = { sources: [...sources], index, claimIndex };
  return lastIndex;
}

export function checkFaithfulness(text: string, sources: readonly string[]): FaithfulnessReport {
  const { index, claimIndex } = sourceIndexFor(sources);
  const issues: Issue[] = [];
  const claims: ClaimReport[] = [];
  const seen: Token[] = [];
  for (const s of splitSentences(text)) claims.push(checkClaim(text, s, index, claimIndex, issues, seen));
  issues.sort((a, b) => a.start - b.start);
  return {
    issues,
    claims,
    lengthRatio: text.length / Math.max(1, index.chars),
    textLanguage: guessLanguage(seen),
    sourceLanguage: index.language,
    recordLike: claimIndex.datedLines >= 2,
  };
}
