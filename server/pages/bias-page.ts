// The bias audit page (LL144): one table per dimension, the notes a filing needs, CSV and print links.
import { type BiasAudit, type CategoryRow, type CsvWords, DIMENSIONS, num } from "../audit/bias-audit.js";
import type { CounterfactualView } from "../audit/counterfactual.js";
import { type Locale, type MessageKey, t } from "../i18n/catalog.js";
import type { Principal } from "../middleware/principal.js";
import { formatDate, type Html, html, when } from "./html.js";
import { layout } from "./layout.js";

const pct = (locale: Locale, x: number) =>
  `${(x * 100).toFixed(1).replace(".", locale === "fr" ? "," : ".")} %`;
const dec = (locale: Locale, x: number | null, digits = 2) =>
  x === null ? "–" : locale === "fr" ? x.toFixed(digits).replace(".", ",") : x.toFixed(digits);

export function categoryLabel(locale: Locale, category: string): string {
  return category
    .split("+")
    .map((c) => t(locale, `audit.category.${c}` as MessageKey))
    .join(" × ");
}

/** The CSV a reviewer downloads from the page, in the page's language (the API's keeps the codes). */
export function biasCsvWords(locale: Locale): CsvWords {
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "–");
  return {
    title: (a) =>
      t(locale, "audit.csv.title", {
        candidates: a.candidates,
        runs: a.runs,
        from: day(a.from),
        to: day(a.to),
        median: num(a.medianScore),
        unknownSex: a.unknown.sex,
        unknownRace: a.unknown.raceEthnicity,
      }),
    header: (
      [
        "audit.csv.col.dimension",
        "audit.bias.col.category",
        "audit.bias.col.candidates",
        "audit.bias.col.share",
        "audit.bias.col.selected",
        "audit.bias.col.selectionRate",
        "audit.bias.col.selectionRatio",
        "audit.csv.col.aboveMedian",
        "audit.bias.col.scoringRate",
        "audit.bias.col.scoringRatio",
        "audit.csv.col.excluded",
        "audit.csv.col.small",
        "audit.bias.col.pValue",
        "audit.csv.col.adverse",
      ] as const
    ).map((k) => t(locale, k)),
    dimension: (d) => t(locale, `audit.bias.dimension.${d}`),
    category: (c) => categoryLabel(locale, c),
    yes: t(locale, "audit.csv.yes"),
    no: t(locale, "audit.csv.no"),
  };
}

function finding(locale: Locale, r: CategoryRow): string {
  if (r.excluded) return t(locale, "audit.bias.finding.excluded");
  if (r.smallSample) return t(locale, "audit.bias.finding.small");
  if (r.adverse) return t(locale, "audit.bias.finding.adverse");
  return t(locale, "audit.bias.finding.none");
}

function table(locale: Locale, rows: CategoryRow[]): Html {
  const cols: MessageKey[] = [
    "audit.bias.col.category",
    "audit.bias.col.candidates",
    "audit.bias.col.share",
    "audit.bias.col.selected",
    "audit.bias.col.selectionRate",
    "audit.bias.col.selectionRatio",
    "audit.bias.col.scoringRate",
    "audit.bias.col.scoringRatio",
    "audit.bias.col.pValue",
    "audit.bias.col.finding",
  ];
  return html`<div class="table-wrap"><table class="bias">
    <thead><tr>${cols.map((k) => html`<th>${t(locale, k)}</th>`)}</tr></thead>
    <tbody>${rows.map(
      (
        r,
      ) => html`<tr class="${r.adverse ? "adverse" : r.excluded || r.smallSample ? "muted" : ""}" data-category="${r.category}">
        <td>${categoryLabel(locale, r.category)}</td><td>${r.candidates}</td><td>${pct(locale, r.share)}</td>
        <td>${r.selected}</td><td>${pct(locale, r.selectionRate)}</td><td>${dec(locale, r.selectionImpactRatio)}</td>
        <td>${pct(locale, r.scoringRate)}</td><td>${dec(locale, r.scoringImpactRatio)}</td>
        <td>${dec(locale, r.selectionPValue, 3)}</td><td>${finding(locale, r)}</td></tr>`,
    )}</tbody></table></div>`;
}

export function biasPage(options: {
  principal: Principal;
  locale: Locale;
  audit: BiasAudit;
  query: string;
  counterfactual: CounterfactualView | null;
  canMeasure: boolean;
  print: boolean;
}): Html {
  const { locale: l, audit: a, query } = options;
  const cf = options.counterfactual;
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "–");
  return layout(
    {
      title: t(l, "audit.bias.title"),
      principal: options.principal,
      locale: l,
      ...(options.print ? { bodyClass: "print" } : {}),
    },
    html`<h1>${t(l, "audit.bias.title")}</h1>
      <p class="no-print"><a href="/ui/audit/bias.csv${query}" id="export-csv">${t(l, "audit.bias.export")}</a> ·
        <a href="/ui/audit/bias${query}${query ? "&" : "?"}print=1" id="print">${t(l, "audit.bias.print")}</a></p>
      <p>${t(l, "audit.bias.intro")}</p>
      <p>${t(l, "audit.bias.declared")}</p>
      <p id="exclusion-note">${t(l, "audit.bias.exclusion")}</p>
      <p id="sample-note">${t(l, "audit.bias.sample")}</p>
      ${
        a.candidates === 0
          ? html`<p class="muted" id="bias-empty">${t(l, "audit.bias.empty")}</p>`
          : html`<p id="bias-figures">${t(l, "audit.bias.figures", {
              candidates: a.candidates,
              runs: a.runs,
              from: day(a.from),
              to: day(a.to),
              median: dec(l, a.medianScore, 3),
              unknownSex: a.unknown.sex,
              unknownRace: a.unknown.raceEthnicity,
            })}</p>
            <p id="bias-verdict" class="${a.adverse ? "error" : ""}">${t(l, a.adverse ? "audit.bias.adverse" : "audit.bias.noAdverse")}</p>
            ${DIMENSIONS.map((d) => {
              const rows = a.rows.filter((r) => r.dimension === d);
              return rows.length === 0
                ? ""
                : html`<h2>${t(l, `audit.bias.dimension.${d}`)}</h2>${table(l, rows)}`;
            })}`
      }
      <h2>${t(l, "audit.cf.title")}</h2>
      <p>${t(l, "audit.cf.intro")}</p>
      ${
        cf
          ? html`<p id="counterfactual">${t(l, "audit.cf.result", {
              stable: cf.stable,
              candidates: cf.candidates,
              share: cf.candidates ? pct(l, cf.stable / cf.candidates) : "–",
              runs: cf.runs,
              maxDelta: dec(l, cf.maxScoreDelta, 3),
              at: formatDate(cf.at),
              actor: cf.actor,
            })}</p>
            ${when(
              cf.moved.length > 0,
              () =>
                html`<h3>${t(l, "audit.cf.moved")}</h3><ul>${cf.moved.map(
                  (m) =>
                    html`<li><a href="/ui/runs/${encodeURIComponent(m.runId)}">${m.runId}</a> · ${m.candidateId} : ${m.rankBefore} → ${m.rankAfter}</li>`,
                )}</ul>`,
            )}`
          : html`<p class="muted" id="counterfactual">${t(l, "audit.cf.none")}</p>`
      }
      ${when(
        options.canMeasure,
        () => html`<form method="post" action="/ui/audit/counterfactual" class="no-print">
          <input type="hidden" name="sample" value="20" />
          <button type="submit">${t(l, "audit.cf.run", { sample: 20 })}</button></form>`,
      )}`,
  );
}
