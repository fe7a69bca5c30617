// One run for a reviewer: the drafts side by side with every finding's span highlighted, what each
// finding means (rule, legal basis, suggestion), the decision form, past decisions and the trace.
import { type Locale, label, t } from "../i18n/catalog.js";
import { localizeExplanation } from "../i18n/explanations.js";
import type { Principal } from "../middleware/principal.js";
import type { Assignee } from "../review/assign.js";
import { disagreesWithGuards } from "../review/decide.js";
import type { RunTrace } from "../routes/trace.js";
import type { TraceNode } from "../trace/tree.js";
import { diffView } from "./diff.js";
import { highlightText } from "./highlight.js";
import { formatDate, type Html, html, when } from "./html.js";
import { badge, layout } from "./layout.js";
import { assignForm, keyHelp } from "./queue-page.js";

type Trace = RunTrace;
type Finding = Trace["findings"][number];

export interface RunPageOptions {
  locale: Locale;
  principal: Principal;
  trace: Trace;
  /** The text a reviewer may edit (the last draft's `text`), when the output has one. */
  editableText: string | null;
  decidedId?: string;
  error?: string;
  /** What the reviewer sent, kept on the page when the decision was refused so nothing is retyped. */
  submitted?: { decision: string; reason: string };
  /** The live claim on the item, if any, and whether it is the reader's. */
  claim?: { holderName: string; until: Date; mine: boolean; assignedBy?: string | undefined } | undefined;
  /** Who the item can be assigned to. */
  reviewers?: readonly Assignee[] | undefined;
  /** Reviewers' word on single findings, by finding id. */
  verdicts?: Map<string, { verdict: string; reviewer: string }>;
  /** A decision preselected from the queue's keyboard (a, r, e). */
  choose?: string | undefined;
  /** The decision just taken on the previous item, when the reviewer moved on to this one. */
  after?: { runId: string; decision: string } | undefined;
}

/** A finding found on the input (an instruction hidden in a CV), not on the draft: shown on that input. */
export const onInput = (f: { guard: string }) => f.guard === "injection";

function findingItem(l: Locale, f: Finding, prefix: string, o?: FindingActions): Html {
  const judged = o?.verdicts?.get(f.id);
  return html`<li id="${prefix}${f.id}" class="sev-${f.severity}${judged ? ` judged-${judged.verdict}` : ""}" data-rule="${f.rule}" data-finding="${f.id}">
    <strong>${f.rule}</strong> ${badge(l, "severity", f.severity)} <span class="muted">${label(l, "guard", f.guard)}${f.target ? ` · ${f.target}` : ""}</span>
    <div>« ${f.evidence} »</div>
    ${when(f.criteria.length, () => html`<div class="muted">${t(l, "run.finding.criteria", { criteria: f.criteria.map((c) => label(l, "criterion", c)).join(", ") })}</div>`)}
    <div class="legal">${t(l, "run.finding.legal", { basis: f.legalBasis.join(" ; ") || "–" })}</div>
    ${when(f.suggestion, () => html`<div class="suggestion">${t(l, "run.finding.suggestion", { suggestion: f.suggestion ?? "" })}</div>`)}
    ${when(f.explanation, () => html`<div class="muted why">${t(l, "run.finding.why", { why: localizeExplanation(l, f.explanation ?? "") })}</div>`)}
    ${when(o, () => findingActions(l, f, o as FindingActions))}
  </li>`;
}

interface FindingActions {
  runId: string;
  verdicts: Map<string, { verdict: string; reviewer: string }> | undefined;
}

/** Well-founded or dismissed, one finding at a time: the dashboard's agreement figures count them. */
function findingActions(l: Locale, f: Finding, o: FindingActions): Html {
  const judged = o.verdicts?.get(f.id);
  const action = `/ui/runs/${encodeURIComponent(o.runId)}/findings/${encodeURIComponent(f.id)}`;
  return html`<form method="post" action="${action}" class="inline finding-verdict">
    ${when(judged, () => html`<span class="badge judged" data-verdict="${judged?.verdict ?? ""}">${t(l, judged?.verdict === "accepted" ? "run.finding.accepted" : "run.finding.dismissed", { who: judged?.reviewer ?? "" })}</span>`)}
    <button class="small secondary" type="submit" name="verdict" value="accepted">${t(l, "run.finding.accept")}</button>
    <button class="small secondary" type="submit" name="verdict" value="dismissed">${t(l, "run.finding.dismiss")}</button>
  </form>`;
}

