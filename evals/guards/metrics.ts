// The shape every guard measurer returns, and the arithmetic they share, so that figures from different
// datasets are computed the same way and can sit in one table.

export interface DatasetMetrics {
  dataset: string;
  n: number;
  metrics: Record<string, number>;
  notes?: string[];
  /** The guard the figures are about, and its unsure-band calibration on this dataset (see Calibration). */
  guard?: string;
  calibration?: Calibration;
  /** Our own fresh batches: "dev" (looked at while changing the guard) or "heldout" (never tuned on). */
  split?: "dev" | "heldout";
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, tn: 0, fn: 0 };
}

export function count(confusion: Confusion, expectedPositive: boolean, predictedPositive: boolean): void {
  if (expectedPositive && predictedPositive) confusion.tp++;
  else if (expectedPositive) confusion.fn++;
  else if (predictedPositive) confusion.fp++;
  else confusion.tn++;
}

// An empty denominator yields 0 rather than NaN: NaN does not survive JSON and hides a broken dataset.
const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

export const precision = (c: Confusion): number => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Confusion): number => ratio(c.tp, c.tp + c.fn);
export const falsePositiveRate = (c: Confusion): number => ratio(c.fp, c.fp + c.tn);
export const specificity = (c: Confusion): number => ratio(c.tn, c.tn + c.fp);
export const accuracy = (c: Confusion): number => ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn);

export function f1(c: Confusion): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Mean of the per-class F1 where each class in turn is the positive one. */
export function macroF1(confusions: Confusion[]): number {
  if (confusions.length === 0) return 0;
  return confusions.reduce((sum, c) => sum + f1(c), 0) / confusions.length;
}

/** For two classes: the F1 of the positive class and the F1 of the negative class, averaged. */
export function binaryMacroF1(c: Confusion): number {
  return macroF1([c, { tp: c.tn, fp: c.fn, tn: c.tp, fn: c.fp }]);
}

export function balancedAccuracy(c: Confusion): number {
  return (recall(c) + specificity(c)) / 2;
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? 0;
}

export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** One text as the cascade saw it offline: the expected flag, the detectors' flag, and whether it was unsure. */
export interface CascadeCase {
  expected: boolean;
  predicted: boolean;
  unsure: boolean;
}

/**
 * How well a guard knows what it does not know: the share of texts in its unsure band (what a configured
 * judge would read) and the share of its offline errors that fall inside that band (what the judge can fix).
 * Counts, not only ratios, so that datasets of one guard can be pooled by adding them.
 */
export interface Calibration {
  texts: number;
  unsure: number;
  errors: number;
  errorsInBand: number;
}

/** The goal: at least 90 % of offline errors inside a band holding at most 20 % of texts. */
export const BAND_GOAL = { maxUnsureShare: 0.2, minErrorsInBand: 0.9 } as const;

export function calibrate(cases: readonly CascadeCase[]): Calibration {
  const c: Calibration = { texts: cases.length, unsure: 0, errors: 0, errorsInBand: 0 };
  for (const k of cases) {
    if (k.unsure) c.unsure++;
    if (k.expected !== k.predicted) {
      c.errors++;
      if (k.unsure) c.errorsInBand++;
    }
  }
  return c;
}

export function poolCalibration(parts: readonly Calibration[]): Calibration {
  return parts.reduce(
    (a, b) => ({
      texts: a.texts + b.texts,
      unsure: a.unsure + b.unsure,
      errors: a.errors + b.errors,
      errorsInBand: a.errorsInBand + b.errorsInBand,
    }),
    { texts: 0, unsure: 0, errors: 0, errorsInBand: 0 },
  );
}

export const unsureShare = (c: Calibration): number => ratio(c.unsure, c.texts);
/** With no error at all, every error is (vacuously) inside the band. */
export const errorsInBandShare = (c: Calibration): number => (c.errors === 0 ? 1 : c.errorsInBand / c.errors);
export const bandGoalMet = (c: Calibration): boolean =>
  unsureShare(c) <= BAND_GOAL.maxUnsureShare && errorsInBandShare(c) >= BAND_GOAL.minErrorsInBand;
