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
  principal: Principal;
  items: QueueRow[];
  total: number;
  limit: number;
  offset: number;
}): Html {
  const { items, total, limit, offset } = options;
  return layout(
    { title: "File de revue", principal: options.principal },
    html`<h1>File de revue <span class="muted">(${total} en attente)</span></h1>
      ${
        items.length === 0
          ? html`<p class="card" id="queue-empty">Aucun run n'attend de décision.</p>`
          : html`<table id="queue">
              <thead><tr><th>Run</th><th>Workflow</th><th>Verdict des gardes</th><th>Constats</th><th>Règles</th><th>Critères</th><th>Révisions</th><th>Créé</th></tr></thead>
              <tbody>
                ${items.map(
                  (r) => html`<tr data-run="${r.runId}">
                    <td><a href="/ui/runs/${encodeURIComponent(r.runId)}">${r.runId}</a></td>
                    <td>${r.workflow}</td><td>${badge(r.verdict)}</td><td>${r.findings}</td>
                    <td>${r.rules.join(", ")}</td><td>${r.criteria.join(", ")}</td><td>${r.revisions}</td>
                    <td>${formatDate(r.createdAt)}</td></tr>`,
                )}
              </tbody>
            </table>`
      }
      <nav class="pages">
        ${when(offset > 0, () => html`<a href="/ui/queue?offset=${Math.max(0, offset - limit)}">← Précédents</a>`)}
        ${when(offset + limit < total, () => html`<a href="/ui/queue?offset=${offset + limit}">Suivants →</a>`)}
      </nav>`,
  );
}
