// The review queue's own rows: why a waiting run waits, who holds it and until when, and the reviewers'
// word on single findings. A claim is taken by one conditional upsert (free, expired, or already mine), so
// two reviewers can never both hold an item.
import { and, eq, gt, inArray, isNotNull, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { findingReviews, findings, reviewItems } from "../schema.js";

export type ReviewItemRow = typeof reviewItems.$inferSelect;
export type FindingVerdict = "accepted" | "dismissed";

export interface Holder {
  /** The actor name decisions record (server/middleware/principal.ts actorOf). */
  actor: string;
  name: string;
}

export interface Claim {
  holder: string;
  holderName: string;
  until: Date;
  /** Who assigned it to the holder, when someone did. */
  assignedBy?: string | undefined;
}

/** Records why a run waits for a person, when it starts waiting (its claim, if any, is kept). */
export async function recordWaiting(
  db: Database,
  runId: string,
  why: { reasons: string[]; rejectRecommended: boolean; now: Date },
): Promise<void> {
  await db
    .insert(reviewItems)
    .values({ runId, reasons: why.reasons, rejectRecommended: why.rejectRecommended, updatedAt: why.now })
    .onConflictDoUpdate({
      target: reviewItems.runId,
      set: { reasons: why.reasons, rejectRecommended: why.rejectRecommended, updatedAt: why.now },
    });
}

const live = sql`${reviewItems.claimExpiresAt} > now()`;

/**
 * Takes (or renews, or assigns) the claim on an item for `seconds`, unless someone else holds it: then
 * their claim is returned instead. `by` is who asks: one may assign an item only while it is free or theirs.
 */
export async function claimItem(
  db: Database,
  runId: string,
  holder: Holder,
  options: { seconds: number; now: Date; by?: string },
): Promise<{ taken: true; claim: Claim } | { taken: false; claim: Claim }> {
  const by = options.by ?? holder.actor;
  const until = sql`now() + make_interval(secs => ${options.seconds})`;
  // Assigned when someone else gives it; a claim one takes oneself is no assignment (it clears one).
  const assignedBy = by === holder.actor ? null : by;
  const [row] = await db
    .insert(reviewItems)
    .values({
      runId,
      claimedBy: holder.actor,
      claimedByName: holder.name,
      claimExpiresAt: until,
      assignedBy,
      updatedAt: options.now,
    })
    .onConflictDoUpdate({
      target: reviewItems.runId,
      set: {
        claimedBy: holder.actor,
        claimedByName: holder.name,
        claimExpiresAt: until,
        assignedBy,
        updatedAt: options.now,
      },
      setWhere: sql`${reviewItems.claimedBy} is null or ${reviewItems.claimExpiresAt} <= now() or ${reviewItems.claimedBy} in (${holder.actor}, ${by})`,
    })
    .returning();
  if (row?.claimExpiresAt)
    return {
      taken: true,
      claim: {
        holder: holder.actor,
        holderName: holder.name,
        until: row.claimExpiresAt,
        assignedBy: row.assignedBy ?? undefined,
      },
    };
  const held = await liveClaim(db, runId);
  if (!held) throw new Error(`claim on ${runId} neither taken nor held`);
  return { taken: false, claim: held };
}

/** Lets an item go, only if `actor` holds it. */
export async function releaseClaim(db: Database, runId: string, actor: string, now: Date): Promise<boolean> {
  const done = await db
    .update(reviewItems)
    .set({ claimedBy: null, claimedByName: null, claimExpiresAt: null, assignedBy: null, updatedAt: now })
    .where(and(eq(reviewItems.runId, runId), eq(reviewItems.claimedBy, actor)))
    .returning({ runId: reviewItems.runId });
  return done.length === 1;
}

export async function liveClaim(db: Database, runId: string): Promise<Claim | undefined> {
  const [row] = await db
    .select()
    .from(reviewItems)
    .where(and(eq(reviewItems.runId, runId), isNotNull(reviewItems.claimedBy), live));
  return row?.claimedBy && row.claimExpiresAt
    ? {
        holder: row.claimedBy,
        holderName: row.claimedByName ?? row.claimedBy,
        until: row.claimExpiresAt,
        assignedBy: row.assignedBy ?? undefined,
      }
    : undefined;
}

export async function reviewItemsOf(db: Database, runIds: string[]): Promise<Map<string, ReviewItemRow>> {
  if (runIds.length === 0) return new Map();
  const rows = await db.select().from(reviewItems).where(inArray(reviewItems.runId, runIds));
  return new Map(rows.map((r) => [r.runId, r]));
}

/** A reviewer's word on one finding of a run (the last word counts). False when the finding is not the run's. */
export async function judgeFinding(
  db: Database,
  judged: { runId: string; findingId: string; verdict: FindingVerdict; reviewer: string; now: Date },
): Promise<boolean> {
  const [finding] = await db
    .select({ id: findings.id })
    .from(findings)
    .where(and(eq(findings.id, judged.findingId), eq(findings.runId, judged.runId)));
  if (!finding) return false;
  await db
    .insert(findingReviews)
    .values({
      findingId: judged.findingId,
      runId: judged.runId,
      verdict: judged.verdict,
      reviewer: judged.reviewer,
      createdAt: judged.now,
    })
    .onConflictDoUpdate({
      target: findingReviews.findingId,
      set: { verdict: judged.verdict, reviewer: judged.reviewer, createdAt: judged.now },
    });
  return true;
}

export async function findingVerdicts(
  db: Database,
  runId: string,
): Promise<Map<string, { verdict: FindingVerdict; reviewer: string }>> {
  const rows = await db.select().from(findingReviews).where(eq(findingReviews.runId, runId));
  return new Map(
    rows.map((r) => [r.findingId, { verdict: r.verdict as FindingVerdict, reviewer: r.reviewer }]),
  );
}

/** Findings judged one by one, per guard, over runs created in a period (for the dashboard). */
export async function findingVerdictCounts(
  db: Database,
  since?: Date,
): Promise<Array<{ guard: string; verdict: string; n: number }>> {
  const rows = await db
    .select({ guard: findings.guard, verdict: findingReviews.verdict, n: sql<number>`count(*)::int` })
    .from(findingReviews)
    .innerJoin(findings, eq(findings.id, findingReviews.findingId))
    .where(since ? gt(findingReviews.createdAt, since) : undefined)
    .groupBy(findings.guard, findingReviews.verdict);
  return rows;
}
