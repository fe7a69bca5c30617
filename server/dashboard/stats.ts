// The dashboard's numbers, computed from plain rows so that they can be tested without a database.
import type { DashboardRows } from "../../db/queries/dashboard.js";
import { type GroupRate, impactRatios, screeningSelections } from "./impact-ratio.js";

export interface DayCount {
  day: string;
  counts: Record<string, number>;
}

export interface GuardRate {
  guard: string;
  flaggedRuns: number;
  checkedRuns: number;
  rate: number;
}

export interface Agreement {
  decisions: number;
  agreed: number;
  /** null when no decision was taken yet. */
  rate: number | null;
  byGuard: Array<{ guard: string; decisions: number; agreed: number; rate: number | null }>;
  /** Findings a reviewer judged one by one: accepted (well-founded) agrees with the guard, dismissed does not. */
  findings: {
    accepted: number;
    dismissed: number;
    rate: number | null;
    byGuard: Array<{ guard: string; accepted: number; dismissed: number; rate: number | null }>;
  };
}

export interface DashboardStats {
  runs: number;
  verdictsPerDay: DayCount[];
  criteriaPerDay: DayCount[];
  flagRates: GuardRate[];
  agreement: Agreement;
  screening: { runs: number; groups: GroupRate[]; adverseImpact: boolean };
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

function bump(map: Map<string, Record<string, number>>, day: string, key: string): void {
  const counts = map.get(day) ?? {};
  counts[key] = (counts[key] ?? 0) + 1;
  map.set(day, counts);
}

const sortedDays = (map: Map<string, Record<string, number>>): DayCount[] =>
  [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, counts]) => ({ day, counts }));

/**
 * A reviewer agrees with the guards when they reject what the guards stopped, correct it (an edit is checked
 * by the guards again before it is accepted, so it did what they asked), or approve what passed.
 */
export function agrees(guardVerdict: string | null, decision: string): boolean {
  const flagged = guardVerdict !== null && guardVerdict !== "pass";
  return flagged ? decision === "reject" || decision === "edit_approve" : decision !== "reject";
}

export function computeDashboard(rows: DashboardRows): DashboardStats {
  const verdicts = new Map<string, Record<string, number>>();
  const criteria = new Map<string, Record<string, number>>();
  const runById = new Map(rows.runs.map((r) => [r.id, r]));
  for (const r of rows.runs) bump(verdicts, dayOf(r.createdAt), r.verdict ?? "none");

  // Criteria and flag rates count what any draft was flagged for (a rewrite fixing it was still needed);
  // agreement looks at the last draft only, the one the reviewer decided on.
  const guardsByRun = new Map<string, Set<string>>();
  const lastGuardsByRun = new Map<string, Set<string>>();
  const criteriaByRun = new Map<string, Set<string>>();
  for (const f of rows.findings) {
    guardsByRun.set(f.runId, (guardsByRun.get(f.runId) ?? new Set()).add(f.guard));
    if (f.revision === runById.get(f.runId)?.revisions)
      lastGuardsByRun.set(f.runId, (lastGuardsByRun.get(f.runId) ?? new Set()).add(f.guard));
    const set = criteriaByRun.get(f.runId) ?? new Set();
    for (const c of f.criteria) set.add(c);
    criteriaByRun.set(f.runId, set);
  }
  for (const [runId, set] of criteriaByRun) {
    const run = runById.get(runId);
    if (run) for (const c of set) bump(criteria, dayOf(run.createdAt), c);
  }

  const checkedRuns = rows.runs.filter((r) => r.verdict !== null).length;
  const flagged = new Map<string, number>();
  for (const set of guardsByRun.values()) for (const g of set) flagged.set(g, (flagged.get(g) ?? 0) + 1);
  const flagRates = [...flagged.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([guard, n]) => ({ guard, flaggedRuns: n, checkedRuns, rate: checkedRuns ? n / checkedRuns : 0 }));

  let agreed = 0;
  const perGuard = new Map<string, { decisions: number; agreed: number }>();
  for (const d of rows.decisions) {
    const ok = agrees(runById.get(d.runId)?.verdict ?? null, d.decision);
    if (ok) agreed += 1;
    for (const g of lastGuardsByRun.get(d.runId) ?? []) {
      const s = perGuard.get(g) ?? { decisions: 0, agreed: 0 };
      s.decisions += 1;
      if (ok) s.agreed += 1;
      perGuard.set(g, s);
    }
  }
  const rate = (a: number, n: number) => (n ? a / n : null);
  const judged = new Map<string, { accepted: number; dismissed: number }>();
  for (const v of rows.findingVerdicts ?? []) {
    const s = judged.get(v.guard) ?? { accepted: 0, dismissed: 0 };
    if (v.verdict === "accepted") s.accepted += 1;
    else s.dismissed += 1;
    judged.set(v.guard, s);
  }
  const accepted = [...judged.values()].reduce((n, s) => n + s.accepted, 0);
  const dismissed = [...judged.values()].reduce((n, s) => n + s.dismissed, 0);

  const screeningRuns = rows.runs.filter((r) => r.workflow === "screening" && r.status === "released");
  const groups = impactRatios(screeningRuns.flatMap((r) => screeningSelections(r.input, r.output)));

  return {
    runs: rows.runs.length,
    verdictsPerDay: sortedDays(verdicts),
    criteriaPerDay: sortedDays(criteria),
    flagRates,
    agreement: {
      decisions: rows.decisions.length,
      agreed,
      rate: rate(agreed, rows.decisions.length),
      byGuard: [...perGuard.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([guard, s]) => ({ guard, ...s, rate: rate(s.agreed, s.decisions) })),
      findings: {
        accepted,
        dismissed,
        rate: rate(accepted, accepted + dismissed),
        byGuard: [...judged.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([guard, s]) => ({ guard, ...s, rate: rate(s.accepted, s.accepted + s.dismissed) })),
      },
    },
    screening: { runs: screeningRuns.length, groups, adverseImpact: groups.some((g) => g.adverse) },
  };
}
