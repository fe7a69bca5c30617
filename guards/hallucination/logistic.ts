// A small L2-regularised logistic regression, written out so that it stays deterministic and free of
// dependencies: full-batch gradient descent on standardised features, classes weighted to balance.

export interface LogisticModel {
  features: readonly string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  /** Score at or above which the pair is judged inconsistent (chosen by cross-validation). */
  threshold: number;
}

export interface TrainOptions {
  l2: number;
  iterations: number;
  learningRate: number;
}

export const DEFAULT_TRAINING: TrainOptions = { l2: 0.01, iterations: 600, learningRate: 0.5 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function score(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++)
    z += model.weights[j]! * ((x[j]! - model.mean[j]!) / model.std[j]!);
  return sigmoid(z);
}

export function fitLogistic(
  features: readonly string[],
  xs: readonly (readonly number[])[],
  ys: readonly boolean[],
  opts: TrainOptions = DEFAULT_TRAINING,
): LogisticModel {
  const d = features.length;
  const n = xs.length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j]! += x[j]! / n;
  for (const x of xs) for (let j = 0; j < d; j++) std[j]! += (x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]!) || 1;
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]!) / std[j]!));
  const pos = ys.filter(Boolean).length;
  const wPos = n / (2 * Math.max(1, pos));
  const wNeg = n / (2 * Math.max(1, n - pos));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < opts.iterations; it++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * zi[j]!;
      const err = (sigmoid(s) - (ys[i] ? 1 : 0)) * (ys[i] ? wPos : wNeg);
      for (let j = 0; j < d; j++) g[j]! += err * zi[j]!;
      gb += err;
    }
    for (let j = 0; j < d; j++) w[j]! -= opts.learningRate * (g[j]! / n + opts.l2 * w[j]!);
    b -= opts.learningRate * (gb / n);
  }
  return { features: [...features], mean, std, weights: w, bias: b, threshold: 0.5 };
}

export function balancedAccuracyAt(scores: readonly number[], ys: readonly boolean[], t: number): number {
  let tp = 0;
  let fn = 0;
  let tn = 0;
  let fp = 0;
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i]! >= t;
    if (ys[i]) p ? tp++ : fn++;
    else p ? fp++ : tn++;
  }
  const tpr = tp + fn === 0 ? 0 : tp / (tp + fn);
  const tnr = tn + fp === 0 ? 0 : tn / (tn + fp);
  return (tpr + tnr) / 2;
}

/** The threshold (on a 0.01 grid) with the best balanced accuracy; ties go to the middle of the plateau. */
export function bestThreshold(scores: readonly number[], ys: readonly boolean[]): number {
  let best = -1;
  const ties: number[] = [];
  for (let k = 5; k <= 95; k++) {
    const t = k / 100;
    const ba = balancedAccuracyAt(scores, ys, t);
    if (ba > best + 1e-9) {
      best = ba;
      ties.length = 0;
    }
    if (Math.abs(ba - best) <= 1e-9) ties.push(t);
  }
  return ties[Math.floor(ties.length / 2)] ?? 0.5;
}

export interface Example {
  group: string;
  x: number[];
  y: boolean;
}

export interface GroupResult {
  group: string;
  n: number;
  threshold: number;
  balancedAccuracy: number;
}

/**
 * Leave-one-group-out cross-validation. The threshold applied to each held-out group is chosen on the
 * other groups only, by an inner leave-one-group-out run over them: nothing of the held-out group is seen.
 * Also returns every example's out-of-fold score, to choose the shipped threshold.
 */
export function leaveOneGroupOut(
  features: readonly string[],
  data: readonly Example[],
  opts: TrainOptions = DEFAULT_TRAINING,
  inner = true,
): { groups: GroupResult[]; meanBalancedAccuracy: number; oof: number[] } {
  const groups = [...new Set(data.map((e) => e.group))].sort();
  const oof = new Array<number>(data.length).fill(0);
  const results: GroupResult[] = [];
  for (const g of groups) {
    const train = data.filter((e) => e.group !== g);
    const testIdx = data.flatMap((e, i) => (e.group === g ? [i] : []));
    const model = fitLogistic(
      features,
      train.map((e) => e.x),
      train.map((e) => e.y),
      opts,
    );
    let threshold = 0.5;
    if (inner) {
      const innerRun = leaveOneGroupOut(features, train, opts, false);
      threshold = bestThreshold(
        innerRun.oof,
        train.map((e) => e.y),
      );
    }
    const s = testIdx.map((i) => score(model, data[i]!.x));
    testIdx.forEach((i, k) => {
      oof[i] = s[k]!;
    });
    results.push({
      group: g,
      n: testIdx.length,
      threshold,
      balancedAccuracy: balancedAccuracyAt(
        s,
        testIdx.map((i) => data[i]!.y),
        threshold,
      ),
    });
  }
  const mean = results.reduce((a, r) => a + r.balancedAccuracy, 0) / Math.max(1, results.length);
  return { groups: results, meanBalancedAccuracy: mean, oof };
}
