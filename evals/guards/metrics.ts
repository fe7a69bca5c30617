// The shape every guard measurer returns, and the arithmetic they share, so that figures from different
// datasets are computed the same way and can sit in one table.

export interface DatasetMetrics {
  dataset: string;
  n: number;
  metrics: Record<string, number>;
  notes?: string[];
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
