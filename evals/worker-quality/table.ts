// The figures of a worker-quality run as Markdown tables: one row per measure, one column per engine and
// split, each a ratio with its counts so a reader can tell 1.00 of 3 from 1.00 of 30.

import type { WorkerQualityReport } from "./run.js";
import type { AdScore } from "./score-ad.js";
import type { SummaryScore } from "./score-summary.js";
import type { Split } from "./writer-cases.js";

type Row<T> = [label: string, measure: (scores: T[]) => [number, number] | number];

const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);
const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;

export const AD_ROWS: Array<Row<AdScore>> = [
  ["released", (s) => [count(s, (x) => x.status === "released"), s.length]],
  ["title exact (ROME, both genders, H/F)", (s) => [count(s, (x) => x.titleExact), s.length]],
  ["generic title « Offre d'emploi »", (s) => count(s, (x) => x.titleGeneric)],
  ["expected sections present", (s) => [sum(s, (x) => x.sectionsPresent), sum(s, (x) => x.sectionsExpected)]],
  ["sections in order", (s) => [count(s, (x) => x.sectionsInOrder), s.length]],
  ["facts kept (recall)", (s) => [sum(s, (x) => x.factsFound), sum(s, (x) => x.factsExpected)]],
  ["facts in the right section", (s) => [sum(s, (x) => x.factsPlaced), sum(s, (x) => x.factsExpected)]],
  ["ads without a shape defect", (s) => [count(s, (x) => x.defects.length === 0), s.length]],
  ["shape defects (total)", (s) => sum(s, (x) => x.defects.length)],
  ["figures the brief does not give", (s) => sum(s, (x) => x.invented.length)],
  ["forbidden asks left in the ad", (s) => sum(s, (x) => x.leaked.length)],
  [
    "forbidden asks reported to the caller",
    (s) => [sum(s, (x) => x.briefCriteriaReported), sum(s, (x) => x.briefCriteriaExpected)],
  ],
];

export const SUMMARY_ROWS: Array<Row<SummaryScore>> = [
  ["released", (s) => [count(s, (x) => x.status === "released"), s.length]],
  ["facts kept (recall)", (s) => [sum(s, (x) => x.factsFound), sum(s, (x) => x.factsExpected)]],
  ["facts in the right section", (s) => [sum(s, (x) => x.factsPlaced), sum(s, (x) => x.factsExpected)]],
  [
    "sentences traceable to a source (precision)",
    (s) => [sum(s, (x) => x.faithful), sum(s, (x) => x.sentences)],
  ],
  ["repeated facts", (s) => sum(s, (x) => x.repeated.length)],
  ["summaries without a shape defect", (s) => [count(s, (x) => x.defects.length === 0), s.length]],
  ["cut or mid-thought sentences (total)", (s) => sum(s, (x) => x.defects.length)],
  ["protected or invented facts that leaked", (s) => sum(s, (x) => x.leaked.length)],
];

function cell(value: [number, number] | number): string {
  if (typeof value === "number") return String(value);
  const [n, d] = value;
  return d === 0 ? "–" : `${(n / d).toFixed(2)} (${n}/${d})`;
}

function table<T extends { split: Split }>(
  rows: Array<Row<T>>,
  reports: WorkerQualityReport[],
  pick: (r: WorkerQualityReport) => T[],
  splits: Split[],
): string {
  const columns = reports.flatMap((r) => splits.map((split) => ({ r, split })));
  const header = `| measure | ${columns.map(({ r, split }) => `${r.engine} · ${split}`).join(" | ")} |`;
  const rule = `|---|${columns.map(() => "---").join("|")}|`;
  const lines = rows.map(
    ([label, measure]) =>
      `| ${label} | ${columns.map(({ r, split }) => cell(measure(pick(r).filter((s) => s.split === split)))).join(" | ")} |`,
  );
  return [header, rule, ...lines].join("\n");
}

export function formatTables(reports: WorkerQualityReport[], splits: Split[]): string {
  const parts: string[] = [];
  if (reports.some((r) => r.ad_writing.length > 0))
    parts.push(`### ad_writing\n\n${table(AD_ROWS, reports, (r) => r.ad_writing, splits)}`);
  if (reports.some((r) => r.summary.length > 0))
    parts.push(`### summary\n\n${table(SUMMARY_ROWS, reports, (r) => r.summary, splits)}`);
  return `${parts.join("\n\n")}\n`;
}
