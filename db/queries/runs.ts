// Reading and writing runs. Knows no workflow and no HTTP: callers pass plain values.
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { Finding } from "../../core/contract.js";
import type { Database } from "../client.js";
import { findings, modelCalls, runSteps, runs } from "../schema.js";

export type RunRow = typeof runs.$inferSelect;
export type NewRun = typeof runs.$inferInsert;
export type StepRow = typeof runSteps.$inferSelect;
export type ModelCallRow = typeof modelCalls.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;

export async function insertRun(db: Database, run: NewRun): Promise<void> {
  await db.insert(runs).values(run);
}

export async function updateRun(
  db: Database,
  id: string,
  patch: Partial<Pick<RunRow, "status" | "verdict" | "output" | "error" | "revisions" | "updatedAt">>,
): Promise<void> {
  await db.update(runs).set(patch).where(eq(runs.id, id));
}

export async function findRun(db: Database, id: string): Promise<RunRow | undefined> {
  const [row] = await db.select().from(runs).where(eq(runs.id, id));
  return row;
}

export interface RunDetail {
  run: RunRow;
  steps: StepRow[];
  modelCalls: ModelCallRow[];
  findings: FindingRow[];
}

export async function getRunDetail(db: Database, id: string): Promise<RunDetail | undefined> {
  const run = await findRun(db, id);
  if (!run) return undefined;
  const [steps, calls, found] = await Promise.all([
    db.select().from(runSteps).where(eq(runSteps.runId, id)).orderBy(asc(runSteps.seq)),
    db.select().from(modelCalls).where(eq(modelCalls.runId, id)).orderBy(asc(modelCalls.createdAt)),
    db
      .select()
      .from(findings)
      .where(eq(findings.runId, id))
      .orderBy(asc(findings.revision), asc(findings.start)),
  ]);
  return { run, steps, modelCalls: calls, findings: found };
}

/**
 * A stored finding back in the contract's shape. The row's closed-set columns are parsed, not cast: a value
 * outside the vocabulary is a storage fault worth failing on.
 */
export function findingOfRow(row: FindingRow): Finding {
  return Finding.parse({
    guard: row.guard,
    rule: row.rule,
    criteria: row.criteria,
    severity: row.severity,
    start: row.start,
    end: row.end,
    evidence: row.evidence,
    legalBasis: row.legalBasis,
    ...(row.suggestion !== null ? { suggestion: row.suggestion } : {}),
    ...(row.explanation !== null ? { explanation: row.explanation } : {}),
    ...(row.target !== null ? { target: row.target } : {}),
  });
}

/** Findings of the last draft checked: the ones that explain the run's verdict. */
export function latestFindings(detail: RunDetail): FindingRow[] {
  const last = Math.max(-1, ...detail.findings.map((f) => f.revision));
  return detail.findings.filter((f) => f.revision === last);
}

export interface RunFilter {
  status?: string[];
  workflow?: string[];
  verdict?: string[];
  guard?: string;
  criterion?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export async function listRuns(db: Database, filter: RunFilter): Promise<{ items: RunRow[]; total: number }> {
  const where: SQL[] = [];
  if (filter.status?.length) where.push(inArray(runs.status, filter.status));
  if (filter.workflow?.length) where.push(inArray(runs.workflow, filter.workflow));
  if (filter.verdict?.length) where.push(inArray(runs.verdict, filter.verdict));
  if (filter.from) where.push(gte(runs.createdAt, filter.from));
  if (filter.to) where.push(lte(runs.createdAt, filter.to));
  if (filter.guard)
    where.push(
      sql`exists (select 1 from ${findings} f where f.run_id = ${runs.id} and f.guard = ${filter.guard})`,
    );
  if (filter.criterion)
    where.push(
      sql`exists (select 1 from ${findings} f where f.run_id = ${runs.id} and f.criteria ? ${filter.criterion})`,
    );
  const condition = where.length ? and(...where) : undefined;
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(runs)
      .where(condition)
      .orderBy(desc(runs.createdAt), desc(runs.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(runs).where(condition),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}
