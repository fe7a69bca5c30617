import type { AuditRow } from "../../db/queries/audit.js";
import type { Principal } from "../middleware/principal.js";
import { formatDate, type Html, html, when } from "./html.js";
import { layout } from "./layout.js";

interface AuditDetails {
  reason?: unknown;
  before?: { status?: unknown; verdict?: unknown };
  after?: { status?: unknown; verdict?: unknown };
  changes?: Array<{ field?: unknown }>;
}

function summary(details: unknown): Html {
  const d = (details && typeof details === "object" ? details : {}) as AuditDetails;
  const parts: Html[] = [];
  if (typeof d.reason === "string") parts.push(html`<div>Motif : <q>${d.reason}</q></div>`);
  if (d.before && d.after)
    parts.push(
      html`<div class="status-change">${String(d.before.status)} (${String(d.before.verdict)}) → ${String(d.after.status)}</div>`,
    );
  if (Array.isArray(d.changes) && d.changes.length)
    parts.push(html`<div>Modifié : ${d.changes.map((c) => String(c.field)).join(", ")}</div>`);
  return html`${parts}<details><summary class="muted">détails</summary><pre>${JSON.stringify(details, null, 2)}</pre></details>`;
}

export function auditPage(options: {
  principal: Principal;
  items: AuditRow[];
  total: number;
  limit: number;
  offset: number;
  runId?: string;
}): Html {
  const { items, total, limit, offset, runId } = options;
  const q = runId ? `&runId=${encodeURIComponent(runId)}` : "";
  return layout(
    { title: "Journal d'audit", principal: options.principal },
    html`<h1>Journal d'audit ${when(runId, () => html`<span class="muted">du run ${runId}</span>`)}</h1>
      <table id="audit">
        <thead><tr><th>Quand</th><th>Qui</th><th>Action</th><th>Run</th><th>Ce qui a changé</th></tr></thead>
        <tbody>
          ${items.map(
            (a) => html`<tr data-action="${a.action}">
              <td>${formatDate(a.at)}</td><td>${a.actor}</td><td><code>${a.action}</code></td>
              <td>${a.runId ? html`<a href="/ui/runs/${encodeURIComponent(a.runId)}">${a.runId}</a>` : "–"}</td>
              <td>${summary(a.details)}</td></tr>`,
          )}
        </tbody>
      </table>
      <nav class="pages">
        ${when(offset > 0, () => html`<a href="/ui/audit?offset=${Math.max(0, offset - limit)}${q}">← Plus récents</a>`)}
        ${when(offset + limit < total, () => html`<a href="/ui/audit?offset=${offset + limit}${q}">Plus anciens →</a>`)}
      </nav>`,
  );
}
