import type { AuditRow } from "../../db/queries/audit.js";
import { type Locale, label, t } from "../i18n/catalog.js";
import type { Principal } from "../middleware/principal.js";
import { formatDate, type Html, html, when } from "./html.js";
import { layout } from "./layout.js";

interface AuditDetails {
  reason?: unknown;
  before?: { status?: unknown; verdict?: unknown };
  after?: { status?: unknown; verdict?: unknown };
  changes?: Array<{ field?: unknown }>;
}

function summary(l: Locale, details: unknown): Html {
  const d = (details && typeof details === "object" ? details : {}) as AuditDetails;
  const parts: Html[] = [];
  if (typeof d.reason === "string") parts.push(html`<div>${t(l, "journal.reason")} <q>${d.reason}</q></div>`);
  if (d.before && d.after)
    parts.push(
      html`<div class="status-change" data-before="${String(d.before.status)}" data-after="${String(d.after.status)}">${label(l, "status", String(d.before.status))} (${label(l, "verdict", String(d.before.verdict))}) → ${label(l, "status", String(d.after.status))}</div>`,
    );
  if (Array.isArray(d.changes) && d.changes.length)
    parts.push(
      html`<div>${t(l, "journal.fields")} ${d.changes.map((c) => String(c.field)).join(", ")}</div>`,
    );
  return html`${parts}<details><summary class="muted">${t(l, "common.details")}</summary><pre>${JSON.stringify(details, null, 2)}</pre></details>`;
}

export function auditPage(options: {
  locale: Locale;
  principal: Principal;
  items: AuditRow[];
  total: number;
  limit: number;
  offset: number;
  runId?: string;
}): Html {
  const { items, total, limit, offset, runId } = options;
  const l = options.locale;
  const q = runId ? `&runId=${encodeURIComponent(runId)}` : "";
  return layout(
    { title: t(l, "journal.title"), locale: l, principal: options.principal },
    html`<h1>${t(l, "journal.title")} ${when(runId, () => html`<span class="muted">${t(l, "journal.ofRun", { runId: runId ?? "" })}</span>`)}</h1>
      <table id="audit">
        <thead><tr><th>${t(l, "journal.when")}</th><th>${t(l, "journal.who")}</th><th>${t(l, "journal.action")}</th><th>${t(l, "journal.run")}</th><th>${t(l, "journal.changed")}</th></tr></thead>
        <tbody>
          ${items.map(
            (a) => html`<tr data-action="${a.action}">
              <td>${formatDate(a.at)}</td><td>${a.actor}</td><td>${label(l, "action", a.action)}</td>
              <td>${a.runId ? html`<a href="/ui/runs/${encodeURIComponent(a.runId)}">${a.runId}</a>` : "–"}</td>
              <td>${summary(l, a.details)}</td></tr>`,
          )}
        </tbody>
      </table>
      <nav class="pages">
        ${when(offset > 0, () => html`<a href="/ui/audit?offset=${Math.max(0, offset - limit)}${q}">${t(l, "journal.newer")}</a>`)}
        ${when(offset + limit < total, () => html`<a href="/ui/audit?offset=${offset + limit}${q}">${t(l, "journal.older")}</a>`)}
      </nav>`,
  );
}
