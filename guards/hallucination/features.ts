// The feature vector the faithfulness classifier reads: one per (checked text, sources) pair, built from
// the claim-by-claim report. Counts are log-scaled so that one long text does not dominate.
import type { FaithfulnessReport, HallucinationRule } from "./check.js";

const DECISIVE = new Set<HallucinationRule>(["HA-01", "HA-02", "HA-03", "HA-04", "HA-06"]);
/** Mean length of an unsupported word when there is none: neutral, neither short nor long. */
const TYPICAL_WORD_LENGTH = 7;

export const FEATURE_NAMES = [
  "issues_HA-01",
  "issues_HA-02",
  "issues_HA-03",
  "issues_HA-04",
  "issues_HA-05",
  "issues_HA-06",
  "issues_HA-07",
  "any_decisive",
  "ha06_negation_added",
  "ha06_negation_removed",
  "ha06_substitution",
  "ha06_antonym",
  "mean_coverage",
  "min_alignment",
  "unsupported_words",
  "unsupported_mean_length",
  "unsupported_synonyms",
  "unsupported_no_synonym",
  "unsupported_nouns",
  "unsupported_unknown",
  "unsupported_reporting",
  "novel_quantifiers",
  "wordnet_antonyms",
  "negation_mismatch",
  "log_length_ratio",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const log1p = Math.log1p;

/** The features by name, for a model that reads a subset of them. */
export function namedFeatures(report: FaithfulnessReport): Map<FeatureName, number> {
  const count = (pred: (i: FaithfulnessReport["issues"][number]) => boolean) =>
    log1p(report.issues.filter(pred).length);
  let covered = 0;
  let words = 0;
  let minAlignment = 1;
  let unsupported = 0;
  let chars = 0;
  let synonyms = 0;
  let nouns = 0;
  let unknown = 0;
  let reporting = 0;
  let quantifiers = 0;
  let antonyms = 0;
  let negation = 0;
  for (const c of report.claims) {
    covered += c.coverage * c.contentWords;
    words += c.contentWords;
    minAlignment = Math.min(minAlignment, c.alignment);
    unsupported += c.unsupported;
    chars += c.unsupportedChars;
    synonyms += c.unsupportedSynonyms;
    nouns += c.unsupportedNouns;
    unknown += c.unsupportedUnknown;
    reporting += c.unsupportedReporting;
    quantifiers += c.novelQuantifiers;
    antonyms += c.wordnetAntonyms;
    if (c.negationMismatch) negation++;
  }
  const f = new Map<FeatureName, number>();
  for (const r of ["HA-01", "HA-02", "HA-03", "HA-04", "HA-05", "HA-06", "HA-07"] as const)
    f.set(
      `issues_${r}`,
      count((i) => i.rule === r),
    );
  f.set("any_decisive", report.issues.some((i) => DECISIVE.has(i.rule)) ? 1 : 0);
  f.set(
    "ha06_negation_added",
    count((i) => i.cue === "negation-added"),
  );
  f.set(
    "ha06_negation_removed",
    count((i) => i.cue === "negation-removed"),
  );
  f.set(
    "ha06_substitution",
    count((i) => i.cue === "substitution"),
  );
  f.set(
    "ha06_antonym",
    count((i) => i.cue === "antonym"),
  );
  f.set("mean_coverage", words === 0 ? 1 : covered / words);
  f.set("min_alignment", report.claims.length === 0 ? 1 : minAlignment);
  f.set("unsupported_words", log1p(unsupported));
  f.set("unsupported_mean_length", unsupported === 0 ? TYPICAL_WORD_LENGTH : chars / unsupported);
  f.set("unsupported_synonyms", log1p(synonyms));
  f.set("unsupported_no_synonym", log1p(unsupported - synonyms - reporting));
  f.set("unsupported_nouns", log1p(nouns));
  f.set("unsupported_unknown", log1p(unknown));
  f.set("unsupported_reporting", log1p(reporting));
  f.set("novel_quantifiers", log1p(quantifiers));
  f.set("wordnet_antonyms", log1p(antonyms));
  f.set("negation_mismatch", log1p(negation));
  f.set("log_length_ratio", Math.log(Math.max(1e-3, report.lengthRatio)));
  return f;
}

export function featuresOf(report: FaithfulnessReport): number[] {
  const f = namedFeatures(report);
  return FEATURE_NAMES.map((n) => f.get(n)!);
}
