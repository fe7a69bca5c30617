import type { DashboardStats, DayCount } from "../dashboard/stats.js";
import type { Principal } from "../middleware/principal.js";
import { type Html, html, percent, when } from "./html.js";
import { layout } from "./layout.js";

function perDay(title: string, id: string, days: DayCount[]): Html {
  const keys = [...new Set(days.flatMap((d) => Object.keys(d.counts)))].sort();
  const max = Math.max(1, ...days.flatMap((d) => Object.values(d.counts)));
  return html`<h2>${title}</h2>
    ${
      days.length === 0
        ? html`<p class="muted">Rien sur la période.</p>`
        : html`<table id="${id}"><thead><tr><th>Jour</th>${keys.map((k) => html`<th>${k}</th>`)}</tr></thead>
          <tbody>${days.map(
            (d) =>
              html`<tr><td>${d.day}</td>${keys.map((k) => {
                const n = d.counts[k] ?? 0;
                // <meter> rather than a styled div: the pages' CSP allows no inline style.
                return html`<td>${n} <meter min="0" max="${max}" value="${n}"></meter></td>`;
              })}</tr>`,
          )}</tbody></table>`
    }`;
}

export function dashboardPage(options: {
  principal: Principal;
  stats: DashboardStats;
  from?: string;
  to?: string;
}): Html {
  const s = options.stats;
  return layout(
    { title: "Tableau de bord", principal: options.principal },
    html`<h1>Tableau de bord <span class="muted">(${s.runs} runs)</span></h1>
      <form class="card" method="get" action="/ui/dashboard">
        <label>Du <input type="date" name="from" value="${options.from ?? ""}" /></label>
        <label>au <input type="date" name="to" value="${options.to ?? ""}" /></label>
        <button type="submit">Filtrer</button>
      </form>
      ${perDay("Verdicts par jour", "verdicts", s.verdictsPerDay)}
      ${perDay("Critères par jour", "criteria", s.criteriaPerDay)}
      <h2>Taux de signalement par garde</h2>
      <table id="flag-rates"><thead><tr><th>Garde</th><th>Runs signalés</th><th>Runs vérifiés</th><th>Taux</th></tr></thead>
        <tbody>${s.flagRates.map(
          (g) =>
            html`<tr><td>${g.guard}</td><td>${g.flaggedRuns}</td><td>${g.checkedRuns}</td><td>${percent(g.rate)}</td></tr>`,
        )}</tbody></table>
      <h2>Accord entre gardes et relecteurs</h2>
      <p id="agreement">${s.agreement.agreed} / ${s.agreement.decisions} décisions d'accord avec les gardes : ${percent(s.agreement.rate)}</p>
      <table><thead><tr><th>Garde</th><th>Décisions</th><th>Accords</th><th>Taux</th></tr></thead>
        <tbody>${s.agreement.byGuard.map(
          (g) =>
            html`<tr><td>${g.guard}</td><td>${g.decisions}</td><td>${g.agreed}</td><td>${percent(g.rate)}</td></tr>`,
        )}</tbody></table>
      <h2>Tri de CV : taux de sélection par groupe déclaré (règle des quatre cinquièmes)</h2>
      <p class="muted">Groupes auto-déclarés (<code>input.cvs[].group</code>, facultatif), utilisés pour cet audit seulement.
        Un ratio d'impact sous 0,8 est signalé, sauf pour un groupe de moins de 30 candidats : trop peu pour conclure.
        L'audit complet (catégories LL144, intersections, export CSV) : <a href="/ui/audit/bias">audit de biais</a>.</p>
      ${when(s.screening.adverseImpact, () => html`<p class="error" id="adverse-impact">Impact défavorable possible : au moins un ratio sous 0,8.</p>`)}
      ${
        s.screening.groups.length === 0
          ? html`<p class="muted">Aucun run de tri avec des groupes déclarés.</p>`
          : html`<table id="impact"><thead><tr><th>Groupe</th><th>Candidats</th><th>Retenus</th><th>Taux</th><th>Ratio d'impact</th><th>Échantillon</th></tr></thead>
            <tbody>${s.screening.groups.map(
              (
                g,
              ) => html`<tr class="${g.adverse ? "adverse" : ""}"><td>${g.group}</td><td>${g.candidates}</td><td>${g.selected}</td>
                <td>${percent(g.rate)}</td><td>${g.impactRatio === null ? "–" : g.impactRatio.toFixed(2)}</td>
                <td>${g.smallSample ? "trop petit pour conclure (n < 30)" : "suffisant"}</td></tr>`,
            )}</tbody></table>`
      }`,
  );
}
