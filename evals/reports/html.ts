// A self-contained HTML page of the same report, for CI artefacts and the reviewers' browser.
import type { CaseChange } from "../baseline/compare.js";
import { percent, promptLabel, type ReportModel, usd } from "./stats.js";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/gu,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

function table(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const changeTable = (changes: CaseChange[]) =>
  table(
    ["suite", "case", "column", "before → after", "why"],
    changes.map((c) => [c.suite, c.caseId, c.column, `${c.before} → ${c.after}`, c.messages.join("; ")]),
  );

const STYLE =
  "body{font:14px/1.4 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin:1rem 0}" +
  "td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}" +
  ".bad{color:#b00020}.good{color:#1b5e20}";

export function renderHtml(model: ReportModel): string {
  const { run } = model;
  const parts: string[] = [
    `<h1>Eval run ${escapeHtml(run.id)}</h1>`,
    `<p>Mode <b>${escapeHtml(run.mode)}</b> · suites ${escapeHtml(run.suites.join(", "))} · started ${escapeHtml(run.startedAt.toISOString())}</p>`,
    "<h2>Columns</h2>",
    table(
      [
        "column",
        "provider",
        "prompts",
        "pass rate",
        "passed / total",
        "failed",
        "errors",
        "skipped",
        "cost",
        "tokens in / out",
        "p50 latency",
      ],
      model.columns.map((c) => [
        c.column.label,
        c.column.provider,
        promptLabel(c.column.promptVersions),
        percent(c.passRate),
        `${c.passed} / ${c.total}`,
        String(c.failed),
        String(c.errors),
        String(c.skipped),
        usd(c.costUsd),
        `${c.inputTokens} / ${c.outputTokens}`,
        `${Math.round(c.p50LatencyMs)} ms`,
      ]),
    ),
    table(
      ["suite", "column", "pass rate", "passed / total"],
      model.suites.map((s) => [s.suite, s.column, percent(s.passRate), `${s.passed} / ${s.total}`]),
    ),
  ];
  const cmp = model.comparison;
  if (cmp) {
    const regressions = cmp.suites.flatMap((s) => s.regressions);
    const fixes = cmp.suites.flatMap((s) => s.fixes);
    parts.push(
      "<h2>Baseline comparison</h2>",
      regressions.length > 0
        ? `<h3 class="bad">Regressions (${regressions.length})</h3>${changeTable(regressions)}`
        : `<h3 class="good">No regression</h3>`,
    );
    const known = cmp.suites.flatMap((s) => s.knownFailures);
    parts.push(
      known.length > 0
        ? `<h3 class="bad">Known failures (${known.length}): failing in the baseline too</h3>${changeTable(known)}`
        : "<h3>No known failure</h3>",
    );
    if (fixes.length > 0) parts.push(`<h3 class="good">Fixes (${fixes.length})</h3>${changeTable(fixes)}`);
    const changed = cmp.suites.flatMap((s) => s.changed);
    if (changed.length > 0) parts.push(`<h3>Changed outputs (${changed.length})</h3>${changeTable(changed)}`);
  }
  if (model.problems.length > 0)
    parts.push(
      `<h2>Cases that did not pass (${model.problems.length})</h2>`,
      table(
        ["suite", "case", "column", "status", "why"],
        model.problems.map((r) => [
          r.suite,
          r.caseId,
          r.column,
          r.status,
          r.assertions
            .filter((a) => a.status !== "pass")
            .map((a) => `${a.type}: ${a.message}`)
            .join("; "),
        ]),
      ),
    );
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Eval run ${escapeHtml(run.id)}</title><style>${STYLE}</style></head>\n<body>\n${parts.join("\n")}\n</body></html>\n`;
}
