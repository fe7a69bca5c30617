// The shape every assertion handler shares. A failed check is a result, not an exception.
import type { TargetOutput } from "../targets/types.js";
import type { AssertionOf, AssertionType } from "./schema.js";

export const ASSERTION_STATUSES = ["pass", "fail", "skipped", "error"] as const;
export type AssertionStatus = (typeof ASSERTION_STATUSES)[number];

export interface AssertionOutcome {
  type: AssertionType | "target";
  status: AssertionStatus;
  message: string;
  /** A measured value when there is one (similarity, judge score, metric difference). */
  score?: number;
}

export interface CaseMeasures {
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface JudgeGrade {
  score: number;
  reason: string;
}

export interface AssertionContext {
  caseId: string;
  output: TargetOutput;
  measures: CaseMeasures;
  /** Runs the case's target again on its input with literal replacements (invariance). */
  rerun(replacements: Record<string, string>): Promise<TargetOutput>;
  /** Asks the judge model; `skipped` when no grade can be had (offline, no recording). */
  grade(rubric: string, output: TargetOutput): Promise<JudgeGrade | { skipped: string }>;
}

export type AssertionHandler<K extends AssertionType> = (
  assertion: AssertionOf<K>,
  context: AssertionContext,
) => AssertionOutcome | Promise<AssertionOutcome>;

export type AssertionRegistry = { [K in AssertionType]: AssertionHandler<K> };
