// Reviewers' decisions and what the queue shows of each waiting run.
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client.js";
import { findings, reviewDecisions } from "../schema.js";

export type DecisionRow = typeof reviewDecisions.$inferSelect;
export type NewDecisionRow = typeof reviewDecisions.$inferInsert;

export async function findDecision(db: Database, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(reviewDecisions).where(eq(reviewDecisions.id, id));
  return row;
}

export async function decisionsForRun(db: Database, runId: string): Promise<DecisionRow[]> {
  return db
    .select()
    .from(reviewDecisions)
    .where(eq(reviewDecisions.runId, runId))
    .orderBy(asc(reviewDecisions.createdAt));
}

export async function listDecisions(db: Database, limit: number): Promise<DecisionRow[]> {
  return db.select().from(reviewDecisions).orderBy(desc(reviewDecisions.createdAt)).limit(limit);
}

export interface FindingSummary {
  findings: number;
  guards: string[];
  criteria: string[];
  rules: string[];
}

/** Per run, what its last checked draft was flagged for: enough for a reviewer to pick what to open. */
export async function findingSummaries(db: Database, runIds: string[]): Promise<Map<string, FindingSummary>> {
  const out = new Map<string, FindingSummary>();
  if (runIds.length === 0) return out;
  const rows = await db
    .select({
      runId: findings.runId,
      revision: findings.revision,
      guard: findings.guard,
      rule: findings.rule,
      criteria: findings.criteria,
      target: findings.target,
      start: findings.start,
      end: findings.end,
    })
    .from(findings)
    .where(inArray(findings.runId, runIds));
  const lastRevision = new Map<string, number>();
  for (const r of rows) lastRevision.set(r.runId, Math.max(lastRevision.get(r.runId) ?? -1, r.revision));
  // The same finding is traced by its guard's step and by the step gathering all guards: count it once.
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.revision !== lastRevision.get(r.runId)) continue;
    const key = [r.runId, r.target ?? "", r.guard, r.rule, r.start, r.end].join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    const s = out.get(r.runId) ?? { findings: 0, guards: [], criteria: [], rules: [] };
    s.findings += 1;
    if (!s.guards.includes(r.guard)) s.guards.push(r.guard);
    if (!s.rules.includes(r.rule)) s.rules.push(r.rule);
    for (const c of r.criteria) if (!s.criteria.includes(c)) s.criteria.push(c);
    out.set(r.runId, s);
  }
  return out;
}
