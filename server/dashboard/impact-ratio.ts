// Selection rates per self-declared group and their ratio to the best-treated group. A ratio under 0.8
// is the "four-fifths rule" signal of adverse impact (US EEOC Uniform Guidelines, 29 CFR 1607.4(D)),
// used here as an alert for French reviewers, not as a legal test.
export const FOUR_FIFTHS = 0.8;
/** Fewer candidates than this in a group: its ratio is shown, never called adverse (too few to conclude). */
export const MIN_GROUP_SAMPLE = 30;

export interface Selection {
  group: string;
  selected: boolean;
}

export interface GroupRate {
  group: string;
  candidates: number;
  selected: number;
  rate: number;
  /** Rate divided by the highest group's rate; 1 for that group; null when no group selected anyone. */
  impactRatio: number | null;
  /** Under MIN_GROUP_SAMPLE candidates: no conclusion drawn. */
  smallSample: boolean;
  adverse: boolean;
}

export function impactRatios(selections: readonly Selection[]): GroupRate[] {
  const byGroup = new Map<string, { candidates: number; selected: number }>();
  for (const s of selections) {
    const g = byGroup.get(s.group) ?? { candidates: 0, selected: 0 };
    g.candidates += 1;
    if (s.selected) g.selected += 1;
    byGroup.set(s.group, g);
  }
  const rates = [...byGroup.entries()]
    .map(([group, g]) => ({ group, ...g, rate: g.candidates ? g.selected / g.candidates : 0 }))
    .sort((a, b) => a.group.localeCompare(b.group));
  const best = Math.max(0, ...rates.map((r) => r.rate));
  return rates.map((r) => {
    const impactRatio = best > 0 ? r.rate / best : null;
    const smallSample = r.candidates < MIN_GROUP_SAMPLE;
    return {
      ...r,
      impactRatio,
      smallSample,
      adverse: !smallSample && impactRatio !== null && impactRatio < FOUR_FIFTHS,
    };
  });
}

/**
 * A CV counts as selected when the screener recommends advancing it (`recommendation: "advance"`, or a
 * `selected` flag), or else when its score reaches the screener's advance threshold.
 */
export const SELECTION_SCORE = 0.5;

interface RankedCv {
  id: string;
  selected?: boolean;
  score?: number;
}

function rankedCvs(output: unknown): RankedCv[] {
  if (!output || typeof output !== "object") return [];
  const record = output as Record<string, unknown>;
  const list = [record.ranking, record.candidates, record.results].find(Array.isArray);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): RankedCv[] => {
    if (!item || typeof item !== "object") return [];
    const { id, selected, score, recommendation } = item as Record<string, unknown>;
    if (typeof id !== "string") return [];
    const advanced =
      typeof recommendation === "string"
        ? recommendation === "advance"
        : typeof selected === "boolean"
          ? selected
          : undefined;
    return [
      {
        id,
        ...(advanced !== undefined ? { selected: advanced } : {}),
        ...(typeof score === "number" ? { score } : {}),
      },
    ];
  });
}

/**
 * Pairs each CV's declared group (`input.cvs[].group`, optional and self-declared, read only for this
 * audit) with whether the released ranking selected it. CVs without a group are left out.
 */
export function screeningSelections(input: unknown, output: unknown): Selection[] {
  if (!input || typeof input !== "object") return [];
  const cvs = (input as Record<string, unknown>).cvs;
  if (!Array.isArray(cvs)) return [];
  const ranked = new Map(rankedCvs(output).map((r) => [r.id, r]));
  return cvs.flatMap((cv): Selection[] => {
    if (!cv || typeof cv !== "object") return [];
    const { id, group } = cv as Record<string, unknown>;
    if (typeof id !== "string" || typeof group !== "string" || group.trim() === "") return [];
    const r = ranked.get(id);
    const selected = r?.selected ?? (r?.score !== undefined ? r.score >= SELECTION_SCORE : false);
    return [{ group: group.trim(), selected }];
  });
}
