// The review queue as a work tool: each item titled, with why it waits and for how long, who holds it;
// filters, search and sort in the URL; claim, release and assign; bulk decisions on screenings; keyboard
// shortcuts (assets.ts) on rows marked data-run.
import type { QueueItem } from "../../db/queries/review-queue.js";
import { type Locale, label, t } from "../i18n/catalog.js";
import type { Principal } from "../middleware/principal.js";
import type { Assignee } from "../review/assign.js";
import { type Html, html, when } from "./html.js";
import { layout } from "./layout.js";

export interface QueueFilters {
  workflow?: string | undefined;
  reason?: string | undefined;
  claim?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
}

export interface QueueRow extends QueueItem {
  /** The head of the item's input, masked as the reviewer sees candidate data. */
  title: string;
}

export interface QueuePageOptions {
  locale: Locale;
  principal: Principal;
  actor: string;
  items: QueueRow[];
  total: number;
  limit: number;
  offset: number;
  filters: QueueFilters;
  workflows: readonly string[];
  now: Date;
  flash?: string | undefined;
  error?: string | undefined;
  /** Who an item can be assigned to. */
  reviewers: readonly Assignee[];
}

const firstLine = (text: string, max = 90) => {
  const line = (text.split(/\n|(?<=[.!?])\s/)[0] ?? "").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

export function itemTitle(
  l: Locale,
  item: { workflow: string; title: string; count: number | null },
): string {
  const title = firstLine(item.title) || t(l, "queue.item.untitled");
  switch (item.workflow) {
    case "ad_writing":
      return t(l, "queue.item.ad", { title });
    case "screening":
      return t(l, "queue.item.screening", { title, count: item.count ?? 0 });
    case "document_check":
      return t(l, "queue.item.document", { title });
    case "summary":
      return t(l, "queue.item.summary", { title });
    default:
      return title;
  }
}

export function ageOf(l: Locale, from: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return t(l, "queue.age.minutes", { n: minutes });
  if (minutes < 48 * 60) return t(l, "queue.age.hours", { n: Math.floor(minutes / 60) });
  return t(l, "queue.age.days", { n: Math.floor(minutes / (24 * 60)) });
}

const time = (d: Date) => d.toISOString().slice(11, 16);

function why(l: Locale, r: QueueRow): Html {
  return html`${when(r.rejectRecommended, () => html`<span class="badge reject-recommended">${t(l, "queue.why.reject")}</span> `)}
    ${when(r.findingCount > 0, () => html`<span>${t(l, "queue.why.findings", { count: r.findingCount })}</span>`)}
    ${when(r.reasons.length === 0 && r.findingCount === 0 && !r.rejectRecommended, () => html`<span class="muted">${t(l, "queue.why.none")}</span>`)}`;
}

function whyDetails(l: Locale, rules: string[], criteria: string[]): Html {
  return html`${when(rules.length, () => html`<div class="muted rules">${t(l, "queue.why.rules", { rules: rules.join(", ") })}</div>`)}
    ${when(criteria.length, () => html`<div class="muted criteria">${t(l, "queue.why.criteria", { criteria: criteria.map((c) => label(l, "criterion", c)).join(", ") })}</div>`)}`;
}

/**
 * Assigning an item to a colleague: a list of reviewers and a button; "s" focuses the list, Enter there
 * assigns (assets.ts). Offered where one may claim the item: while it is free or one's own.
 */
export function assignForm(
  l: Locale,
  runId: string,
  reviewers: readonly Assignee[],
  self: string | null,
  back?: string,
): Html | "" {
  const others = reviewers.filter((r) => r.keyId !== self);
  return when(
    others.length > 0,
    () => html`<form method="post" action="/ui/runs/${encodeURIComponent(runId)}/assign" class="inline" data-assign>
      ${back ? html`<input type="hidden" name="back" value="${back}" />` : ""}
      <select name="keyId" aria-label="${t(l, "queue.claim.assign")}" required>
        <option value="">${t(l, "queue.claim.assignPick")}</option>
        ${others.map((r) => html`<option value="${r.keyId}">${r.name}</option>`)}
      </select>
      <button type="submit" class="small secondary">${t(l, "queue.claim.assignButton")}</button></form>`,
  );
}

function claimCell(
  l: Locale,
  r: QueueRow,
  actor: string,
  reviewers: readonly Assignee[],
  self: string | null,
): Html {
  const mine = r.claimedBy === actor;
  const other = r.claimedBy !== null && !mine;
  const action = `/ui/runs/${encodeURIComponent(r.runId)}/claim`;
  return html`<span class="claim ${mine ? "mine" : other ? "other" : "free"}">${
    mine
      ? t(l, "queue.claim.me")
      : other
        ? html`${r.claimedByName} <span class="muted">(${time(r.claimExpiresAt ?? new Date())})</span>`
        : t(l, "queue.claim.free")
  }</span>${when(r.assignedBy, () => html` <span class="muted assigned">${t(l, "queue.claim.assignedBy", { who: r.assignedBy ?? "" })}</span>`)}
    ${when(
      !other,
      () => html`<form method="post" action="${action}" class="inline" data-claim>
        <input type="hidden" name="back" value="queue" />
        ${mine ? html`<input type="hidden" name="release" value="1" />` : ""}
        <button type="submit" class="small secondary">${mine ? t(l, "queue.claim.release") : t(l, "queue.claim.take")}</button></form>
        ${assignForm(l, r.runId, reviewers, self, "queue")}`,
    )}`;
}

const query = (f: QueueFilters, extra: Record<string, string | number> = {}) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra }))
    if (v !== undefined && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
};