function revisionColumn(
  l: Locale,
  trace: Trace,
  draft: Trace["drafts"][number],
  isLast: boolean,
  actions?: FindingActions,
): Html {
  const prefix = `r${draft.revision}-finding-`;
  const own = trace.findings.filter((f) => f.revision === draft.revision && !onInput(f));
  const previous = trace.drafts.find((d) => d.revision === draft.revision - 1);
  const single = draft.texts.length === 1;
  return html`<section class="revision card" data-revision="${draft.revision}">
    <h3>${t(l, "run.revision", { n: draft.revision })} ${isLast ? t(l, "run.revision.last") : ""}</h3>
    ${draft.texts.map((text) => {
      const mine = own.filter((f) => single || f.target === text.key);
      const before = previous?.texts.find((p) => p.key === text.key);
      const diff = before && before.text !== text.text ? diffView(before.text, text.text) : null;
      return html`${when(!single, () => html`<h4>${text.key}</h4>`)}
        ${highlightText(text.text, mine, prefix, l)}
        ${when(diff, () => html`<details class="revision-diff"><summary>${t(l, "run.revision.diff", { n: draft.revision - 1 })}</summary>${diff}</details>`)}
        <ul class="findings">${mine.map((f) => findingItem(l, f, prefix, actions))}</ul>
        ${when(mine.length === 0, () => html`<p class="muted">${t(l, "run.noFinding")}</p>`)}`;
    })}
  </section>`;
}

function editedColumn(l: Locale, d: Trace["decisions"][number]): Html {
  const edited = d.editedOutput as Record<string, unknown> | null;
  const text = edited && typeof edited.text === "string" ? edited.text : JSON.stringify(edited, null, 2);
  return html`<section class="revision card edited"><h3>${t(l, "run.edited")}</h3>
    <div class="checked-text">${text}</div><p class="muted">${d.reviewer}, ${formatDate(d.createdAt)}</p></section>`;
}

function decisionForm(
  l: Locale,
  runId: string,
  editableText: string | null,
  submitted?: RunPageOptions["submitted"],
): Html {
  const checked = (value: string) => (submitted?.decision === value ? "checked" : "");
  return html`<form class="card stack" method="post" action="/ui/runs/${encodeURIComponent(runId)}/decision" data-decision id="decision-form">
    <h2>${t(l, "run.decision")}</h2>
    <div class="choices">
      <label><input type="radio" name="decision" value="approve" required ${checked("approve")} /> ${t(l, "decision.approve")}</label>
      <label><input type="radio" name="decision" value="reject" ${checked("reject")} /> ${t(l, "decision.reject")}</label>
      ${when(editableText !== null, () => html`<label><input type="radio" name="decision" value="edit_approve" ${checked("edit_approve")} /> ${t(l, "decision.edit_approve")}</label>`)}
    </div>
    <label for="reason">${t(l, "run.reason")}</label>
    <textarea id="reason" name="reason" required maxlength="5000">${submitted?.reason ?? ""}</textarea>
    ${when(
      editableText !== null,
      () => html`<div data-edit class="stack"><label for="editedText">${t(l, "run.editedText")}</label>
        <textarea id="editedText" name="editedText" rows="12">${editableText}</textarea></div>`,
    )}
    <label class="inline-check"><input type="checkbox" name="advance" value="1" id="advance" checked /> ${t(l, "run.advance")}</label>
    <button type="submit">${t(l, "run.submit")}</button>
  </form>`;
}

interface TimelineEntry {
  node: TraceNode;
  depth: number;
}

function flatten(nodes: TraceNode[], depth = 0, out: TimelineEntry[] = []): TimelineEntry[] {
  const ordered = [...nodes].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  for (const node of ordered) {
    out.push({ node, depth });
    flatten(node.children, depth + 1, out);
  }
  return out;
}

const offsetMs = (from: string, at: string) => Math.max(0, Date.parse(at) - Date.parse(from));

