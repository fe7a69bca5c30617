import type { DashboardStats, DayCount } from "../dashboard/stats.js";
import { type Locale, label, t } from "../i18n/catalog.js";
import type { Principal } from "../middleware/principal.js";
import { type Html, html, percent, when } from "./html.js";
import { layout } from "./layout.js";

function perDay(l: Locale, title: string, id: string, set: string, days: DayCount[]): Html {
  const keys = [...new Set(days.flatMap((d) => Object.keys(d.counts)))].sort();
  const max = Math.max(1, ...days.flatMap((d) => Object.values(d.counts)));
  return html`<h2>${title}</h2>
    ${
      days.length === 0
        ? html`<p class="muted">${t(l, "dashboard.nothing")}</p>`
        : // Scrolls inside its card rather than overflowing it when there are many columns.
          html`<div class="card table-wrap"><table id="${id}" class="compact"><thead><tr><th>${t(l, "dashboard.day")}</th>${keys.map((k) => html`<th data-key="${k}">${label(l, set, k)}</th>`)}</tr></thead>
          <tbody>${days.map(
            (d) =>
              html`<tr><td class="nowrap">${d.day}</td>${keys.map((k) => {
                const n = d.counts[k] ?? 0;
                // <meter> rather than a styled div: the pages' CSP allows no inline style.
                return html`<td>${n} <meter min="0" max="${max}" value="${n}"></meter></td>`;
              })}</tr>`,
          )}</tbody></table></div>`
    }`;
}

export function dashboardPage(options: {
  locale: Locale;
  principal: Principal;
  stats: DashboardStats;
  from?: string;
  to?: string;
}): Html {
  const s = options.stats;
  const l = options.locale;
  return layout(
    { title: t(l, "dashboard.title"), locale: l, principal: options.principal },
    html`<h1>${t(l, "dashboard.title")} <span class="muted">${t(l, "dashboard.runs", { count: s.runs })}</span></h1>
      <form class="card" method="get" action="/ui/dashboard">
        <label>${t(l, "dashboard.from")} <input type="date" name="from" value="${options.from ?? ""}" /></label>
        <label>${t(l, "dashboard.to")} <input type="date" name="to" value="${options.to ?? ""}" /></label>
        <button type="submit">${t(l, "dashboard.filter")}</button>
      </form>
      ${perDay(l, t(l, "dashboard.verdictsPerDay"), "verdicts", "verdict", s.verdictsPerDay)}
      ${perDay(l, t(l, "dashboard.criteriaPerDay"), "criteria", "criterion", s.criteriaPerDay)}
      <h2>${t(l, "dashboard.flagRates")}</h2>
      <div class="table-wrap"><table id="flag-rates"><thead><tr><th>${t(l, "dashboard.guard")}</th><th>${t(l, "dashboard.flaggedRuns")}</th><th>${t(l, "dashboard.checkedRuns")}</th><th>${t(l, "dashboard.rate")}</th></tr></thead>
        <tbody>${s.flagRates.map(
          (g) =>
            html`<tr><td>${label(l, "guard", g.guard)}</td><td>${g.flaggedRuns}</td><td>${g.checkedRuns}</td><td>${percent(g.rate)}</td></tr>`,
        )}</tbody></table></div>
      <h2>${t(l, "dashboard.agreementTitle")}</h2>
      <p id="agreement">${t(l, "dashboard.agreement", { agreed: s.agreement.agreed, decisions: s.agreement.decisions, rate: percent(s.agreement.rate) })}</p>
      <p class="muted">${t(l, "dashboard.agreementNote")}</p>
      <div class="table-wrap"><table><thead><tr><th>${t(l, "dashboard.guard")}</th><th>${t(l, "dashboard.decisions")}</th><th>${t(l, "dashboard.agreed")}</th><th>${t(l, "dashboard.rate")}</th></tr></thead>
        <tbody>${s.agreement.byGuard.map(
          (g) =>
            html`<tr><td>${label(l, "guard", g.guard)}</td><td>${g.decisions}</td><td>${g.agreed}</td><td>${percent(g.rate)}</td></tr>`,
        )}</tbody></table></div>
      <h3>${t(l, "dashboard.findingsTitle")}</h3>
      <p id="finding-agreement">${s.agreement.findings.accepted} ${t(l, "dashboard.findingsAccepted")} · ${s.agreement.findings.dismissed} ${t(l, "dashboard.findingsDismissed")} · ${percent(s.agreement.findings.rate)}</p>
      ${when(
        s.agreement.findings.byGuard.length,
        () => html`<div class="table-wrap"><table id="finding-agreement-by-guard"><thead><tr><th>${t(l, "dashboard.guard")}</th><th>${t(l, "dashboard.findingsAccepted")}</th><th>${t(l, "dashboard.findingsDismissed")}</th><th>${t(l, "dashboard.rate")}</th></tr></thead>
        <tbody>${s.agreement.findings.byGuard.map(
          (g) =>
            html`<tr><td>${label(l, "guard", g.guard)}</td><td>${g.accepted}</td><td>${g.dismissed}</td><td>${percent(g.rate)}</td></tr>`,
        )}</tbody></table></div>`,
      )}
      <h2>${t(l, "dashboard.impactTitle")}</h2>
      <p class="muted">${t(l, "dashboard.impactNote")}</p>
      <p class="muted" id="bias-audit-link">${t(l, "audit.dashboard.sampleNote")} <a href="/ui/audit/bias">${t(l, "audit.nav.bias")}</a></p>
      ${when(s.screening.adverseImpact, () => html`<p class="error" id="adverse-impact">${t(l, "dashboard.adverse")}</p>`)}
      ${
        s.screening.groups.length === 0
          ? html`<p class="muted">${t(l, "dashboard.noGroups")}</p>`
          : html`<div class="table-wrap"><table id="impact"><thead><tr><th>${t(l, "dashboard.group")}</th><th>${t(l, "dashboard.candidates")}</th><th>${t(l, "dashboard.selected")}</th><th>${t(l, "dashboard.rate")}</th><th>${t(l, "dashboard.impactRatio")}</th><th>${t(l, "audit.dashboard.sample")}</th></tr></thead>
            <tbody>${s.screening.groups.map(
              (
                g,
              ) => html`<tr class="${g.adverse ? "adverse" : ""}"><td>${g.group}</td><td>${g.candidates}</td><td>${g.selected}</td>
                <td>${percent(g.rate)}</td><td>${g.impactRatio === null ? "–" : g.impactRatio.toFixed(2)}</td>
                <td>${t(l, g.smallSample ? "audit.dashboard.small" : "audit.dashboard.enough")}</td></tr>`,
            )}</tbody></table></div>`
      }`,
  );
}