export function queuePage(
  options: QueuePageOptions & { summaries: Map<string, { rules: string[]; criteria: string[] }> },
): Html {
  const { items, total, limit, offset, filters: f, actor } = options;
  const l = options.locale;
  const selected = (a: string | undefined, b: string) => (a === b ? "selected" : "");
  const screening = items.some((r) => r.workflow === "screening");
  return layout(
    { title: t(l, "queue.title"), locale: l, principal: options.principal },
    html`<h1>${t(l, "queue.title")} <span class="muted" id="queue-total" data-total="${total}">${t(l, "queue.waiting", { total })}</span>
        <span class="muted keys-hint">${t(l, "queue.keys.hint")}</span></h1>
      ${when(options.flash, () => html`<p class="flash" id="queue-flash" role="status">${options.flash}</p>`)}
      ${when(options.error, () => html`<p class="error" role="alert">${options.error}</p>`)}
      <form class="card filters" method="get" action="/ui/queue" id="filters">
        <label>${t(l, "queue.filter.workflow")}
          <select name="workflow" id="filter-workflow"><option value="">${t(l, "queue.filter.any")}</option>
            ${options.workflows.map((w) => html`<option value="${w}" ${selected(f.workflow, w)}>${label(l, "workflow", w)}</option>`)}
          </select></label>
        <label>${t(l, "queue.filter.reason")}
          <select name="reason" id="filter-reason"><option value="">${t(l, "queue.filter.any")}</option>
            <option value="reject" ${selected(f.reason, "reject")}>${t(l, "queue.filter.reason.reject")}</option>
            <option value="rules" ${selected(f.reason, "rules")}>${t(l, "queue.filter.reason.rules")}</option>
            <option value="criteria" ${selected(f.reason, "criteria")}>${t(l, "queue.filter.reason.criteria")}</option>
          </select></label>
        <label>${t(l, "queue.col.claim")}
          <select name="claim" id="filter-claim"><option value="">${t(l, "queue.filter.any")}</option>
            <option value="mine" ${selected(f.claim, "mine")}>${t(l, "queue.filter.mine")}</option>
            <option value="unclaimed" ${selected(f.claim, "unclaimed")}>${t(l, "queue.filter.unclaimed")}</option>
            <option value="assigned" ${selected(f.claim, "assigned")}>${t(l, "queue.filter.assigned")}</option>
          </select></label>
        <label>${t(l, "queue.filter.search")}
          <input type="search" name="q" id="search" value="${f.q ?? ""}" placeholder="${t(l, "queue.filter.searchPlaceholder")}" /></label>
        <label>${t(l, "queue.filter.sort")}
          <select name="sort" id="filter-sort">
            <option value="oldest" ${selected(f.sort, "oldest")}>${t(l, "queue.sort.oldest")}</option>
            <option value="newest" ${selected(f.sort, "newest")}>${t(l, "queue.sort.newest")}</option>
            <option value="findings" ${selected(f.sort, "findings")}>${t(l, "queue.sort.findings")}</option>
          </select></label>
        <button type="submit">${t(l, "queue.filter.apply")}</button>
        <a href="/ui/queue" class="muted">${t(l, "queue.filter.reset")}</a>
      </form>
      ${
        items.length === 0
          ? html`<p class="card" id="queue-empty">${
              Object.values(f).some((v) => v) && total === 0
                ? t(l, "queue.emptyFiltered")
                : t(l, "queue.empty")
            }</p>`
          : html`<div class="table-wrap"><table id="queue">
              <thead><tr><th><span class="sr">${t(l, "queue.bulk.select")}</span></th><th>${t(l, "queue.col.item")}</th><th>${t(l, "queue.col.workflow")}</th><th>${t(l, "queue.col.why")}</th><th>${t(l, "queue.col.age")}</th><th>${t(l, "queue.col.claim")}</th></tr></thead>
              <tbody>
                ${items.map((r) => {
                  const s = options.summaries.get(r.runId) ?? { rules: [], criteria: [] };
                  return html`<tr data-run="${r.runId}" data-workflow="${r.workflow}" data-href="/ui/runs/${encodeURIComponent(r.runId)}" tabindex="-1">
                    <td>${when(r.workflow === "screening", () => html`<input type="checkbox" name="runIds" value="${r.runId}" form="bulk" aria-label="${t(l, "queue.bulk.select")}" />`)}</td>
                    <td><a class="item-title" href="/ui/runs/${encodeURIComponent(r.runId)}">${itemTitle(l, r)}</a>
                      <div class="muted"><code>${r.runId}</code>${r.revisions ? ` · ${t(l, "queue.item.revisions", { count: r.revisions })}` : ""}</div></td>
                    <td>${label(l, "workflow", r.workflow)}</td>
                    <td class="why">${why(l, r)}${whyDetails(l, s.rules, s.criteria)}</td>
                    <td class="nowrap">${ageOf(l, r.createdAt, options.now)}</td>
                    <td>${claimCell(l, r, actor, options.reviewers, options.principal.keyId)}</td></tr>`;
                })}
              </tbody>
            </table></div>`
      }
      <nav class="pages">
        ${when(offset > 0, () => html`<a href="/ui/queue${query(f, { offset: Math.max(0, offset - limit) })}">${t(l, "common.previous")}</a>`)}
        ${when(offset + limit < total, () => html`<a href="/ui/queue${query(f, { offset: offset + limit })}">${t(l, "common.next")}</a>`)}
      </nav>
      ${when(
        screening,
        () => html`<form class="card stack" method="post" action="/ui/queue/bulk" id="bulk">
          <h2>${t(l, "queue.bulk.title")}</h2>
          <div class="choices">
            <label><input type="radio" name="decision" value="approve" required /> ${t(l, "decision.approve")}</label>
            <label><input type="radio" name="decision" value="reject" /> ${t(l, "decision.reject")}</label>
          </div>
          <label for="bulk-reason">${t(l, "queue.bulk.reason")}</label>
          <textarea id="bulk-reason" name="reason" required maxlength="5000"></textarea>
          <input type="hidden" name="back" value="${query(f)}" />
          <button type="submit">${t(l, "queue.bulk.apply")}</button>
        </form>`,
      )}
      ${keyHelp(l)}`,
  );
}

export function keyHelp(l: Locale): Html {
  const row = (keys: string, what: string) => html`<tr><td><kbd>${keys}</kbd></td><td>${what}</td></tr>`;
  return html`<dialog id="key-help"><h2>${t(l, "queue.keys.title")}</h2><table>
    ${row("j / n / ↓", t(l, "queue.keys.next"))}${row("k / ↑", t(l, "queue.keys.prev"))}
    ${row(`${t(l, "queue.keys.enter")} / o`, t(l, "queue.keys.open"))}${row("a", t(l, "queue.keys.approve"))}
    ${row("r", t(l, "queue.keys.reject"))}${row("e", t(l, "queue.keys.edit"))}
    ${row("c", t(l, "queue.keys.claim"))}${row("s", t(l, "queue.keys.assign"))}${row("x", t(l, "queue.keys.select"))}
    ${row("/", t(l, "queue.keys.search"))}${row(t(l, "queue.keys.ctrlEnter"), t(l, "queue.keys.submit"))}
    ${row("u", t(l, "queue.keys.back"))}${row("?", t(l, "queue.keys.help"))}
  </table></dialog>`;
}
