// The technical documentation page and the value page.
import type { TechnicalDocumentation } from "../audit/documentation.js";
import type { WorkflowValue } from "../audit/value.js";
import { isMessageKey, type Locale, label, t } from "../i18n/catalog.js";
import type { Principal } from "../middleware/principal.js";
import { formatDate, type Html, html } from "./html.js";
import { layout } from "./layout.js";

/**
 * The links a page's evidence leaves by: a printable version (no navigation, print CSS) and a file. The
 * printable version is the same page with `?print=1`.
 */
export function exportBar(
  l: Locale,
  file?: { href: string; key: "audit.bias.export" | "audit.export.json" },
): Html {
  return html`<p class="no-print" id="exports">${
    file ? html`<a href="${file.href}" id="export-file" download>${t(l, file.key)}</a> · ` : ""
  }<a href="?print=1" id="print">${t(l, "audit.bias.print")}</a></p>`;
}

export const printable = (print: boolean | undefined) => (print ? { bodyClass: "print" } : {});

/** What a workflow does, from the catalogue; in English the definition's own words when it has none. */
function workflowAbout(l: Locale, w: { id: string; description: string }): string {
  const key = `audit.doc.workflow.${w.id}`;
  if (isMessageKey(key)) return t(l, key);
  return l === "en" ? w.description : "";
}

const dec = (l: Locale, x: number, digits = 1) =>
  l === "fr" ? x.toFixed(digits).replace(".", ",") : x.toFixed(digits);

export function documentationPage(options: {
  principal: Principal;
  locale: Locale;
  doc: TechnicalDocumentation;
  print?: boolean;
}): Html {
  const { locale: l, doc } = options;
  const e = doc.latestEval;
  return layout(
    { title: t(l, "audit.doc.title"), locale: l, principal: options.principal, ...printable(options.print) },
    html`<h1>${t(l, "audit.doc.title")}</h1>
      ${exportBar(l, { href: "/ui/documentation.json", key: "audit.export.json" })}
      <p class="muted">${t(l, "audit.doc.intro", { at: formatDate(doc.generatedAt), version: doc.version })}</p>
      <h2>${t(l, "audit.doc.purpose.title")}</h2>
      <p>${t(l, "audit.doc.purpose")}</p>
      <ul id="workflows">${doc.workflows.map((w) => html`<li><code>${w.id}</code> ${label(l, "workflow", w.id)} : ${workflowAbout(l, w)}</li>`)}</ul>
      <h2>${t(l, "audit.doc.models.title")}</h2>
      <ul id="models">
        <li>${doc.models.provider} · ${doc.models.chatModel} · ${doc.models.embeddingModel}${doc.models.offline ? t(l, "audit.explain.offlineNote") : ""}</li>
        <li>JUDGE_MODE = ${doc.models.judgeMode} · MAX_REVISIONS = ${doc.models.maxRevisions}</li>
      </ul>
      <h2>${t(l, "audit.doc.prompts.title")}</h2>
      <ul id="prompts">${doc.prompts.map((p) => html`<li><code>${p.name}</code> v${p.inUse} (${p.versions.map((v) => `v${v}`).join(", ")})</li>`)}</ul>
      <h2>${t(l, "audit.doc.policies.title")}</h2>
      <ul id="policies">${doc.policyPacks.map((p) => html`<li><code>${p.pack}@${p.version}</code> ${p.title} (${p.rules})</li>`)}
        ${doc.jurisdictions.map((j) => html`<li>${j.jurisdiction} : <code>${j.packs}</code></li>`)}</ul>
      <h2>${t(l, "audit.doc.guards.title")}</h2>
      <p id="guards">${doc.guards.map((g) => label(l, "guard", g)).join(", ")}</p>
      <h2>${t(l, "audit.doc.eval.title")}</h2>
      <p id="latest-eval">${
        e
          ? t(l, "audit.doc.eval.result", {
              passed: e.passed,
              total: e.total,
              failed: e.failed,
              mode: e.mode,
              provider: e.provider,
              at: formatDate(e.at),
            })
          : t(l, "audit.doc.eval.none")
      }</p>
      <h2>${t(l, "audit.doc.logs.title")}</h2>
      <p id="retention">${t(l, "audit.doc.logs", { logDays: doc.retention.logDays, candidateDays: doc.retention.candidateDays })}</p>
      <h2>${t(l, "audit.doc.limits.title")}</h2>
      <ul id="limits">
        <li>${t(l, "audit.doc.limit.offline")}</li>
        <li>${t(l, "audit.doc.limit.detectors")}</li>
        <li>${t(l, "audit.doc.limit.redaction")}</li>
        ${e ? html`<li>${t(l, "audit.doc.limit.knownFailures", { count: e.failed })}</li>` : ""}
      </ul>`,
  );
}