/** The trace as a timeline: one line per step in the order it started, indented under its parent. */
function timeline(l: Locale, nodes: TraceNode[]): Html {
  const entries = flatten(nodes);
  const origin = entries[0]?.node.startedAt;
  return html`<ol class="timeline">${entries.map(({ node: n, depth }) => {
    const call = n.modelCall;
    const raw = (n.input !== null && n.input !== undefined) || (n.output !== null && n.output !== undefined);
    return html`<li class="step depth-${Math.min(depth, 6)} st-${n.status}" data-kind="${n.kind}">
      <span class="at">+${origin ? Math.round(offsetMs(origin, n.startedAt)) : 0} ms</span>
      <span class="kind">${label(l, "stepKind", n.kind)}</span>
      <code class="name">${n.name}</code> ${badge(l, "stepStatus", n.status)}
      <span class="muted">${n.latencyMs === null ? "" : `${Math.round(n.latencyMs)} ms`}
        ${when(call, () => html` · <code>${call?.provider}/${call?.model}</code> · <code>${call?.promptName}@${call?.promptVersion}</code> · ${t(l, "run.trace.tokens", { input: call?.inputTokens ?? 0, output: call?.outputTokens ?? 0 })}`)}
        ${n.findings.length ? ` · ${t(l, "run.trace.findings", { count: n.findings.length })} (${[...new Set(n.findings.map((f) => f.rule))].join(", ")})` : ""}</span>
      ${when(
        raw,
        () => html`<details class="raw"><summary class="muted">${t(l, "run.trace.raw")}</summary>
          ${when(n.input !== null && n.input !== undefined, () => html`<div class="muted">${t(l, "run.trace.input")}</div><pre>${JSON.stringify(n.input, null, 2)}</pre>`)}
          ${when(n.output !== null && n.output !== undefined, () => html`<div class="muted">${t(l, "run.trace.output")}</div><pre>${JSON.stringify(n.output, null, 2)}</pre>`)}
        </details>`,
      )}
    </li>`;
  })}</ol>`;
}

type Entry = { id: string; text: string };
const entriesOf = (value: unknown): Entry[] =>
  Array.isArray(value)
    ? value.flatMap((v, i) =>
        typeof v === "string"
          ? [{ id: String(i + 1), text: v }]
          : v && typeof v === "object" && typeof (v as Entry).text === "string"
            ? [{ id: String((v as Entry).id ?? i + 1), text: (v as Entry).text }]
            : [],
      )
    : [];

/** What the workers were given (masked like the rest), with the findings made on it highlighted there. */
function judgedColumn(l: Locale, trace: Trace, actions?: FindingActions): Html {
  const input = (trace.run.input ?? {}) as Record<string, unknown>;
  const inputFindings = trace.findings.filter(onInput);
  const block = (title: string, text: string, key: string | null) => {
    const mine = inputFindings.filter((f) => key === null || f.target === key);
    const prefix = `in-${key ?? "x"}-finding-`;
    return html`<section class="judged-item" data-input="${key ?? ""}"><h4>${title}</h4>
      ${highlightText(text, mine, prefix, l)}
      ${when(mine.length, () => html`<ul class="findings">${mine.map((f) => findingItem(l, f, prefix, actions))}</ul>`)}</section>`;
  };
  const parts: Html[] = [];
  if (typeof input.brief === "string") parts.push(block(t(l, "run.judged.brief"), input.brief, "brief"));
  if (typeof input.job === "string") parts.push(block(t(l, "run.judged.brief"), input.job, "job"));
  // Each candidate's explanation (art. 86), one link away from what was judged of them.
  const explain = (cv: string) =>
    html`<a class="explain-link" href="/ui/runs/${encodeURIComponent(trace.run.runId)}/candidates/${encodeURIComponent(cv)}">${t(l, "run.judged.explanation")}</a>`;
  for (const cv of entriesOf(input.cvs))
    parts.push(
      html`${block(t(l, "run.judged.cv", { id: cv.id }), cv.text, cv.id)}${when(trace.run.workflow === "screening", () => explain(cv.id))}`,
    );
  for (const d of entriesOf(input.documents))
    parts.push(block(`${t(l, "run.judged.document")} ${d.id}`, d.text, d.id));
  const sources = entriesOf(input.sources);
  if (sources.length)
    parts.push(
      html`<h4>${t(l, "run.judged.sources")}</h4>${sources.map((src) => block(`#${src.id}`, src.text, src.id))}`,
    );
  if (typeof input.notes === "string") parts.push(block(t(l, "run.judged.notes"), input.notes, "notes"));
  return html`<section class="card judged" id="judged"><h2>${t(l, "run.judged")}</h2>
    ${parts.length ? parts : html`<p class="muted">${t(l, "run.judged.none")}</p>`}</section>`;
}

