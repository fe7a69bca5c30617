// A candidate's explanation (art. 86), in plain words, printable to hand over.
import type { CandidateExplanation } from "../audit/explanation.js";
import { type Locale, label, t } from "../i18n/catalog.js";
import type { Principal } from "../middleware/principal.js";
import { exportBar, printable } from "./evidence-pages.js";
import { formatDate, type Html, html, when } from "./html.js";
import { layout } from "./layout.js";

const num = (l: Locale, x: number) => (l === "fr" ? x.toFixed(2).replace(".", ",") : x.toFixed(2));

export function explanationPage(options: {
  principal: Principal;
  locale: Locale;
  e: CandidateExplanation;
  print?: boolean;
}): Html {
  const { locale: l, e } = options;
  const list = (items: string[] | null) => (items?.length ? items.join(" ; ") : t(l, "audit.explain.none"));
  const removed = Object.entries(e.removed)
    .filter(([, n]) => n > 0)
    .map(([kind]) => label(l, "criterion", kind));
  const decisionKey = (d: string) =>
    d === "approve" || d === "reject" || d === "edit_approve" ? t(l, `audit.explain.decision.${d}`) : d;
  return layout(
    {
      title: t(l, "audit.explain.title", { candidate: e.candidateId }),
      locale: l,
      principal: options.principal,
      ...printable(options.print),
    },
    html`${exportBar(l)}<article id="explanation">
      <h1>${t(l, "audit.explain.title", { candidate: e.candidateId })}</h1>
      <h2>${t(l, "audit.explain.role.title")}</h2>
      <p>${t(l, "audit.explain.role", { count: e.candidates })}</p>
      <p class="muted">${t(l, "audit.explain.engine", {
        provider: e.engine.provider,
        model: e.engine.model,
        offline: e.engine.offline ? t(l, "audit.explain.offlineNote") : "",
      })}</p>
      <h2>${t(l, "audit.explain.elements.title")}</h2>
      <p id="score">${t(l, "audit.explain.score", { score: num(l, e.score), rank: e.rank, count: e.candidates })}</p>
      <p id="proposal">${t(l, e.recommendation === "advance" ? "audit.explain.advance" : "audit.explain.reject")}</p>
      ${
        e.detailsPurged
          ? html`<p class="muted">${t(l, "audit.explain.purged")}</p>`
          : html`<p id="matched">${t(l, "audit.explain.matched", { list: list(e.matched) })}</p>
            <p id="missing">${t(l, "audit.explain.missing", { list: list(e.missing) })}</p>
            ${when(e.rationale, () => html`<p>${t(l, "audit.explain.rationale")}</p><blockquote>${e.rationale}</blockquote>`)}`
      }
      <h2>${t(l, "audit.explain.notUsed.title")}</h2>
      <p>${t(l, "audit.explain.notUsed", { removed: removed.length ? removed.join(", ") : t(l, "audit.explain.none") })}</p>
      <h2>${t(l, "audit.explain.review.title")}</h2>
      <p id="review">${
        e.review.kind === "decided"
          ? t(l, "audit.explain.review.decided", {
              reviewer: e.review.reviewer,
              at: formatDate(e.review.at),
              decision: decisionKey(e.review.decision),
            })
          : t(l, e.review.kind === "waiting" ? "audit.explain.review.waiting" : "audit.explain.review.none")
      }</p>
      ${when(e.review.kind === "decided", () => html`<p>${t(l, "audit.explain.review.reason", { reason: e.review.kind === "decided" ? e.review.reason : "" })}</p>`)}
      <h2>${t(l, "audit.explain.rights.title")}</h2>
      <p>${t(l, "audit.explain.rights")}</p>
    </article>`,
  );
}
