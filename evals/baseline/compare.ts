// Per case, what got better and what broke since the baseline. A regression is a case that passed and no
// longer does; a drop of the pass rate also fails the run.
import type { CaseResult, CaseStatus, EvalRunResult } from "../runner/types.js";
import type { BaselineFile } from "./baseline-file.js";

export interface CaseChange {
  suite: string;
  caseId: string;
  column: string;
  before: CaseStatus | "absent";
  after: CaseStatus | "absent";
  /** What did not pass now (assertion messages), for the report. */
  messages: string[];
}

export interface SuiteComparison {
  suite: string;
  column: string;
  baselineRunId: string;
  regressions: CaseChange[];
  fixes: CaseChange[];
  /** Same status, different output. */
  changed: CaseChange[];
  /** Cases that did not pass in the baseline and still do not: not regressions, never hidden either. */
  knownFailures: CaseChange[];
  added: CaseChange[];
  removed: CaseChange[];
  passRateBefore: number;
  passRateAfter: number;
}

export interface Comparison {
  suites: SuiteComparison[];
  /** Suites of the run that had no baseline: any failure in them fails the run. */
  withoutBaseline: string[];
  regressed: boolean;
}

/** Every known failure of the comparison, in suite order. */
export const knownFailuresOf = (comparison: Comparison): CaseChange[] =>
  comparison.suites.flatMap((s) => s.knownFailures);

const rate = (passed: number, total: number) => (total === 0 ? 1 : passed / total);
const problems = (r: CaseResult) =>
  r.assertions.filter((a) => a.status !== "pass").map((a) => `${a.type}: ${a.message}`);

function compareSuite(baseline: BaselineFile, column: string, results: CaseResult[]): SuiteComparison {
  const out: SuiteComparison = {
    suite: baseline.suite,
    column,
    baselineRunId: baseline.runId,
    regressions: [],
    fixes: [],
    changed: [],
    knownFailures: [],
    added: [],
    removed: [],
    passRateBefore: 0,
    passRateAfter: 0,
  };
  const seen = new Set<string>();
  for (const r of results) {
    seen.add(r.caseId);
    const before = baseline.cases[r.caseId];
    const change: CaseChange = {
      suite: r.suite,
      caseId: r.caseId,
      column,
      before: before?.status ?? "absent",
      after: r.status,
      messages: problems(r),
    };
    if (!before) out.added.push(change);
    else if (before.status === "pass" && r.status !== "pass") out.regressions.push(change);
    else if (before.status !== "pass" && r.status === "pass") out.fixes.push(change);
    else {
      if (before.status !== "pass") out.knownFailures.push(change);
      if (before.outputHash !== r.outputHash) out.changed.push(change);
    }
  }
  for (const [caseId, before] of Object.entries(baseline.cases))
    if (!seen.has(caseId))
      out.removed.push({
        suite: baseline.suite,
        caseId,
        column,
        before: before.status,
        after: "absent",
        messages: [],
      });
  const beforeCases = Object.values(baseline.cases);
  out.passRateBefore = rate(beforeCases.filter((c) => c.status === "pass").length, beforeCases.length);
  out.passRateAfter = rate(results.filter((r) => r.status === "pass").length, results.length);
  return out;
}

export function compareWithBaselines(run: EvalRunResult, baselines: Map<string, BaselineFile>): Comparison {
  const suites: SuiteComparison[] = [];
  const withoutBaseline: string[] = [];
  for (const suite of run.suites) {
    const baseline = baselines.get(suite);
    if (!baseline) {
      withoutBaseline.push(suite);
      continue;
    }
    for (const column of run.columns)
      suites.push(
        compareSuite(
          baseline,
          column.label,
          run.results.filter((r) => r.suite === suite && r.column === column.label),
        ),
      );
  }
  const regressed =
    suites.some((s) => s.regressions.length > 0 || s.passRateAfter < s.passRateBefore - 1e-9) ||
    run.results.some(
      (r) => withoutBaseline.includes(r.suite) && (r.status === "fail" || r.status === "error"),
    );
  return { suites, withoutBaseline, regressed };
}
