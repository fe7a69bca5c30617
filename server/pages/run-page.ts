// One run for a reviewer: the drafts side by side with every finding's span highlighted, what each
// finding means (rule, legal basis, suggestion), the decision form, past decisions and the trace.
import type { Principal } from "../middleware/principal.js";
import { disagreesWithGuards } from "../review/decide.js";
import type { RunTrace } from "../routes/trace.js";
import type { TraceNode } from "../trace/tree.js";
import { highlightText } from "./highlight.js";
import { formatDate, type Html, html, when } from "./html.js";
import { badge, layout } from "./layout.js";

type Trace = RunTrace;
type Finding = Trace["findings"][number];

export interface RunPageOptions {
  principal: Principal;
  trace: Trace;
  /** The text a reviewer may edit (the last draft's `text`), when the output has one. */
  editableText: string | null;
  decidedId?: string;
  error?: string;
  /** What the reviewer sent, kept on the page when the decision was refused so nothing is retyped. */
  submitted?: { decision: string; reason: string };
}

function findingItem(f: Finding, prefix: string): Html {
  return html`<li id="${prefix}${f.id}" class="sev-${f.severity}" data-rule="${f.rule}">
    <strong>${f.rule}</strong> ${badge(f.severity)} <span class="muted">${f.guard}${f.target ? ` · ${f.target}` : ""}</span>
    <div>« ${f.evidence} »</div>
    ${when(f.criteria.length, () => html`<div class="muted">Critères : ${f.criteria.join(", ")}</div>`)}
    <div class="legal">Base légale : ${f.legalBasis.join(" ; ") || "–"}</div>
    ${when(f.suggestion, () => html`<div class="suggestion">Suggestion : ${f.suggestion}</div>`)}
    ${when(f.explanation, () => html`<div class="muted">Pourquoi : ${f.explanation}</div>`)}
  </li>`;
}

function revisionColumn(trace: Trace, draft: Trace["drafts"][number], isLast: boolean): Html {
  const prefix = `r${draft.revision}-finding-`;
  const own = trace.findings.filter((f) => f.revision === draft.revision);
  const single = draft.texts.length === 1;
  return html`<section class="revision card" data-revision="${draft.revision}">
    <h3>Révision ${draft.revision}${isLast ? " (vérifiée en dernier)" : ""}</h3>
    ${draft.texts.map((t) => {
      const mine = own.filter((f) => single || f.target === t.key);
      return html`${when(!single, () => html`<h4>${t.key}</h4>`)}
        ${highlightText(t.text, mine, prefix)}
        <ul class="findings">${mine.map((f) => findingItem(f, prefix))}</ul>
        ${when(mine.length === 0, () => html`<p class="muted">Aucun constat.</p>`)}`;
    })}
  </section>`;
}

function editedColumn(d: Trace["decisions"][number]): Html {
  const edited = d.editedOutput as Record<string, unknown> | null;
  const text = edited && typeof edited.text === "string" ? edited.text : JSON.stringify(edited, null, 2);
  return html`<section class="revision card edited"><h3>Version du relecteur</h3>
    <div class="checked-text">${text}</div><p class="muted">${d.reviewer}, ${formatDate(d.createdAt)}</p></section>`;
}

function decisionForm(
  runId: string,
  editableText: string | null,
  submitted?: RunPageOptions["submitted"],
): Html {
  const checked = (value: string) => (submitted?.decision === value ? "checked" : "");
  return html`<form class="card stack" method="post" action="/ui/runs/${encodeURIComponent(runId)}/decision" data-decision id="decision-form">
    <h2>Décision</h2>
    <div class="choices">
      <label><input type="radio" name="decision" value="approve" required ${checked("approve")} /> Approuver</label>
      <label><input type="radio" name="decision" value="reject" ${checked("reject")} /> Rejeter</label>
      ${when(editableText !== null, () => html`<label><input type="radio" name="decision" value="edit_approve" ${checked("edit_approve")} /> Corriger et approuver</label>`)}
    </div>
    <label for="reason">Motif (obligatoire, conservé au journal d'audit)</label>
    <textarea id="reason" name="reason" required maxlength="5000">${submitted?.reason ?? ""}</textarea>
    ${when(
      editableText !== null,
      () => html`<div data-edit class="stack"><label for="editedText">Texte corrigé</label>
        <textarea id="editedText" name="editedText" rows="12">${editableText}</textarea></div>`,
    )}
    <button type="submit">Enregistrer la décision</button>
  </form>`;
}

