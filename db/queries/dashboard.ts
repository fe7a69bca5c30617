// The rows the dashboard aggregates, for a date range. The arithmetic lives in server/dashboard/.
import { and, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import type { Database } from "../client.js";
import { findingReviews, findings, reviewDecisions, runs } from "../schema.js";

export interface DashboardRows {
  runs: Array<{
    id: string;
    workflow: string;
    status: string;
    verdict: string | null;
    revisions: number;
    createdAt: Date;
    input: unknown;
    output: unknown;
  }>;
  findings: Array<{ runId: string; revision: number; guard: string; criteria: string[] }>;
  decisions: Array<{ runId: string; decision: string; createdAt: Date }>;
  /** Reviewers' word on single findings (accepted: well-founded; dismissed). */
  findingVerdicts?: Array<{ runId: string; guard: string; verdict: string }>;
}

export async function loadDashboardRows(
  db: Database,
  range: { from?: Date; to?: Date },
): Promise<DashboardRows> {
  const where: SQL[] = [];
  if (range.from) where.push(gte(runs.createdAt, range.from));
  if (range.to) where.push(lte(runs.createdAt, range.to));
  const runRows = await db
    .select({
      id: runs.id,
      workflow: runs.workflow,
      status: runs.status,
      verdict: runs.verdict,
      revisions: runs.revisions,
      createdAt: runs.createdAt,
      input: runs.input,
      output: runs.output,
    })
    .from(runs)
    .where(where.length ? and(...where) : undefined);
  const ids = runRows.map((r) => r.id);
  if (ids.length === 0) return { runs: [], findings: [], decisions: [], findingVerdicts: [] };
  const [findingRows, decisionRows, verdictRows] = await Promise.all([
    db
      .select({
        runId: findings.runId,
        revision: findings.revision,
        guard: findings.guard,
        criteria: findings.criteria,
      })
      .from(findings)
      .where(inArray(findings.runId, ids)),
    db
      .select({
        runId: reviewDecisions.runId,
        decision: reviewDecisions.decision,
        createdAt: reviewDecisions.createdAt,
      })
      .from(reviewDecisions)
      .where(inArray(reviewDecisions.runId, ids)),
    db
      .select({ runId: findingReviews.runId, guard: findings.guard, verdict: findingReviews.verdict })
      .from(findingReviews)
      .innerJoin(findings, eq(findings.id, findingReviews.findingId))
      .where(inArray(findingReviews.runId, ids)),
  ]);
  return { runs: runRows, findings: findingRows, decisions: decisionRows, findingVerdicts: verdictRows };
}
