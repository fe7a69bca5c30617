// One worker's figures on one part of the suite, as the command prints them side by side.
export interface WorkerScore {
  worker: string;
  split: string;
  cases: number;
  /** Figures between 0 and 1 (null: nothing to measure). */
  metrics: Record<string, number | null>;
}

export const ratio = (n: number, d: number): number | null =>
  d === 0 ? null : Math.round((n / d) * 1000) / 1000;
