// The audit log: who did what to which run, when, and what changed (AI Act art. 12). Append-only here.
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { auditLog, runs } from "../schema.js";

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function appendAudit(db: Database, row: NewAuditRow): Promise<void> {
  await db.insert(auditLog).values(row);
}

export interface AuditFilter {
  runId?: string;
  actor?: string;
  action?: string;
  limit: number;
  offset: number;
}

export async function listAudit(
  db: Database,
  filter: AuditFilter,
): Promise<{ items: AuditRow[]; total: number }> {
  const where: SQL[] = [];
  if (filter.runId) where.push(eq(auditLog.runId, filter.runId));
  if (filter.actor) where.push(eq(auditLog.actor, filter.actor));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  const condition = where.length ? and(...where) : undefined;
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(condition)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(condition),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}

/**
 * Who started a run through the API: app keys may read only the runs they started. A batch's chunk runs are
 * started by the batch, so they are its creator's.
 */
export async function runCreator(db: Database, runId: string): Promise<string | undefined> {
  const started = sql`coalesce((select ${runs.parentRunId} from ${runs} where ${runs.id} = ${runId}), ${runId})`;
  const [row] = await db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.runId, started), eq(auditLog.action, "run.create")))
    .limit(1);
  const keyId = (row?.details as { keyId?: unknown } | undefined)?.keyId;
  return typeof keyId === "string" ? keyId : undefined;
}
