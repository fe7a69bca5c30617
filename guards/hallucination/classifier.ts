// The faithfulness classifier: a logistic regression over the claim-by-claim report (features.ts), trained
// on SummEdits by train-classifier.ts. Its weights ship in classifier-weights.json, loaded at start-up.
// It decides "inconsistent" overall; the rules keep pointing at the facts.
import { readFileSync } from "node:fs";
import type { FaithfulnessReport } from "./check.js";
import { FEATURE_NAMES, type FeatureName, namedFeatures } from "./features.js";
import { type LogisticModel, score } from "./logistic.js";

export interface ClassifierFile extends LogisticModel {
  /**
   * Scores within this distance of the threshold are unsure (the judge decides); the detector reports a
   * finding of its own only above threshold + margin.
   */
  unsureMargin: number;
  trainedOn: string;
  /** Leave-one-domain-out estimate, for the record (evals/guards/faithfulness.ts recomputes it). */
  crossValidated: { meanBalancedAccuracy: number; byDomain: Record<string, number> };
}

export interface Verdict {
  score: number;
  threshold: number;
  /** The unsure band's half-width around the threshold. */
  margin: number;
  inconsistent: boolean;
  /** Above threshold + margin: enough for the detector to report the text on the classifier's word alone. */
  confident: boolean;
  /** Close to the threshold: a model judge, when configured, should decide. */
  unsure: boolean;
}

export const WEIGHTS_FILE = new URL("./classifier-weights.json", import.meta.url);

function load(): ClassifierFile | undefined {
  let raw: string;
  try {
    raw = readFileSync(WEIGHTS_FILE, "utf8");
  } catch {
    return undefined; // not trained yet: the rules decide alone
  }
  const model = JSON.parse(raw) as ClassifierFile;
  const known = new Set<string>(FEATURE_NAMES);
  const unknown = model.features.filter((f) => !known.has(f));
  if (unknown.length > 0) throw new Error(`classifier-weights.json: unknown features ${unknown.join(", ")}`);
  if (model.weights.length !== model.features.length)
    throw new Error("classifier-weights.json: weights and features differ in length");
  return model;
}

let model: ClassifierFile | undefined = load();

/** For training and tests: replace the shipped model (undefined: rules only). */
export function useClassifier(m: ClassifierFile | undefined): void {
  model = m;
}

export function currentClassifier(): ClassifierFile | undefined {
  return model;
}

export function classify(report: FaithfulnessReport): Verdict | undefined {
  if (model === undefined) return undefined;
  const named = namedFeatures(report);
  const s = score(
    model,
    model.features.map((f) => named.get(f as FeatureName)!),
  );
  return {
    score: s,
    threshold: model.threshold,
    margin: model.unsureMargin,
    inconsistent: s >= model.threshold,
    confident: s >= model.threshold + model.unsureMargin,
    unsure: Math.abs(s - model.threshold) < model.unsureMargin,
  };
}
