// Keeps eval runs in eval_runs / eval_case_results, and reads the latest one back as a baseline.
import { desc, eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type EvalRunRows, insertEvalRun } from "../../db/queries/eval-runs.js";
import { evalCaseResults, evalRuns } from "../../db/schema.js";
import { type BaselineFile, baselineFromResults } from "../baseline/baseline-file.js";
import type { Comparison } from "../baseline/compare.js";
import type { ReportModel } from "../reports/stats.js";
import { CASE_STATUSES, type CaseResult, type CaseStatus } from "../runner/types.js";

function comparisonSummary(comparison: Comparison | undefined) {
  if (!comparison) return null;
  return {
    regressed: comparison.regressed,
    withoutBaseline: comparison.withoutBaseline,
    suites: comparison.suites.map((s) => ({
      suite: s.suite,
      column: s.column,
      baselineRunId: s.baselineRunId,
      passRateBefore: s.passRateBefore,
      passRateAfter: s.passRateAfter,
      regressions: s.regressions.map((c) => c.caseId),
      fixes: s.fixes.map((c) => c.caseId),
      changed: s.changed.length,
      added: s.added.length,
      removed: s.removed.length,
    })),
  };
}

/** The rows an eval run is stored as: written here, or sent to the server holding the directory. */
export function evalRunRows(model: ReportModel, baselineId?: string): EvalRunRows {
  const { run } = model;
  const passed = run.results.filter((r) => r.status === "pass").length;
  return {
    run: {
      id: run.id,
      suites: run.suites,
      provider: [...new Set(run.columns.map((c) => c.provider))].join(","),
      mode: run.mode,
      promptVersions: Object.fromEntries(run.columns.map((c) => [c.label, c.promptVersions])),
      baselineId: baselineId ?? null,
      total: run.results.length,
      passed,
      failed: run.results.length - passed,
      summary: {
        columns: model.columns.map(({ column, ...figures }) => ({ ...column, ...figures })),
        suites: model.suites,
        comparison: comparisonSummary(model.comparison),
      },
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
    },
    cases: run.results.map((r, i) => ({
      id: `${run.id}-${String(i).padStart(5, "0")}`,
      evalRunId: run.id,
      suite: r.suite,
      caseId: r.caseId,
      column: r.column,
      passed: r.status === "pass",
      // The case status, error and output fingerprint travel with the assertions: the table has no column
      // for them, and jsonb reorders keys, so the fingerprint cannot be recomputed from the stored output.
      assertions: {
        status: r.status,
        target: r.target,
        outputHash: r.outputHash,
        ...(r.error ? { error: r.error } : {}),
        results: r.assertions,
      },
      output: r.output,
      latencyMs: r.latencyMs,
      inputTokens: r.inputTokens,
      outputTokens: r.outputTokens,
      costUsd: r.costUsd,
    })),
  };
}

export async function saveEvalRun(db: Database, model: ReportModel, baselineId?: string): Promise<void> {
  await insertEvalRun(db, evalRunRows(model, baselineId));
}

interface StoredAssertions {
  status: CaseStatus;
  target: string;
  outputHash: string;
  results: CaseResult["assertions"];
}

function isStoredAssertions(value: unknown): value is StoredAssertions {
  return (
    typeof value === "object" &&
    value !== null &&
    CASE_STATUSES.includes((value as { status: CaseStatus }).status) &&
    Array.isArray((value as { results: unknown }).results)
  );
}

/** Baselines from the most recent stored run that covered each suite (its first column). */
export async function latestBaselines(db: Database, suites: string[]): Promise<Map<string, BaselineFile>> {
  const found = new Map<string, BaselineFile>();
  const recent = await db.select().from(evalRuns).orderBy(desc(evalRuns.startedAt)).limit(50);
  for (const suite of suites) {
    const runRow = recent.find((r) => r.suites.includes(suite));
    if (!runRow) continue;
    const rows = await db.select().from(evalCaseResults).where(eq(evalCaseResults.evalRunId, runRow.id));
    const firstColumn = rows.find((r) => r.suite === suite)?.column ?? "default";
    const results: CaseResult[] = rows
      .filter((r) => r.suite === suite && r.column === firstColumn)
      .map((r) => {
        const stored = isStoredAssertions(r.assertions) ? r.assertions : undefined;
        return {
          suite,
          caseId: r.caseId,
          column: r.column,
          target: stored?.target ?? "",
          status: stored?.status ?? (r.passed ? "pass" : "fail"),
          assertions: stored?.results ?? [],
          output: null,
          outputHash: stored?.outputHash ?? "",
          latencyMs: r.latencyMs,
          inputTokens: r.inputTokens,
          outputTokens: r.outputTokens,
          costUsd: r.costUsd,
        };
      });
    const column = { label: firstColumn, provider: "offline" as const, promptVersions: {} };
    const baseline = baselineFromResults(suite, runRow.id, runRow.startedAt, column, results);
    found.set(suite, { ...baseline, provider: runRow.provider.split(",")[0] ?? "" });
  }
  return found;
}
