// Whether a run fails, and why, in one place: the exit status and the summary's last line say the same.
// A case failing in the baseline too is a known failure: it is listed in every report and summary, and the
// policy (EVAL_KNOWN_FAILURES or --known-failures) says whether it fails the run.
import type { KnownFailurePolicy } from "../../core/settings.js";
import { type Comparison, knownFailuresOf } from "../baseline/compare.js";
import type { EvalMode } from "../runner/recording-engine.js";
import type { EvalRunResult } from "../runner/types.js";

export interface EvalOutcome {
  failed: boolean;
  /** Why the run failed, one short phrase each; empty when it passed. */
  reasons: string[];
  knownFailures: number;
  policy: KnownFailurePolicy;
}

export function evalOutcome(
  run: EvalRunResult,
  comparison: Comparison | undefined,
  policy: KnownFailurePolicy,
  mode: EvalMode,
): EvalOutcome {
  const reasons: string[] = [];
  const known = comparison ? knownFailuresOf(comparison).length : 0;
  if (comparison) {
    const regressions = comparison.suites.reduce((n, s) => n + s.regressions.length, 0);
    if (regressions > 0) reasons.push(`${regressions} regression(s)`);
    const drops = comparison.suites.filter((s) => s.passRateAfter < s.passRateBefore - 1e-9).length;
    if (drops > 0) reasons.push(`pass rate dropped in ${drops} suite(s)`);
    const unbaselined = run.results.filter(
      (r) => comparison.withoutBaseline.includes(r.suite) && (r.status === "fail" || r.status === "error"),
    ).length;
    if (unbaselined > 0) reasons.push(`${unbaselined} failing case(s) in suites without a baseline`);
    if (policy === "fail" && known > 0) reasons.push(`${known} known failure(s) (--known-failures fail)`);
  } else {
    const failing = run.results.filter((r) => r.status === "fail" || r.status === "error").length;
    if (failing > 0) reasons.push(`${failing} failing case(s)`);
  }
  // Recording or calling live is about the provider's answers: a case that could not get one is not a
  // result to compare, whatever the baseline said about it.
  if (mode !== "replay") {
    const errors = run.results.filter((r) => r.status === "error").length;
    if (errors > 0) reasons.push(`${errors} case(s) errored in ${mode} mode`);
  }
  return { failed: reasons.length > 0, reasons: [...new Set(reasons)], knownFailures: known, policy };
}
