// The review queue as a reviewer works it: waiting runs with a head of their input to title them, why they
// wait, who holds them; filtered, searched and sorted in the database so that paging stays right.
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { findings, reviewItems, runs } from "../schema.js";

export const QUEUE_REASONS = ["reject", "rules", "criteria"] as const;
export type QueueReason = (typeof QUEUE_REASONS)[number];
export const QUEUE_SORTS = ["oldest", "newest", "findings"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface QueueQuery {
  workflow?: string | undefined;
  reason?: QueueReason | undefined;
  /** The asking reviewer's actor name, for "mine" and "unclaimed". */
  actor: string;
  /** "assigned": held by the asking reviewer because a colleague assigned it to them. */
  claim?: "mine" | "unclaimed" | "assigned" | undefined;
  search?: string | undefined;
  sort?: QueueSort | undefined;
  limit: number;
  offset: number;
}

export interface QueueItem {
  runId: string;
  workflow: string;
  verdict: string | null;
  revisions: number;
  createdAt: Date;
  /** The first characters of what the item is about (a brief, a job, a document id, a source). */
  head: string | null;
  /** CVs of a screening, documents of a check, sources of a summary. */
  count: number | null;
  reasons: string[];
  rejectRecommended: boolean;
  claimedBy: string | null;
  claimedByName: string | null;
  claimExpiresAt: Date | null;
  /** Who assigned the item to its live holder, if a colleague did. */
  assignedBy: string | null;
  findingCount: number;
}

const liveClaim = sql`(${reviewItems.claimedBy} is not null and ${reviewItems.claimExpiresAt} > now())`;
// Blocking and review-level findings of the run's last revision: what the guards stopped it for.
const seriousFindings = (extra: SQL = sql`true`) =>
  sql`(select count(*)::int from ${findings} f where f.run_id = ${runs.id} and f.severity <> 'warn'
    and f.revision = (select max(g.revision) from ${findings} g where g.run_id = ${runs.id}) and ${extra})`;

const head = sql<string | null>`substring(coalesce(${runs.input}->>'brief', ${runs.input}->>'job',
  ${runs.input}->'documents'->0->>'id', ${runs.input}->'sources'->>0) from 1 for 200)`;
const arrayLength = (field: string) =>
  sql`case when jsonb_typeof(${runs.input}->${field}) = 'array' then jsonb_array_length(${runs.input}->${field}) end`;
const count = sql<
  number | null
>`coalesce(${arrayLength("cvs")}, ${arrayLength("documents")}, ${arrayLength("sources")})`;

export async function listQueue(db: Database, q: QueueQuery): Promise<{ items: QueueItem[]; total: number }> {
  const where: SQL[] = [eq(runs.status, "needs_review")];
  if (q.workflow) where.push(eq(runs.workflow, q.workflow));
  if (q.reason === "reject") where.push(sql`coalesce(${reviewItems.rejectRecommended}, false)`);
  if (q.reason === "rules") where.push(sql`${seriousFindings()} > 0`);
  if (q.reason === "criteria")
    where.push(sql`${seriousFindings(sql`jsonb_array_length(f.criteria) > 0`)} > 0`);
  if (q.claim === "mine") where.push(sql`${liveClaim} and ${reviewItems.claimedBy} = ${q.actor}`);
  if (q.claim === "assigned")
    where.push(
      sql`${liveClaim} and ${reviewItems.claimedBy} = ${q.actor} and ${reviewItems.assignedBy} is not null`,
    );
  if (q.claim === "unclaimed")
    where.push(sql`not coalesce(${liveClaim} and ${reviewItems.claimedBy} <> ${q.actor}, false)`);
  const term = q.search?.trim();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`(${runs.id} ilike ${like} or ${head} ilike ${like} or ${reviewItems.reasons}::text ilike ${like}
        or exists (select 1 from ${findings} f where f.run_id = ${runs.id}
          and (f.rule ilike ${like} or f.guard ilike ${like} or f.criteria::text ilike ${like})))`,
    );
  }
  const condition = and(...where);
  const order =
    q.sort === "newest"
      ? [desc(runs.createdAt), desc(runs.id)]
      : q.sort === "findings"
        ? [desc(seriousFindings()), asc(runs.createdAt), asc(runs.id)]
        : [asc(runs.createdAt), asc(runs.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select({
        runId: runs.id,
        workflow: runs.workflow,
        verdict: runs.verdict,
        revisions: runs.revisions,
        createdAt: runs.createdAt,
        head,
        count,
        reasons: reviewItems.reasons,
        rejectRecommended: reviewItems.rejectRecommended,
        claimedBy: sql<string | null>`case when ${liveClaim} then ${reviewItems.claimedBy} end`,
        claimedByName: sql<string | null>`case when ${liveClaim} then ${reviewItems.claimedByName} end`,
        claimExpiresAt: sql<Date | null>`case when ${liveClaim} then ${reviewItems.claimExpiresAt} end`,
        assignedBy: sql<string | null>`case when ${liveClaim} then ${reviewItems.assignedBy} end`,
        findingCount: seriousFindings(),
      })
      .from(runs)
      .leftJoin(reviewItems, eq(reviewItems.runId, runs.id))
      .where(condition)
      .orderBy(...order)
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(runs)
      .leftJoin(reviewItems, eq(reviewItems.runId, runs.id))
      .where(condition),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      reasons: r.reasons ?? [],
      rejectRecommended: r.rejectRecommended ?? false,
      claimExpiresAt: r.claimExpiresAt ? new Date(r.claimExpiresAt) : null,
      findingCount: Number(r.findingCount ?? 0),
      count: r.count === null ? null : Number(r.count),
    })),
    total: Number(total?.n ?? 0),
  };
}

/** The next item a reviewer can take after `afterRunId`, in the queue's default order (oldest first). */
export async function nextQueueItem(
  db: Database,
  actor: string,
  exclude: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ runId: runs.id })
    .from(runs)
    .leftJoin(reviewItems, eq(reviewItems.runId, runs.id))
    .where(
      and(
        eq(runs.status, "needs_review"),
        sql`${runs.id} <> ${exclude}`,
        sql`not coalesce(${liveClaim} and ${reviewItems.claimedBy} <> ${actor}, false)`,
      ),
    )
    .orderBy(asc(runs.createdAt), asc(runs.id))
    .limit(1);
  return row?.runId;
}
