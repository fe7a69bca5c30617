// Training and honest evaluation of the faithfulness classifier on SummEdits: features per (summary,
// source) pair, leave-one-domain-out cross-validation (the threshold for each held-out domain chosen on
// the other domains only), then a final fit on everything with the threshold that cross-validation picks.
import { readFileSync } from "node:fs";
import { checkFaithfulness } from "./check.js";
import type { ClassifierFile } from "./classifier.js";
import { type FeatureName, namedFeatures } from "./features.js";
import {
  bestThreshold,
  type Example,
  fitLogistic,
  type GroupResult,
  leaveOneGroupOut,
  type TrainOptions,
} from "./logistic.js";

/**
 * The features the shipped model reads: the rules' findings (by rule and by kind of contradiction) and
 * the softer lexical evidence that held up across domains (paraphrase words with a WordNet synonym in the
 * sources against words with none, new absolute words, alignment with the best source sentence).
 */
export const MODEL_FEATURES: readonly FeatureName[] = [
  "issues_HA-01",
  "issues_HA-02",
  "issues_HA-03",
  "issues_HA-04",
  "issues_HA-06",
  "ha06_negation_added",
  "ha06_negation_removed",
  "ha06_substitution",
  "ha06_antonym",
  "any_decisive",
  "unsupported_mean_length",
  "novel_quantifiers",
  "unsupported_synonyms",
  "unsupported_no_synonym",
  "wordnet_antonyms",
  "unsupported_words",
  "unsupported_nouns",
  "unsupported_unknown",
  "unsupported_reporting",
  "min_alignment",
  "mean_coverage",
];

export const TRAINING: TrainOptions = { l2: 0.1, iterations: 600, learningRate: 0.5 };
/** The band around the threshold where the verdict is unsure; above it the classifier reports alone. */
export const UNSURE_MARGIN = 0.1;

export interface SummEditsPair {
  id: string;
  domain: string;
  source: string;
  summary: string;
  label: "consistent" | "inconsistent";
  edit_types: string[];
}

export function readSummEdits(path: string): SummEditsPair[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as SummEditsPair);
}

export function examplesOf(pairs: readonly SummEditsPair[]): Example[] {
  return pairs.map((p) => {
    const named = namedFeatures(checkFaithfulness(p.summary, [p.source]));
    return {
      group: p.domain,
      x: MODEL_FEATURES.map((f) => named.get(f)!),
      y: p.label === "inconsistent",
    };
  });
}

export interface CrossValidation {
  byDomain: GroupResult[];
  meanBalancedAccuracy: number;
  /** Out-of-fold scores, in the order of the examples. */
  oof: number[];
}

export function crossValidate(examples: readonly Example[]): CrossValidation {
  const r = leaveOneGroupOut(MODEL_FEATURES, examples, TRAINING);
  return { byDomain: r.groups, meanBalancedAccuracy: r.meanBalancedAccuracy, oof: r.oof };
}

export function trainClassifier(examples: readonly Example[], cv: CrossValidation): ClassifierFile {
  const model = fitLogistic(
    MODEL_FEATURES,
    examples.map((e) => e.x),
    examples.map((e) => e.y),
    TRAINING,
  );
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    features: model.features,
    mean: model.mean.map(round),
    std: model.std.map(round),
    weights: model.weights.map(round),
    bias: round(model.bias),
    threshold: bestThreshold(
      cv.oof,
      examples.map((e) => e.y),
    ),
    unsureMargin: UNSURE_MARGIN,
    trainedOn: `SummEdits, ${examples.length} pairs, L2 ${TRAINING.l2}, ${TRAINING.iterations} iterations`,
    crossValidated: {
      meanBalancedAccuracy: round(cv.meanBalancedAccuracy),
      byDomain: Object.fromEntries(cv.byDomain.map((g) => [g.group, round(g.balancedAccuracy)])),
    },
  };
}
