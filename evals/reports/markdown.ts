// The Markdown report: what CI posts and what a reviewer reads first. Failing and regressed cases are named.
import type { CaseChange } from "../baseline/compare.js";
import type { CaseResult } from "../runner/types.js";
import { percent, promptLabel, type ReportModel, usd } from "./stats.js";

const cell = (text: string) => text.replace(/\|/gu, "\\|").replace(/\s+/gu, " ").slice(0, 300);
const LIST_LIMIT = 200;

function changeRows(changes: CaseChange[]): string[] {
  return [
    "| suite | case | column | before → after | why |",
    "|---|---|---|---|---|",
    ...changes
      .slice(0, LIST_LIMIT)
      .map(
        (c) =>
          `| ${c.suite} | \`${c.caseId}\` | ${c.column} | ${c.before} → ${c.after} | ${cell(c.messages.join("; ") || "-")} |`,
      ),
    ...(changes.length > LIST_LIMIT ? [`| … | ${changes.length - LIST_LIMIT} more | | | |`] : []),
  ];
}

function problemLine(r: CaseResult): string {
  const why = r.assertions.filter((a) => a.status !== "pass").map((a) => `${a.type}: ${a.message}`);
  return `- \`${r.caseId}\` [${r.column}] **${r.status}**: ${cell(why.join("; "))}`;
}

export function renderMarkdown(model: ReportModel): string {
  const { run } = model;
  const seconds = ((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000).toFixed(2);
  const out: string[] = [
    `# Eval run ${run.id}`,
    "",
    `Mode **${run.mode}** · suites ${run.suites.join(", ")} · started ${run.startedAt.toISOString()} · ${seconds} s`,
    "",
    "## Columns",
    "",
    "| column | provider | prompts | pass rate | passed / total | failed | errors | skipped | cost | tokens in / out | p50 latency |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...model.columns.map(
      (c) =>
        `| ${c.column.label} | ${c.column.provider} | ${cell(promptLabel(c.column.promptVersions))} | ${percent(c.passRate)} | ${c.passed} / ${c.total} | ${c.failed} | ${c.errors} | ${c.skipped} | ${usd(c.costUsd)} | ${c.inputTokens} / ${c.outputTokens} | ${Math.round(c.p50LatencyMs)} ms |`,
    ),
    "",
    "| suite | column | pass rate | passed / total |",
    "|---|---|---|---|",
    ...model.suites.map(
      (s) => `| ${s.suite} | ${s.column} | ${percent(s.passRate)} | ${s.passed} / ${s.total} |`,
    ),
    "",
  ];
  const cmp = model.comparison;
  if (cmp) {
    const regressions = cmp.suites.flatMap((s) => s.regressions);
    const fixes = cmp.suites.flatMap((s) => s.fixes);
    const changed = cmp.suites.flatMap((s) => s.changed);
    const added = cmp.suites.flatMap((s) => s.added);
    out.push("## Baseline comparison", "");
    out.push(
      "| suite | column | baseline run | pass rate before → after | regressions | known failures | fixes | changed | added | removed |",
      "|---|---|---|---|---|---|---|---|---|---|",
      ...cmp.suites.map(
        (s) =>
          `| ${s.suite} | ${s.column} | ${s.baselineRunId} | ${percent(s.passRateBefore)} → ${percent(s.passRateAfter)} | ${s.regressions.length} | ${s.knownFailures.length} | ${s.fixes.length} | ${s.changed.length} | ${s.added.length} | ${s.removed.length} |`,
      ),
      "",
    );
    if (cmp.withoutBaseline.length > 0) out.push(`No baseline for: ${cmp.withoutBaseline.join(", ")}.`, "");
    out.push(regressions.length > 0 ? `### ❌ Regressions (${regressions.length})` : "### No regression", "");
    if (regressions.length > 0) out.push(...changeRows(regressions), "");
    const known = cmp.suites.flatMap((s) => s.knownFailures);
    out.push(
      known.length > 0
        ? `### ⚠️ Known failures (${known.length}): failing in the baseline too`
        : "### No known failure",
      "",
    );
    if (known.length > 0) out.push(...changeRows(known), "");
    if (fixes.length > 0) out.push(`### Fixes (${fixes.length})`, "", ...changeRows(fixes), "");
    if (changed.length > 0)
      out.push(
        `### Changed outputs (${changed.length})`,
        "",
        changed
          .slice(0, LIST_LIMIT)
          .map((c) => `\`${c.caseId}\``)
          .join(", "),
        "",
      );
    if (added.length > 0) out.push(`### New cases (${added.length})`, "", ...changeRows(added), "");
  }
  if (model.problems.length > 0) {
    out.push(`## Cases that did not pass (${model.problems.length})`, "");
    let suite = "";
    for (const r of model.problems.slice(0, LIST_LIMIT * 5)) {
      if (r.suite !== suite) {
        suite = r.suite;
        out.push("", `### ${suite}`, "");
      }
      out.push(problemLine(r));
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}
