// The bias audit a deployer files under New York City's Local Law 144 (6 RCNY § 5-301): per self-declared
// category of sex, of race/ethnicity and of their intersection, the selection rate (share recommended to
// advance by the screener), the scoring rate (share scoring above the sample's median), and the impact ratio
// of each (rate ÷ the highest category's rate). A category under 2 % of the audited candidates may be left
// out of the impact ratios (§ 5-301(b)); it is listed, marked excluded. Under 30 candidates a ratio is shown
// but never called adverse: the page says the sample is too small, with Fisher's exact p-value beside it.
import { RACE_ETHNICITIES, SEXES } from "../../core/audit-categories.js";
import type { ScreeningOutcomeRow } from "../../db/queries/screening-outcomes.js";
import { fisherExact, median } from "./statistics.js";

export const FOUR_FIFTHS = 0.8;
export const EXCLUSION_SHARE = 0.02;
export const MIN_SAMPLE = 30;
export const SIGNIFICANCE = 0.05;

export const DIMENSIONS = ["sex", "raceEthnicity", "intersection"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface CategoryRow {
  dimension: Dimension;
  /** "female", "asian", or "female+asian" for an intersection. */
  category: string;
  candidates: number;
  /** Of every audited candidate. */
  share: number;
  selected: number;
  selectionRate: number;
  /** null when the category is excluded or no category selected anyone. */
  selectionImpactRatio: number | null;
  aboveMedian: number;
  scoringRate: number;
  scoringImpactRatio: number | null;
  /** Under 2 % of the audited candidates: left out of the impact ratios. */
  excluded: boolean;
  /** Under MIN_SAMPLE candidates: no conclusion drawn. */
  smallSample: boolean;
  /** Fisher's exact test of this category's selection against the most selected category's. */
  selectionPValue: number | null;
  /** Impact ratio under 0.8 on a sample large enough: the four-fifths signal. */
  adverse: boolean;
}

export interface BiasAudit {
  candidates: number;
  runs: number;
  from: Date | null;
  to: Date | null;
  medianScore: number | null;
  /** Candidates who declared no sex, no race/ethnicity (LL144 asks for the count). */
  unknown: { sex: number; raceEthnicity: number };
  rows: CategoryRow[];
  adverse: boolean;
}

const categoriesOf = (o: ScreeningOutcomeRow): Record<Dimension, string | null> => ({
  sex: o.sex,
  raceEthnicity: o.raceEthnicity,
  intersection: o.sex && o.raceEthnicity ? `${o.sex}+${o.raceEthnicity}` : null,
});

const ORDER: Record<Dimension, string[]> = {
  sex: [...SEXES],
  raceEthnicity: [...RACE_ETHNICITIES],
  intersection: SEXES.flatMap((s) => RACE_ETHNICITIES.map((r) => `${s}+${r}`)),
};

export function biasAudit(outcomes: readonly ScreeningOutcomeRow[]): BiasAudit {
  const total = outcomes.length;
  const med = median(outcomes.map((o) => o.score));
  const rows: CategoryRow[] = [];
  for (const dimension of DIMENSIONS) {
    const tally = new Map<string, { candidates: number; selected: number; above: number }>();
    for (const o of outcomes) {
      const category = categoriesOf(o)[dimension];
      if (category === null) continue;
      const t = tally.get(category) ?? { candidates: 0, selected: 0, above: 0 };
      t.candidates++;
      if (o.recommendation === "advance") t.selected++;
      if (med !== null && o.score > med) t.above++;
      tally.set(category, t);
    }
    const base = ORDER[dimension]
      .filter((c) => tally.has(c))
      .map((category) => {
        const t = tally.get(category) ?? { candidates: 0, selected: 0, above: 0 };
        return {
          category,
          ...t,
          share: total ? t.candidates / total : 0,
          selectionRate: t.candidates ? t.selected / t.candidates : 0,
          scoringRate: t.candidates ? t.above / t.candidates : 0,
        };
      });
    const included = base.filter((r) => r.share >= EXCLUSION_SHARE);
    const bestSelection = included.reduce<(typeof base)[number] | undefined>(
      (best, r) => (!best || r.selectionRate > best.selectionRate ? r : best),
      undefined,
    );
    const bestScoring = Math.max(0, ...included.map((r) => r.scoringRate));
    for (const r of base) {
      const excluded = r.share < EXCLUSION_SHARE;
      const smallSample = r.candidates < MIN_SAMPLE;
      const selectionImpactRatio =
        excluded || !bestSelection || bestSelection.selectionRate === 0
          ? null
          : r.selectionRate / bestSelection.selectionRate;
      const scoringImpactRatio = excluded || bestScoring === 0 ? null : r.scoringRate / bestScoring;
      const selectionPValue =
        excluded || !bestSelection || bestSelection.category === r.category
          ? null
          : fisherExact(
              r.selected,
              r.candidates - r.selected,
              bestSelection.selected,
              bestSelection.candidates - bestSelection.selected,
            );
      const low = (x: number | null) => x !== null && x < FOUR_FIFTHS;
      rows.push({
        dimension,
        category: r.category,
        candidates: r.candidates,
        share: r.share,
        selected: r.selected,
        selectionRate: r.selectionRate,
        selectionImpactRatio,
        aboveMedian: r.above,
        scoringRate: r.scoringRate,
        scoringImpactRatio,
        excluded,
        smallSample,
        selectionPValue,
        adverse: !excluded && !smallSample && (low(selectionImpactRatio) || low(scoringImpactRatio)),
      });
    }
  }
  const times = outcomes.map((o) => o.createdAt.getTime());
  return {
    candidates: total,
    runs: new Set(outcomes.map((o) => o.runId)).size,
    from: times.length ? new Date(Math.min(...times)) : null,
    to: times.length ? new Date(Math.max(...times)) : null,
    medianScore: med,
    unknown: {
      sex: outcomes.filter((o) => o.sex === null).length,
      raceEthnicity: outcomes.filter((o) => o.raceEthnicity === null).length,
    },
    rows,
    adverse: rows.some((r) => r.adverse),
  };
}

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? "" : String(value);
  // A leading = + - @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
export const num = (x: number | null, digits = 4) => (x === null ? "" : x.toFixed(digits));

export const CSV_HEADER = [
  "dimension",
  "category",
  "candidates",
  "share",
  "selected",
  "selection_rate",
  "selection_impact_ratio",
  "above_median",
  "scoring_rate",
  "scoring_impact_ratio",
  "excluded_under_2_percent",
  "small_sample_under_30",
  "selection_p_value",
  "adverse_four_fifths",
];

/** The words of a CSV export: the codes above by default (the API's), a language's on the pages. */
export interface CsvWords {
  title(audit: BiasAudit): string;
  header: readonly string[];
  dimension(d: Dimension): string;
  category(c: string): string;
  yes: string;
  no: string;
}

export const CSV_CODES: CsvWords = {
  title: (audit) =>
    `# garde-fou bias audit (NYC LL144); candidates ${audit.candidates}; runs ${audit.runs}; from ${audit.from?.toISOString() ?? ""}; to ${audit.to?.toISOString() ?? ""}; median score ${num(audit.medianScore)}; unknown sex ${audit.unknown.sex}; unknown race/ethnicity ${audit.unknown.raceEthnicity}`,
  header: CSV_HEADER,
  dimension: (d) => d,
  category: (c) => c,
  yes: "true",
  no: "false",
};

export function biasAuditCsv(audit: BiasAudit, words: CsvWords = CSV_CODES): string {
  const yesNo = (b: boolean) => (b ? words.yes : words.no);
  const lines = [
    words.title(audit),
    words.header.map(csvCell).join(","),
    ...audit.rows.map((r) =>
      [
        words.dimension(r.dimension),
        words.category(r.category),
        r.candidates,
        num(r.share),
        r.selected,
        num(r.selectionRate),
        num(r.selectionImpactRatio),
        r.aboveMedian,
        num(r.scoringRate),
        num(r.scoringImpactRatio),
        yesNo(r.excluded),
        yesNo(r.smallSample),
        num(r.selectionPValue),
        yesNo(r.adverse),
      ]
        .map(csvCell)
        .join(","),
    ),
  ];
  return `${lines.join("\n")}\n`;
}
