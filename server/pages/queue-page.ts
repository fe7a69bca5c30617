import { type Locale, label, t } from "../i18n/catalog.js";
import type { Principal } from "../middleware/principal.js";
import { formatDate, type Html, html, when } from "./html.js";
import { badge, layout } from "./layout.js";

export interface QueueRow {
  runId: string;
  workflow: string;
  verdict: string | null;
  revisions: number;
  createdAt: string;
  findings: number;
  rules: string[];
  criteria: string[];
}

export function queuePage(options: {
  locale: Locale;
  principal: Principal;
  items: QueueRow[];
  total: number;
  limit: number;
  offset: number;
}): Html {
  const { items, total, limit, offset } = options;
  const l = options.locale;
  return layout(
    { title: t(l, "queue.title"), locale: l, principal: options.principal },
    html`<h1>${t(l, "queue.title")} <span class="muted">${t(l, "queue.waiting", { total })}</span></h1>
      ${
        items.length === 0
          ? html`<p class="card" id="queue-empty">${t(l, "queue.empty")}</p>`
          : html`<table id="queue">
              <thead><tr><th>${t(l, "queue.col.item")}</th><th>${t(l, "queue.col.workflow")}</th><th>${t(l, "run.meta.verdict")}</th><th>${t(l, "queue.col.why")}</th><th>${t(l, "queue.col.age")}</th></tr></thead>
              <tbody>
                ${items.map(
                  (r) => html`<tr data-run="${r.runId}">
                    <td><a href="/ui/runs/${encodeURIComponent(r.runId)}">${r.runId}</a></td>
                    <td>${label(l, "workflow", r.workflow)}</td><td>${badge(l, "verdict", r.verdict)}</td>
                    <td>${t(l, "queue.why.findings", { count: r.findings })} · ${r.rules.join(", ")}
                      ${when(r.criteria.length, () => html`<br />${t(l, "queue.why.criteria", { criteria: r.criteria.map((c) => label(l, "criterion", c)).join(", ") })}`)}</td>
                    <td>${formatDate(r.createdAt)}</td></tr>`,
                )}
              </tbody>
            </table>`
      }
      <nav class="pages">
        ${when(offset > 0, () => html`<a href="/ui/queue?offset=${Math.max(0, offset - limit)}">${t(l, "common.previous")}</a>`)}
        ${when(offset + limit < total, () => html`<a href="/ui/queue?offset=${offset + limit}">${t(l, "common.next")}</a>`)}
      </nav>`,
  );
}