export const VALUE_COLUMNS = [
  "audit.value.col.workflow",
  "audit.value.col.runs",
  "audit.value.col.accepted",
  "audit.value.col.edited",
  "audit.value.col.rejected",
  "audit.value.col.waiting",
  "audit.value.col.revisions",
  "audit.value.col.delay",
  "audit.value.col.tokens",
  "audit.value.col.cost",
  "audit.value.col.saved",
] as const;

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The value page as CSV, headed in the reader's language; figures as numbers (tokens in/out, hours saved). */
export function valueCsv(l: Locale, rows: readonly WorkflowValue[]): string {
  const lines = [
    VALUE_COLUMNS.map((k) => csvCell(t(l, k))).join(","),
    ...rows.map((r) =>
      [
        label(l, "workflow", r.workflow),
        r.runs,
        r.accepted,
        r.edited,
        r.rejected,
        r.waiting,
        r.meanRevisions.toFixed(2),
        r.medianMinutesToDecision === null ? "" : r.medianMinutesToDecision.toFixed(1),
        `${r.inputTokens}/${r.outputTokens}`,
        r.costUsd.toFixed(4),
        r.minutesSaved === null ? "" : (r.minutesSaved / 60).toFixed(2),
      ]
        .map(csvCell)
        .join(","),
    ),
  ];
  return `${lines.join("\n")}\n`;
}

export function valuePage(options: {
  principal: Principal;
  locale: Locale;
  rows: WorkflowValue[];
  baseline: string | undefined;
  reviewMinutes: number;
  print?: boolean;
}): Html {
  const { locale: l, rows } = options;
  const cols = VALUE_COLUMNS;
  const hours = (m: number | null) => (m === null ? t(l, "audit.value.unset") : `${dec(l, m / 60)} h`);
  return layout(
    {
      title: t(l, "audit.value.title"),
      locale: l,
      principal: options.principal,
      ...printable(options.print),
    },
    html`<h1>${t(l, "audit.value.title")}</h1>
      ${exportBar(l, { href: "/ui/value.csv", key: "audit.bias.export" })}
      <p>${t(l, "audit.value.intro")}</p>
      <p id="baseline">${
        options.baseline
          ? t(l, "audit.value.baseline", { baseline: options.baseline, review: options.reviewMinutes })
          : t(l, "audit.value.noBaseline")
      }</p>
      <div class="table-wrap"><table id="value">
        <thead><tr>${cols.map((k) => html`<th>${t(l, k)}</th>`)}</tr></thead>
        <tbody>${rows.map(
          (
            r,
          ) => html`<tr data-workflow="${r.workflow}"><td>${label(l, "workflow", r.workflow)}</td><td>${r.runs}</td>
            <td>${r.accepted}</td><td>${r.edited}</td><td>${r.rejected}</td><td>${r.waiting}</td>
            <td>${dec(l, r.meanRevisions, 2)}</td>
            <td>${r.medianMinutesToDecision === null ? "–" : `${dec(l, r.medianMinutesToDecision)} min`}</td>
            <td>${r.inputTokens} / ${r.outputTokens}</td><td>$${r.costUsd.toFixed(4)}</td>
            <td>${hours(r.minutesSaved)}</td></tr>`,
        )}</tbody></table></div>
      <p class="muted">${t(l, "audit.value.costNote")}</p>`,
  );
}
