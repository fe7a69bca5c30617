// The four-fifths rule (US EEOC Uniform Guidelines, 29 CFR 1607.4(D); used in France as an audit heuristic,
// AI Act art. 10(2)(f)): a group whose selection rate is under 80 % of the best group's is flagged for the
// reviewers. Groups are self-declared and optional; they are read here, after ranking, and never by the scorer.
import type { Recommendation } from "./types.js";

export const FOUR_FIFTHS = 0.8;

export interface GroupRate {
  group: string;
  candidates: number;
  advanced: number;
  selectionRate: number;
  /** Selection rate ÷ the highest group's selection rate. */
  impactRatio: number;
  flagged: boolean;
}

export interface AdverseImpact {
  rule: "four-fifths";
  threshold: number;
  groups: GroupRate[];
  flaggedGroups: string[];
  /** CVs that declared no group are left out of the rates. */
  undeclared: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function adverseImpact(
  ranking: readonly { id: string; recommendation: Recommendation }[],
  groupOf: ReadonlyMap<string, string>,
): AdverseImpact | null {
  if (groupOf.size === 0) return null;
  const tally = new Map<string, { candidates: number; advanced: number }>();
  let undeclared = 0;
  for (const r of ranking) {
    const group = groupOf.get(r.id);
    if (group === undefined) {
      undeclared++;
      continue;
    }
    const t = tally.get(group) ?? { candidates: 0, advanced: 0 };
    t.candidates++;
    if (r.recommendation === "advance") t.advanced++;
    tally.set(group, t);
  }
  const rates = [...tally].map(([group, t]) => ({ group, ...t, selectionRate: t.advanced / t.candidates }));
  const best = Math.max(...rates.map((r) => r.selectionRate));
  const groups = rates
    .map((r) => {
      const impactRatio = best > 0 ? r.selectionRate / best : 1;
      return {
        group: r.group,
        candidates: r.candidates,
        advanced: r.advanced,
        selectionRate: round(r.selectionRate),
        impactRatio: round(impactRatio),
        flagged: impactRatio < FOUR_FIFTHS,
      };
    })
    .sort((a, b) => a.group.localeCompare(b.group));
  return {
    rule: "four-fifths",
    threshold: FOUR_FIFTHS,
    groups,
    flaggedGroups: groups.filter((g) => g.flagged).map((g) => g.group),
    undeclared,
  };
}