export function runPage(options: RunPageOptions): Html {
  const { trace, principal } = options;
  const l = options.locale;
  const run = trace.run;
  const lastRevision = Math.max(-1, ...trace.drafts.map((d) => d.revision));
  const decided = options.decidedId ? trace.decisions.find((d) => d.id === options.decidedId) : undefined;
  const exportLink = (id: string) => `/ui/decisions/${encodeURIComponent(id)}/regression-case`;
  const actions: FindingActions = { runId: run.runId, verdicts: options.verdicts };
  const claim = options.claim;
  return layout(
    { title: t(l, "run.title", { runId: run.runId }), locale: l, principal },
    html`<h1 data-workflow="${run.workflow}">${t(l, "run.heading")} <code>${run.runId}</code> <span id="run-status">${badge(l, "status", run.status)}</span></h1>
      <p class="muted">${label(l, "workflow", run.workflow)} · ${t(l, "run.meta.verdict")} ${badge(l, "verdict", run.verdict)} · ${label(l, "jurisdiction", run.jurisdiction)} ·
        <code>${run.engine.provider}/${run.engine.model}</code>${run.engine.offline ? ` (${t(l, "common.offline")})` : ""} · ${t(l, "run.meta.revisions", { count: run.revisions })} ·
        ${t(l, "run.meta.created", { date: formatDate(run.createdAt) })} · <a href="/ui/audit?runId=${encodeURIComponent(run.runId)}">${t(l, "run.meta.journal")}</a></p>
      ${when(options.error, () => html`<p class="error" role="alert">${options.error}</p>`)}
      ${when(
        options.after,
        () =>
          html`<p class="flash" id="previous-flash" role="status">${t(l, "run.flashPrevious", {
            runId: options.after?.runId ?? "",
            decision: label(l, "decided", options.after?.decision ?? ""),
          })}</p>`,
      )}
      ${when(
        run.status === "needs_review",
        () => html`<div class="claim-bar" id="claim-bar">
          ${when(
            claim,
            () =>
              html`<span class="${claim?.mine ? "claim mine" : "claim other"}">${
                claim?.mine
                  ? t(l, "run.claim.yours", { until: formatDate(claim.until) })
                  : t(l, "run.claim.other", {
                      who: claim?.holderName ?? "",
                      until: formatDate(claim?.until ?? new Date()),
                    })
              }</span>`,
          )}
          ${when(
            !claim || claim.mine,
            () => html`<form method="post" action="/ui/runs/${encodeURIComponent(run.runId)}/claim" class="inline" data-claim>
              ${claim?.mine ? html`<input type="hidden" name="release" value="1" />` : ""}
              <button type="submit" class="small secondary">${claim?.mine ? t(l, "queue.claim.release") : t(l, "queue.claim.take")}</button></form>
              ${assignForm(l, run.runId, options.reviewers ?? [], principal.keyId)}`,
          )}
          ${when(claim?.assignedBy, () => html`<span class="muted assigned">${t(l, "queue.claim.assignedBy", { who: claim?.assignedBy ?? "" })}</span>`)}
          <a href="/ui/runs/${encodeURIComponent(run.runId)}/next" id="next-item" class="muted">${t(l, "queue.next")}</a>
          <span class="muted keys-hint">${t(l, "queue.keys.hint")}</span>
        </div>`,
      )}
      ${when(
        decided,
        () =>
          html`<p class="flash" id="decision-flash" data-decision="${decided?.decision ?? ""}" data-status="${run.status}">${t(
            l,
            "run.flash",
            {
              decision: label(l, "decided", decided?.decision ?? ""),
              status: label(l, "status", run.status),
            },
          )}</p>`,
      )}
      <div class="layout-run">
        ${judgedColumn(l, trace, actions)}
        <div class="output-column"><h2>${t(l, "run.output")}</h2>
        ${
          trace.drafts.length === 0
            ? html`<p class="card muted">${t(l, "run.draftsGone")}</p>`
            : html`<div class="revisions">
                ${trace.drafts.map((d) => revisionColumn(l, trace, d, d.revision === lastRevision, actions))}
                ${trace.decisions.filter((d) => d.decision === "edit_approve").map((d) => editedColumn(l, d))}
              </div>`
        }
        ${when(run.status === "needs_review", () =>
          decisionForm(
            l,
            run.runId,
            options.editableText,
            options.submitted ?? (options.choose ? { decision: options.choose, reason: "" } : undefined),
          ),
        )}
        </div>
      </div>
      ${when(
        trace.decisions.length,
        () => html`<h2>${t(l, "run.decisions")}</h2>
          <table id="decisions"><thead><tr><th>${t(l, "run.col.when")}</th><th>${t(l, "run.col.reviewer")}</th><th>${t(l, "run.col.decision")}</th><th>${t(l, "run.col.reason")}</th><th></th></tr></thead>
          <tbody>${trace.decisions.map(
            (
              d,
            ) => html`<tr data-decision="${d.decision}"><td>${formatDate(d.createdAt)}</td><td>${d.reviewer}</td><td>${label(l, "decided", d.decision)}</td><td>${d.reason}</td>
              <td>${when(
                disagreesWithGuards(run.verdict, d.decision),
                () =>
                  html`<a class="button" href="${exportLink(d.id)}" download>${t(l, "run.exportCase")}</a>`,
              )}</td></tr>`,
          )}</tbody></table>`,
      )}
      <h2>${t(l, "run.trace")}</h2>
      <div class="card" id="trace">${timeline(l, trace.steps)}</div>
      ${keyHelp(l)}`,
  );
}
