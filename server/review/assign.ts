// Assigning a queue item to a colleague: the assignee then holds the item's claim, with the claims' own
// rules (it expires after REVIEW_CLAIM_MINUTES; a decision by anyone else is refused with 409 naming them),
// so an assignment is a claim taken on someone's behalf. One may assign an item only while it is free or
// one's own, as one may claim it; the audit log records who assigned it to whom.
import { ConflictError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import { appendAudit } from "../../db/queries/audit.js";
import { type ApiKeyRow, listApiKeys } from "../../db/queries/keys.js";
import { type Claim, claimItem } from "../../db/queries/review-items.js";
import { findRun } from "../../db/queries/runs.js";
import type { AppDeps } from "../deps.js";
import { actorOf, type Principal } from "../middleware/principal.js";

/** Who can be given an item: an active key that may review (a reviewer or an administrator). */
export interface Assignee {
  keyId: string;
  name: string;
  role: string;
}

const canReview = (k: ApiKeyRow) => k.revokedAt === null && (k.role === "reviewer" || k.role === "admin");

export async function assignees(deps: Pick<AppDeps, "db">): Promise<Assignee[]> {
  return (await listApiKeys(deps.db))
    .filter(canReview)
    .map((k) => ({ keyId: k.id, name: k.name, role: k.role }));
}

export interface Assignment {
  runId: string;
  keyId: string;
  holder: string;
  holderName: string;
  assignedBy: string;
  until: Date;
}

export async function assignItem(
  deps: Pick<AppDeps, "db" | "runs" | "settings">,
  by: Principal,
  runId: string,
  keyId: string,
): Promise<Assignment> {
  const run = await findRun(deps.db, runId);
  if (!run) throw new NotFoundError("run", runId);
  if (run.status !== "needs_review")
    throw new ConflictError(`run ${runId} is ${run.status}, not waiting for review`, { status: run.status });
  const key = (await listApiKeys(deps.db)).find((k) => k.id === keyId);
  if (!key || !canReview(key))
    throw new InvalidInputError(`keyId: ${keyId} is not an active reviewer or administrator key`, {
      field: "keyId",
    });
  const assignee: Principal = { keyId: key.id, name: key.name, role: "reviewer" };
  const holder = { actor: actorOf(assignee), name: key.name };
  const actor = actorOf(by);
  const now = deps.runs.clock.now();
  const result = await claimItem(deps.db, runId, holder, {
    seconds: deps.settings.REVIEW_CLAIM_MINUTES * 60,
    now,
    by: actor,
  });
  if (!result.taken) throw heldBy(runId, result.claim);
  await appendAudit(deps.db, {
    id: deps.runs.ids.next(),
    at: now,
    actor,
    action: "review.assign",
    runId,
    details: { assignee: holder.actor, keyId: key.id, until: result.claim.until.toISOString() },
  });
  return {
    runId,
    keyId: key.id,
    holder: holder.actor,
    holderName: key.name,
    assignedBy: actor,
    until: result.claim.until,
  };
}

/** The refusal when a colleague holds the item: it names them and until when, as a refused decision does. */
export function heldBy(runId: string, claim: Claim): ConflictError {
  return new ConflictError(
    `run ${runId} is claimed by ${claim.holderName} until ${claim.until.toISOString()}; only they can assign it now`,
    { claimedBy: claim.holderName, until: claim.until.toISOString() },
  );
}
