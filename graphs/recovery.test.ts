// The scenarios, replayed: a process killed right after a run's release was written, then a
// "reject" sent to the restarted service; two instances deciding at once; a process killed mid-run.
import { MemorySaver } from "@langchain/langgraph";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelEngine } from "../agents/models/factory.js";
import { type Clock, uuidIds } from "../core/clock.js";
import { ConflictError } from "../core/errors.js";
import { loadSettings } from "../core/settings.js";
import type { DatabaseHandle } from "../db/client.js";
import { decisionsForRun } from "../db/queries/review.js";
import { expireLeases } from "../db/queries/run-lifecycle.js";
import { auditLog, runSteps, runs } from "../db/schema.js";
import { openTestDatabase } from "../db/test-support/database.js";
import { recoverRuns } from "./recovery.js";
import { createRunLeases } from "./run-leases.js";
import { type RunServiceDeps, resumeRun, startRun } from "./runner.js";

const AGE_BRIEF =
  "Nous recrutons un vendeur en boulangerie à Lyon, CDI temps plein. Candidats de 25 à 35 ans. Vous accueillerez la clientèle.";

class Killed extends Error {}

let handle: DatabaseHandle;
const checkpointer = new MemorySaver();

/** An instance whose process can be "killed" at its n-th clock reading from now (nothing after is written). */
function instance(owner: string) {
  let readings = 0;
  let killAt = Number.POSITIVE_INFINITY;
  const clock: Clock = {
    now: () => {
      readings += 1;
      if (readings >= killAt) throw new Killed(`${owner} killed`);
      return new Date();
    },
  };
  const deps: RunServiceDeps = {
    db: handle.db,
    engine: createModelEngine(loadSettings({})),
    checkpointer,
    clock,
    ids: uuidIds,
    judgeMode: "never",
    maxRevisions: 0,
    leases: createRunLeases(60, owner),
  };
  return {
    deps,
    readings: () => readings,
    killAt: (n: number) => {
      killAt = readings + n;
    },
  };
}

async function restart(deadOwner: string, owner: string) {
  await expireLeases(handle.db, deadOwner);
  const next = instance(owner);
  return { next, recovered: await recoverRuns(next.deps) };
}

const statusOf = async (id: string) =>
  (await handle.db.select({ status: runs.status }).from(runs).where(eq(runs.id, id)))[0]?.status;

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle?.close());

describe("a decision is final", () => {
  it("killed right after the release is written, then a reject: 409, and the run is released once", async () => {
    const a = instance("a1");
    const waiting = await startRun(a.deps, { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
    const other = await startRun(a.deps, { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
    expect([waiting.status, other.status]).toEqual(["needs_review", "needs_review"]);
    // How many clock readings an approval takes: its last one stamps the run's end, after the release.
    const before = a.readings();
    await resumeRun(a.deps, other.runId, {
      decision: "approve",
      reason: "calibrage",
      reviewer: "rh@example.fr",
    });
    a.killAt(a.readings() - before);

    await expect(
      resumeRun(a.deps, waiting.runId, {
        decision: "approve",
        reason: "conforme",
        reviewer: "rh@example.fr",
      }),
    ).rejects.toBeInstanceOf(Killed);
    const steps = await handle.db.select().from(runSteps).where(eq(runSteps.runId, waiting.runId));
    expect(steps.some((s) => s.kind === "release" && s.status === "ok")).toBe(true);
    expect(await statusOf(waiting.runId)).toBe("running");

    const { next, recovered } = await restart("a1", "a2");
    expect(recovered).toEqual([{ runId: waiting.runId, path: "continued", status: "released" }]);
    await expect(
      resumeRun(next.deps, waiting.runId, {
        decision: "reject",
        reason: "non",
        reviewer: "autre@example.fr",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const [run] = await handle.db.select().from(runs).where(eq(runs.id, waiting.runId));
    expect(run?.status).toBe("released");
    expect(run?.output).not.toBeNull();
    expect((await decisionsForRun(handle.db, waiting.runId)).map((d) => d.decision)).toEqual(["approve"]);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.runId, waiting.runId));
    expect(audit.map((e) => e.action)).toEqual(["review.approve"]);
  });

  it("two instances, approve and reject at once: one is taken, the other gets a 409", async () => {
    const a = instance("a3");
    const b = instance("b3");
    for (let round = 0; round < 4; round++) {
      const run = await startRun(a.deps, { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
      const [onA, onB] = await Promise.allSettled([
        resumeRun(a.deps, run.runId, { decision: "approve", reason: "ok", reviewer: "a@example.fr" }),
        resumeRun(b.deps, run.runId, { decision: "reject", reason: "non", reviewer: "b@example.fr" }),
      ]);
      const won = [onA, onB].filter((r) => r.status === "fulfilled");
      const lost = [onA, onB].filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost.map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(ConflictError)]);
      const decisions = await decisionsForRun(handle.db, run.runId);
      expect(decisions).toHaveLength(1);
      expect(await statusOf(run.runId)).toBe(decisions[0]?.decision === "reject" ? "blocked" : "released");
    }
  });

  it("killed mid-run: recovery ends the run instead of leaving it running, and closes its steps", async () => {
    const a = instance("a4");
    a.killAt(6);
    await expect(
      startRun(a.deps, { workflow: "ad_writing", input: { brief: AGE_BRIEF } }),
    ).rejects.toBeInstanceOf(Killed);
    const [left] = await handle.db.select().from(runs).where(eq(runs.leaseOwner, "a4"));
    expect(left?.status).toBe("running");
    // A live instance does not take a run whose lease is still valid.
    expect(await recoverRuns(instance("b4").deps)).toEqual([]);
    const { recovered } = await restart("a4", "a5");
    expect(recovered.map((r) => [r.runId, r.status])).toEqual([[left?.id, "needs_review"]]);
    const steps = await handle.db
      .select()
      .from(runSteps)
      .where(eq(runSteps.runId, left?.id ?? ""));
    expect(steps.filter((s) => s.status === "running")).toEqual([]);
    expect(steps.some((s) => s.status === "error" && JSON.stringify(s.output).includes("stopped"))).toBe(
      true,
    );
  });
});
