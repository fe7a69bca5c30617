// A run's life as a state machine kept in the database. Every transition is one conditional UPDATE
// (`WHERE status = <expected>`) in the same transaction as what it records, so that whichever process or
// instance asks, a transition happens once: a second decision on a run, a release after a reject, or a
// finish by a process that lost the run's lease changes nothing, and the caller is told.
//
//   queued ──(a worker's claim)──► running ──► needs_review ──(decision)──► running ──► released | blocked | failed
//                                     └────────────────────────────────────────────────► released | blocked | failed
//
// A `queued` run (a background run, or a chunk of a screening batch) carries no lease: its job in the
// durable queue (runtime/queue.ts) is what makes sure it is taken; the worker that takes it claims it with
// one conditional UPDATE (queued → running, with the worker's lease), and from then on it is an ordinary
// running run that recovery can take over. A batch run (`kind = 'batch'`) is settled by its chunks' jobs,
// never by recovery, which has no graph to resume for it.
//
// A `running` run carries a lease: the instance driving it (`lease_owner`) renews `lease_expires_at`
// while it works. A run whose lease has expired was left by a dead process; start-up recovery claims it
// (one conditional UPDATE again) and resumes it or ends it `failed` with the reason.
import { and, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { RunStatus } from "../../core/contract.js";
import type { Database } from "../client.js";
import { auditLog, reviewDecisions, reviewItems, runSteps, runs } from "../schema.js";
import type { NewAuditRow } from "./audit.js";
import type { NewDecisionRow } from "./review.js";
import type { NewRun, RunRow } from "./runs.js";

/** What a run may become from each status; anything else is refused by the database update's WHERE. */
export const TRANSITIONS = {
  queued: ["running", "failed"],
  running: ["needs_review", "released", "blocked", "failed"],
  needs_review: ["running"],
  released: [],
  blocked: [],
  failed: [],
} as const satisfies Record<RunStatus, readonly RunStatus[]>;

export type FinalStatus = (typeof TRANSITIONS.running)[number];

export interface Lease {
  /** The instance driving the run (one id per process). */
  owner: string;
  /** How long the run stays this instance's without a renewal. */
  seconds: number;
}

const leaseUntil = (lease: Lease): SQL => sql`now() + make_interval(secs => ${lease.seconds})`;
const leaseExpired: SQL = sql`${runs.leaseExpiresAt} < now()`;

/**
 * A new run, `running` and leased to the instance that starts it. With an idempotency key already taken,
 * nothing is inserted and the run that holds the key is returned instead.
 */
export async function insertRunningRun(
  db: Database,
  run: Omit<NewRun, "status">,
  lease: Lease,
): Promise<{ inserted: true } | { inserted: false; existing: RunRow }> {
  return insertIdempotent(db, {
    ...run,
    status: "running",
    leaseOwner: lease.owner,
    leaseExpiresAt: leaseUntil(lease),
  });
}

/** A new run waiting in the queue for a worker: no lease until a worker claims it (claimQueuedRun). */
export async function insertQueuedRun(
  db: Database,
  run: Omit<NewRun, "status">,
): Promise<{ inserted: true } | { inserted: false; existing: RunRow }> {
  return insertIdempotent(db, { ...run, status: "queued", leaseOwner: null, leaseExpiresAt: null });
}

/** Inserts a run; with an Idempotency-Key already taken, inserts nothing and returns the run holding it. */
export async function insertIdempotent(
  db: Database,
  values: NewRun | (Omit<NewRun, "leaseExpiresAt"> & { leaseExpiresAt: SQL }),
): Promise<{ inserted: true } | { inserted: false; existing: RunRow }> {
  if (!values.idempotencyKey) {
    await db.insert(runs).values(values);
    return { inserted: true };
  }
  const added = await db
    .insert(runs)
    .values(values)
    .onConflictDoNothing({ target: runs.idempotencyKey })
    .returning({ id: runs.id });
  if (added.length === 1) return { inserted: true };
  const [existing] = await db.select().from(runs).where(eq(runs.idempotencyKey, values.idempotencyKey));
  if (!existing) throw new Error("idempotency key conflict without a run holding it");
  return { inserted: false, existing };
}

/** queued → running, leased to the worker that takes it; undefined when it was not queued (taken already). */
export async function claimQueuedRun(
  db: Database,
  runId: string,
  lease: Lease,
  now: Date,
): Promise<RunRow | undefined> {
  const [row] = await db
    .update(runs)
    .set({ status: "running", leaseOwner: lease.owner, leaseExpiresAt: leaseUntil(lease), updatedAt: now })
    .where(and(eq(runs.id, runId), eq(runs.status, "queued")))
    .returning();
  return row;
}

export interface DecisionClaim {
  runId: string;
  decision: NewDecisionRow;
  audit: NewAuditRow;
  lease: Lease;
  now: Date;
}

/**
 * needs_review → running, with the decision and its audit entry, in one transaction. Returns the run as
 * it was before, or undefined when it was not waiting for review (decided meanwhile, by this or another
 * instance) or another reviewer holds its claim in the queue: then nothing is written.
 */
export async function claimDecision(db: Database, claim: DecisionClaim): Promise<RunRow | undefined> {
  return db.transaction(async (tx) => {
    // Only the status and the lease change: what the update returns is the run as the reviewer saw it.
    const [before] = await tx
      .update(runs)
      .set({
        status: "running",
        leaseOwner: claim.lease.owner,
        leaseExpiresAt: leaseUntil(claim.lease),
        updatedAt: claim.now,
      })
      .where(
        and(
          eq(runs.id, claim.runId),
          eq(runs.status, "needs_review"),
          // Not while another reviewer holds the item in the queue (an expired claim holds nothing).
          sql`not exists (select 1 from ${reviewItems} i where i.run_id = ${runs.id} and i.claimed_by is not null
            and i.claimed_by <> ${claim.decision.reviewer} and i.claim_expires_at > now())`,
        ),
      )
      .returning();
    if (!before) return undefined;
    await tx.insert(reviewDecisions).values(claim.decision);
    await tx.insert(auditLog).values(claim.audit);
    return { ...before, status: "needs_review" };
  });
}

export interface RunEnd {
  status: FinalStatus;
  verdict?: string | null;
  output?: unknown;
  error?: { code: string; message: string } | null;
  revisions?: number;
  now: Date;
}

/**
 * running → needs_review | released | blocked | failed, only by the instance holding the lease. A release
 * is refused when a reviewer rejected the run, whatever the graph says. False when nothing changed.
 */
export async function endRun(db: Database, runId: string, owner: string, end: RunEnd): Promise<boolean> {
  const conditions: SQL[] = [
    eq(runs.id, runId),
    eq(runs.status, "running"),
    eq(runs.leaseOwner, owner) as SQL,
  ];
  if (end.status === "released")
    conditions.push(
      sql`not exists (select 1 from ${reviewDecisions} d where d.run_id = ${runs.id} and d.decision = 'reject')`,
    );
  const updated = await db
    .update(runs)
    .set({
      status: end.status,
      ...(end.verdict !== undefined ? { verdict: end.verdict } : {}),
      output: end.status === "released" ? (end.output ?? null) : null,
      ...(end.error !== undefined ? { error: end.error } : {}),
      ...(end.revisions !== undefined ? { revisions: end.revisions } : {}),
      leaseOwner: null,
      leaseExpiresAt: null,
      updatedAt: end.now,
    })
    .where(and(...conditions))
    .returning({ id: runs.id });
  return updated.length === 1;
}

/** Keeps the runs this instance is driving its own; returns how many it still holds. */
export async function renewLeases(db: Database, lease: Lease, runIds: readonly string[]): Promise<number> {
  if (runIds.length === 0) return 0;
  const renewed = await db
    .update(runs)
    .set({ leaseExpiresAt: leaseUntil(lease) })
    .where(and(eq(runs.status, "running"), eq(runs.leaseOwner, lease.owner), inArray(runs.id, [...runIds])))
    .returning({ id: runs.id });
  return renewed.length;
}

/** On shutdown: what this instance could not finish becomes claimable at once by the next one. */
export async function expireLeases(db: Database, owner: string): Promise<number> {
  const expired = await db
    .update(runs)
    .set({ leaseExpiresAt: sql`now() - interval '1 second'` })
    .where(and(eq(runs.status, "running"), eq(runs.leaseOwner, owner)))
    .returning({ id: runs.id });
  return expired.length;
}

/**
 * Claims runs left `running` by a process whose lease expired (or by a version without leases), one
 * conditional UPDATE each so that two instances starting together never take the same run.
 */
export async function claimOrphanedRuns(
  db: Database,
  lease: Lease,
  limit = 100,
  only?: string,
): Promise<RunRow[]> {
  const orphaned = and(
    eq(runs.status, "running"),
    // A batch is not driven by a graph: its chunks' jobs settle it (runtime/queue.ts).
    ne(runs.kind, "batch"),
    or(isNull(runs.leaseExpiresAt), leaseExpired),
    only === undefined ? undefined : eq(runs.id, only),
  );
  const candidates = await db.select({ id: runs.id }).from(runs).where(orphaned).limit(limit);
  const claimed: RunRow[] = [];
  for (const { id } of candidates) {
    const [row] = await db
      .update(runs)
      .set({ leaseOwner: lease.owner, leaseExpiresAt: leaseUntil(lease) })
      .where(and(eq(runs.id, id), orphaned))
      .returning();
    if (row) claimed.push(row);
  }
  return claimed;
}

/** Trace steps a dead process left open are closed with the reason, so no step stays "running". */
export async function closeOpenSteps(
  db: Database,
  runId: string,
  reason: string,
  now: Date,
): Promise<number> {
  const closed = await db
    .update(runSteps)
    .set({ status: "error", output: { error: { code: "interrupted", message: reason } }, endedAt: now })
    .where(and(eq(runSteps.runId, runId), eq(runSteps.status, "running")))
    .returning({ id: runSteps.id });
  return closed.length;
}
