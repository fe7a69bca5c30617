// What a run produces: one result per case and column. Reports, baselines and the database read these.

import type { Finding, RunStatus, Verdict } from "../../core/contract.js";
import type { ProviderId } from "../../core/models.js";
import type { AssertionOutcome } from "../assertions/types.js";
import type { EvalMode } from "./recording-engine.js";

export const CASE_STATUSES = ["pass", "fail", "error", "skipped"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** One column of a side-by-side run: a provider and a set of prompt versions. */
export interface ColumnSpec {
  label: string;
  provider: ProviderId;
  promptVersions: Record<string, string>;
}

export interface StoredOutput {
  text: string;
  verdict?: Verdict | null;
  status?: RunStatus;
  findings?: Array<Pick<Finding, "guard" | "rule" | "criteria" | "severity" | "evidence">>;
  data?: unknown;
}

export interface CaseResult {
  suite: string;
  caseId: string;
  column: string;
  target: string;
  description?: string;
  status: CaseStatus;
  error?: { code: string; message: string };
  assertions: AssertionOutcome[];
  output: StoredOutput | null;
  /** Changes whenever the output does: the baseline's "changed" list compares it. */
  outputHash: string;
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface EvalRunResult {
  id: string;
  mode: EvalMode;
  startedAt: Date;
  finishedAt: Date;
  suites: string[];
  columns: ColumnSpec[];
  results: CaseResult[];
}