function stepTree(nodes: TraceNode[]): Html {
  return html`${nodes.map((n) => {
    const call = n.modelCall;
    return html`<details class="step" data-kind="${n.kind}" ${n.kind === "graph" ? "open" : ""}>
      <summary><code>${n.kind}</code> ${n.name} ${badge(n.status)}
        <span class="muted">${n.latencyMs === null ? "" : `${Math.round(n.latencyMs)} ms`}
        ${call ? ` · ${call.provider}/${call.model} · ${call.promptName}@${call.promptVersion} · ${call.inputTokens}+${call.outputTokens} tokens` : ""}
        ${n.findings.length ? ` · ${n.findings.length} constat(s)` : ""}</span></summary>
      ${when(n.input !== null && n.input !== undefined, () => html`<div class="muted">Entrée</div><pre>${JSON.stringify(n.input, null, 2)}</pre>`)}
      ${when(n.output !== null && n.output !== undefined, () => html`<div class="muted">Sortie</div><pre>${JSON.stringify(n.output, null, 2)}</pre>`)}
      ${when(n.findings.length, () => html`<div class="muted">Constats : ${n.findings.map((f) => `${f.rule} (${f.guard})`).join(", ")}</div>`)}
      ${stepTree(n.children)}
    </details>`;
  })}`;
}

export function runPage(options: RunPageOptions): Html {
  const { trace, principal } = options;
  const run = trace.run;
  const lastRevision = Math.max(-1, ...trace.drafts.map((d) => d.revision));
  const decided = options.decidedId ? trace.decisions.find((d) => d.id === options.decidedId) : undefined;
  const exportLink = (id: string) => `/ui/decisions/${encodeURIComponent(id)}/regression-case`;
  return layout(
    { title: `Run ${run.runId}`, principal },
    html`<h1>Run <code>${run.runId}</code> <span id="run-status">${badge(run.status)}</span></h1>
      <p class="muted">${run.workflow} · verdict des gardes ${badge(run.verdict)} · ${run.jurisdiction} ·
        ${run.engine.provider}/${run.engine.model}${run.engine.offline ? " (hors ligne)" : ""} · ${run.revisions} révision(s) ·
        créé ${formatDate(run.createdAt)} · <a href="/ui/audit?runId=${encodeURIComponent(run.runId)}">journal d'audit du run</a></p>
      ${when(options.error, () => html`<p class="error" role="alert">${options.error}</p>`)}
      ${when(
        decided,
        () => html`<p class="flash" id="decision-flash">Décision enregistrée : <strong>${decided?.decision}</strong>. Le run est maintenant
          <strong>${run.status}</strong>.</p>`,
      )}
      <h2>Révisions</h2>
      ${
        trace.drafts.length === 0
          ? html`<p class="card muted">Les textes vérifiés ne sont plus disponibles (points de reprise effacés au redémarrage).</p>`
          : html`<div class="revisions">
              ${trace.drafts.map((d) => revisionColumn(trace, d, d.revision === lastRevision))}
              ${trace.decisions.filter((d) => d.decision === "edit_approve").map(editedColumn)}
            </div>`
      }
      ${when(run.status === "needs_review", () => decisionForm(run.runId, options.editableText, options.submitted))}
      ${when(
        trace.decisions.length,
        () => html`<h2>Décisions</h2>
          <table id="decisions"><thead><tr><th>Quand</th><th>Relecteur</th><th>Décision</th><th>Motif</th><th></th></tr></thead>
          <tbody>${trace.decisions.map(
            (
              d,
            ) => html`<tr><td>${formatDate(d.createdAt)}</td><td>${d.reviewer}</td><td>${d.decision}</td><td>${d.reason}</td>
              <td>${when(
                disagreesWithGuards(run.verdict, d.decision),
                () =>
                  html`<a class="button" href="${exportLink(d.id)}" download>Exporter en cas de régression</a>`,
              )}</td></tr>`,
          )}</tbody></table>`,
      )}
      <h2>Trace</h2>
      <div class="card" id="trace">${stepTree(trace.steps)}</div>`,
  );
}
