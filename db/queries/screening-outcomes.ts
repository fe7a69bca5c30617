// The bias audit's rows (screening_outcomes): written from a screening run's input and its screener step,
// read by the audit. Plain rows here; which run shapes they come from is graphs/screening/audit-outcomes.ts.
import { and, asc, desc, eq, gte, inArray, lt, notExists, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { runSteps, runs, screeningOutcomes } from "../schema.js";

export type ScreeningOutcomeRow = typeof screeningOutcomes.$inferSelect;

/** Screening runs whose input is still there and whose outcomes were not copied yet, with their first screener step. */
export async function runsWithoutOutcomes(
  db: Database,
  limit = 200,
): Promise<Array<{ runId: string; input: unknown; createdAt: Date; ranking: unknown }>> {
  const rows = await db
    .select({ runId: runs.id, input: runs.input, createdAt: runs.createdAt, output: runSteps.output })
    .from(runs)
    .innerJoin(
      runSteps,
      and(
        eq(runSteps.runId, runs.id),
        eq(runSteps.kind, "agent"),
        eq(runSteps.name, "screener"),
        eq(runSteps.status, "ok"),
      ),
    )
    .where(
      and(
        eq(runs.workflow, "screening"),
        sql`not (${runs.input} ? 'erased' or ${runs.input} ? 'purged')`,
        notExists(
          db.select({ one: sql`1` }).from(screeningOutcomes).where(eq(screeningOutcomes.runId, runs.id)),
        ),
      ),
    )
    .orderBy(asc(runs.createdAt), asc(runSteps.seq))
    .limit(limit);
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    if (seen.has(r.runId)) return [];
    seen.add(r.runId);
    const ranking = (r.output as { ranking?: unknown } | null)?.ranking;
    return [{ runId: r.runId, input: r.input, createdAt: r.createdAt, ranking }];
  });
}

export async function insertOutcomes(
  db: Database,
  rows: Array<typeof screeningOutcomes.$inferInsert>,
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(screeningOutcomes).values(rows).onConflictDoNothing();
}

export async function listOutcomes(
  db: Database,
  window: { from?: Date; to?: Date } = {},
): Promise<ScreeningOutcomeRow[]> {
  const where = [
    ...(window.from ? [gte(screeningOutcomes.createdAt, window.from)] : []),
    ...(window.to ? [lt(screeningOutcomes.createdAt, window.to)] : []),
  ];
  return db
    .select()
    .from(screeningOutcomes)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(screeningOutcomes.createdAt), asc(screeningOutcomes.runId), asc(screeningOutcomes.rank));
}

/** The most recent screening runs whose CVs are still kept (not purged or erased): what a counterfactual re-scores. */
export async function recentScreeningInputs(
  db: Database,
  limit: number,
): Promise<Array<{ runId: string; input: unknown }>> {
  return db
    .select({ runId: runs.id, input: runs.input })
    .from(runs)
    .where(
      and(
        eq(runs.workflow, "screening"),
        inArray(runs.status, ["released", "needs_review", "blocked"]),
        sql`not (${runs.input} ? 'erased' or ${runs.input} ? 'purged')`,
      ),
    )
    .orderBy(desc(runs.createdAt))
    .limit(limit);
}
