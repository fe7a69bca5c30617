// Figures per column (pass rate, cost, tokens, p50 latency) and per suite, shared by every report format.
import type { Comparison } from "../baseline/compare.js";
import type { CaseResult, ColumnSpec, EvalRunResult } from "../runner/types.js";

export interface ColumnStats {
  column: ColumnSpec;
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  passRate: number;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  p50LatencyMs: number;
  skippedAssertions: number;
}

export interface ReportModel {
  run: EvalRunResult;
  columns: ColumnStats[];
  suites: Array<{ suite: string; column: string; total: number; passed: number; passRate: number }>;
  comparison?: Comparison;
  /** Cases that did not pass, in suite and case order. */
  problems: CaseResult[];
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function statsOf(column: ColumnSpec, results: CaseResult[]): ColumnStats {
  const count = (status: CaseResult["status"]) => results.filter((r) => r.status === status).length;
  const passed = count("pass");
  return {
    column,
    total: results.length,
    passed,
    failed: count("fail"),
    errors: count("error"),
    skipped: count("skipped"),
    passRate: results.length === 0 ? 1 : passed / results.length,
    costUsd: results.reduce((s, r) => s + r.costUsd, 0),
    inputTokens: results.reduce((s, r) => s + r.inputTokens, 0),
    outputTokens: results.reduce((s, r) => s + r.outputTokens, 0),
    p50LatencyMs: median(results.map((r) => r.latencyMs)),
    skippedAssertions: results.reduce(
      (s, r) => s + r.assertions.filter((a) => a.status === "skipped").length,
      0,
    ),
  };
}

export function buildReportModel(run: EvalRunResult, comparison?: Comparison): ReportModel {
  const byColumn = new Map<string, CaseResult[]>(run.columns.map((c) => [c.label, []]));
  const bySuite = new Map<string, { suite: string; column: string; total: number; passed: number }>();
  for (const r of run.results) {
    byColumn.get(r.column)?.push(r);
    const key = `${r.suite}\u0000${r.column}`;
    const entry = bySuite.get(key) ?? { suite: r.suite, column: r.column, total: 0, passed: 0 };
    entry.total++;
    if (r.status === "pass") entry.passed++;
    bySuite.set(key, entry);
  }
  const model: ReportModel = {
    run,
    columns: run.columns.map((c) => statsOf(c, byColumn.get(c.label) ?? [])),
    suites: [...bySuite.values()].map((s) => ({ ...s, passRate: s.total === 0 ? 1 : s.passed / s.total })),
    problems: run.results.filter((r) => r.status !== "pass"),
  };
  if (comparison) model.comparison = comparison;
  return model;
}

export const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
export const usd = (x: number) => `$${x.toFixed(x > 0 && x < 0.01 ? 5 : 2)}`;
export const promptLabel = (versions: Record<string, string>) =>
  Object.entries(versions)
    .map(([n, v]) => `${n}=${v}`)
    .join(", ") || "(defaults)";
