// Value, measured from real runs, per workflow: what became of the outputs (accepted without edit, edited,
// rejected or blocked, waiting), the rewrites needed, the time from request to decision, the model tokens and
// their cost, and an estimate of recruiter time saved from a per-task baseline the deployer sets.
import { PROVIDERS } from "../../core/models.js";
import { callCost } from "../../core/prices.js";
import type { ValueRows } from "../../db/queries/evidence.js";
import { median } from "./statistics.js";

export interface WorkflowValue {
  workflow: string;
  runs: number;
  accepted: number;
  edited: number;
  rejected: number;
  waiting: number;
  failed: number;
  meanRevisions: number;
  /** Median minutes from the request to the decision (a person's, or the release when none was needed). */
  medianMinutesToDecision: number | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  /** null when the deployer set no baseline for the workflow. */
  baselineMinutes: number | null;
  minutesSaved: number | null;
}

/** "screening=45,ad_writing=30" → {screening: 45, ad_writing: 30}. */
export function parseBaseline(value: string | undefined): Record<string, number> {
  if (!value) return {};
  return Object.fromEntries(
    value.split(",").map((pair) => {
      const [name = "", minutes = "0"] = pair.split("=");
      return [name.trim(), Number(minutes)];
    }),
  );
}

export function computeValue(
  rows: ValueRows,
  options: { baselineMinutes: Record<string, number>; reviewMinutes: number },
): WorkflowValue[] {
  const lastDecision = new Map<string, ValueRows["decisions"][number]>();
  for (const d of rows.decisions) {
    const seen = lastDecision.get(d.runId);
    if (!seen || seen.createdAt <= d.createdAt) lastDecision.set(d.runId, d);
  }
  const callsByRun = new Map<string, ValueRows["calls"]>();
  for (const c of rows.calls) callsByRun.set(c.runId, [...(callsByRun.get(c.runId) ?? []), c]);
  const workflows = [...new Set(rows.runs.map((r) => r.workflow))].sort();
  return workflows.map((workflow) => {
    const own = rows.runs.filter((r) => r.workflow === workflow);
    let accepted = 0;
    let edited = 0;
    let rejected = 0;
    let waiting = 0;
    let failed = 0;
    let reviewed = 0;
    let inputTokens = 0;
    let outputTokens = 0;
    let costUsd = 0;
    const minutes: number[] = [];
    for (const r of own) {
      const d = lastDecision.get(r.id);
      if (d) reviewed++;
      if (r.status === "needs_review" || r.status === "running") waiting++;
      else if (r.status === "failed") failed++;
      else if (d?.decision === "edit_approve") edited++;
      else if (d?.decision === "reject" || r.status === "blocked") rejected++;
      else if (r.status === "released") accepted++;
      if (d) minutes.push((d.createdAt.getTime() - r.createdAt.getTime()) / 60_000);
      else if (r.status === "released" || r.status === "blocked")
        minutes.push((r.updatedAt.getTime() - r.createdAt.getTime()) / 60_000);
      for (const c of callsByRun.get(r.id) ?? []) {
        inputTokens += c.inputTokens;
        outputTokens += c.outputTokens;
        const provider = PROVIDERS.find((p) => p === c.provider);
        if (provider) costUsd += callCost({ ...c, provider });
      }
    }
    const baseline = options.baselineMinutes[workflow];
    return {
      workflow,
      runs: own.length,
      accepted,
      edited,
      rejected,
      waiting,
      failed,
      meanRevisions: own.length ? own.reduce((s, r) => s + r.revisions, 0) / own.length : 0,
      medianMinutesToDecision: median(minutes),
      inputTokens,
      outputTokens,
      costUsd,
      baselineMinutes: baseline ?? null,
      minutesSaved:
        baseline === undefined ? null : (accepted + edited) * baseline - reviewed * options.reviewMinutes,
    };
  });
}
