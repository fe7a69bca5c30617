// The few lines `garde-fou eval` prints: figures per column, then every regression by name.
import { knownFailuresOf } from "../baseline/compare.js";
import { percent, promptLabel, type ReportModel, usd } from "../reports/stats.js";
import type { EvalOutcome } from "./outcome.js";

const SHOWN = 50;

export function formatSummary(
  model: ReportModel,
  extra: { reports: string[]; recorded: string[]; stored: boolean; outcome: EvalOutcome },
): string {
  const { run } = model;
  const seconds = ((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000).toFixed(2);
  const lines = [
    `eval ${run.id} · mode ${run.mode} · ${run.suites.length} suite(s) · ${run.results.length} case run(s) · ${seconds} s`,
  ];
  for (const c of model.columns)
    lines.push(
      `  ${c.column.label} (${c.column.provider}; ${promptLabel(c.column.promptVersions)}): ${c.passed}/${c.total} passed (${percent(c.passRate)}), ${c.failed} failed, ${c.errors} errors, ${c.skipped} skipped · ${usd(c.costUsd)} · tokens ${c.inputTokens}/${c.outputTokens} · p50 ${Math.round(c.p50LatencyMs)} ms`,
    );
  const skipped = model.columns.reduce((n, c) => n + c.skippedAssertions, 0);
  if (skipped > 0) lines.push(`  ${skipped} assertion(s) skipped (judge without a grade): see the report`);
  const unavailable = run.results.filter((r) => r.error?.code === "target_unavailable").length;
  if (unavailable > 0) lines.push(`  ${unavailable} case(s) error: target unavailable`);
  const cmp = model.comparison;
  if (cmp) {
    const regressions = cmp.suites.flatMap((s) => s.regressions);
    const fixes = cmp.suites.flatMap((s) => s.fixes).length;
    const changed = cmp.suites.flatMap((s) => s.changed).length;
    const known = knownFailuresOf(cmp);
    lines.push(
      `baseline: ${regressions.length} regression(s), ${known.length} known failure(s), ${fixes} fix(es), ${changed} changed output(s)`,
    );
    for (const s of cmp.suites)
      if (s.passRateAfter < s.passRateBefore - 1e-9)
        lines.push(
          `  pass rate of ${s.suite} [${s.column}] dropped: ${percent(s.passRateBefore)} → ${percent(s.passRateAfter)}`,
        );
    for (const r of regressions.slice(0, SHOWN))
      lines.push(
        `  REGRESSION ${r.suite}/${r.caseId} [${r.column}] ${r.before} → ${r.after}: ${r.messages.join("; ")}`,
      );
    if (regressions.length > SHOWN) lines.push(`  … and ${regressions.length - SHOWN} more in the report`);
    for (const r of known.slice(0, SHOWN))
      lines.push(
        `  KNOWN FAILURE ${r.suite}/${r.caseId} [${r.column}] ${r.before} → ${r.after}: ${r.messages.join("; ") || "-"}`,
      );
    if (known.length > SHOWN) lines.push(`  … and ${known.length - SHOWN} more known failures in the report`);
    if (cmp.withoutBaseline.length > 0) lines.push(`  no baseline for: ${cmp.withoutBaseline.join(", ")}`);
  } else {
    for (const r of model.problems.slice(0, SHOWN))
      lines.push(`  ${r.status.toUpperCase()} ${r.suite}/${r.caseId} [${r.column}]`);
  }
  if (extra.recorded.length > 0) lines.push(`recorded: ${extra.recorded.join(", ")}`);
  if (extra.stored) lines.push(`stored in the database as eval run ${run.id}`);
  lines.push(`reports: ${extra.reports.join(", ")}`);
  lines.push(resultLine(extra.outcome));
  return `${lines.join("\n")}\n`;
}

/** The last line, the one a CI log shows: never "passed" without the known failures beside it. */
export function resultLine(outcome: EvalOutcome): string {
  const known =
    outcome.knownFailures === 0
      ? ""
      : outcome.policy === "fail"
        ? ""
        : ` with ${outcome.knownFailures} known failure(s) not counted (EVAL_KNOWN_FAILURES=show; --known-failures fail counts them)`;
  return outcome.failed ? `result: FAILED: ${outcome.reasons.join(", ")}` : `result: passed${known}`;
}
