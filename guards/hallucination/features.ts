// The feature vector the faithfulness classifier reads: one per (checked text, sources) pair, built from
// the claim-by-claim report. Counts are log-scaled so that one long text does not dominate.
import type { FaithfulnessReport, HallucinationRule } from "./check.js";

const RULES: HallucinationRule[] = ["HA-01", "HA-02", "HA-03", "HA-04", "HA-05", "HA-06", "HA-07"];
const DECISIVE = new Set<HallucinationRule>(["HA-01", "HA-02", "HA-03", "HA-04", "HA-06"]);
/** A claim needs a few content words before its coverage says anything. */
const MIN_WORDS = 3;

export const FEATURE_NAMES = [
  ...RULES.map((r) => `issues_${r}`),
  "any_decisive",
  "ha06_negation_added",
  "ha06_negation_removed",
  "ha06_substitution",
  "ha06_antonym",
  "unsupported_verb_like",
  "unsupported_other",
  "split_pairs",
  "unsupported_short",
  "unsupported_mean_length",
  "novel_quantifiers",
  "unsupported_synonyms",
  "unsupported_no_synonym",
  "no_synonym_share",
  "wordnet_antonyms",
  "unsupported_nouns",
  "unsupported_unknown",
  "unsupported_reporting",
  "synonym_share_of_unsupported",
  "min_coverage",
  "mean_coverage",
  "unsupported_words",
  "unsupported_share",
  "unsupported_capitalised",
  "unsupported_long",
  "max_unsupported_in_claim",
  "min_alignment",
  "mean_alignment",
  "misplaced_names_numbers",
  "negation_mismatch",
  "novel_bigram_share",
  "novel_bigrams",
  "max_novel_bigram_share",
  "log_length_ratio",
  "claims",
] as const;

const log1p = Math.log1p;

export function featuresOf(report: FaithfulnessReport): number[] {
  const byRule = new Map<HallucinationRule, number>();
  for (const i of report.issues) byRule.set(i.rule, (byRule.get(i.rule) ?? 0) + 1);
  let minCoverage = 1;
  let covered = 0;
  let words = 0;
  let unsupported = 0;
  let caps = 0;
  let long = 0;
  let maxUnsupported = 0;
  let minAlignment = 1;
  let alignSum = 0;
  let misplaced = 0;
  let negation = 0;
  let bigrams = 0;
  let novel = 0;
  let maxNovelShare = 0;
  let verbLike = 0;
  let splitPairs = 0;
  let short = 0;
  let uChars = 0;
  let quantifiers = 0;
  let synonyms = 0;
  let wnAntonyms = 0;
  let nouns = 0;
  let unknown = 0;
  let reporting = 0;
  for (const c of report.claims) {
    if (c.contentWords >= MIN_WORDS) minCoverage = Math.min(minCoverage, c.coverage);
    covered += c.coverage * c.contentWords;
    words += c.contentWords;
    unsupported += c.unsupported;
    caps += c.unsupportedCapitalised;
    long += c.unsupportedLong;
    maxUnsupported = Math.max(maxUnsupported, c.unsupported);
    minAlignment = Math.min(minAlignment, c.alignment);
    alignSum += c.alignment;
    misplaced += c.misplaced;
    verbLike += c.unsupportedVerbLike;
    splitPairs += c.splitPairs;
    short += c.unsupportedShort;
    uChars += c.unsupportedChars;
    quantifiers += c.novelQuantifiers;
    synonyms += c.unsupportedSynonyms;
    wnAntonyms += c.wordnetAntonyms;
    nouns += c.unsupportedNouns;
    unknown += c.unsupportedUnknown;
    reporting += c.unsupportedReporting;
    if (c.negationMismatch) negation++;
    bigrams += c.bigrams;
    novel += c.novelBigrams;
    if (c.bigrams >= 2) maxNovelShare = Math.max(maxNovelShare, c.novelBigrams / c.bigrams);
  }
  const n = Math.max(1, report.claims.length);
  return [
    ...RULES.map((r) => log1p(byRule.get(r) ?? 0)),
    report.issues.some((i) => DECISIVE.has(i.rule)) ? 1 : 0,
    log1p(report.issues.filter((i) => i.cue === "negation-added").length),
    log1p(report.issues.filter((i) => i.cue === "negation-removed").length),
    log1p(report.issues.filter((i) => i.cue === "substitution").length),
    log1p(report.issues.filter((i) => i.cue === "antonym").length),
    log1p(verbLike),
    log1p(unsupported - verbLike),
    log1p(splitPairs),
    log1p(short),
    unsupported === 0 ? 0 : uChars / unsupported,
    log1p(quantifiers),
    log1p(synonyms),
    log1p(unsupported - synonyms - reporting),
    words === 0 ? 0 : (unsupported - synonyms - reporting) / words,
    log1p(wnAntonyms),
    log1p(nouns),
    log1p(unknown),
    log1p(reporting),
    unsupported === 0 ? 1 : (synonyms + reporting) / unsupported,
    minCoverage,
    words === 0 ? 1 : covered / words,
    log1p(unsupported),
    words === 0 ? 0 : unsupported / words,
    log1p(caps),
    log1p(long),
    log1p(maxUnsupported),
    report.claims.length === 0 ? 1 : minAlignment,
    report.claims.length === 0 ? 1 : alignSum / n,
    log1p(misplaced),
    log1p(negation),
    bigrams === 0 ? 0 : novel / bigrams,
    log1p(novel),
    maxNovelShare,
    Math.log(Math.max(1e-3, report.lengthRatio)),
    log1p(report.claims.length),
  ];
}
