// A run's life under stress: two instances on one database start runs and take reviewers' decisions in
// random interleavings (concurrent decisions on the same run included), instances "crash" at random
// points and are restarted, and start-up recovery settles what they left. Whatever happened, at the end:
// nothing is left running, a run has at most one decision, a rejected run is never released, an approved
// one is, every caller told "ok" was told the run's real outcome, and every loser got a 409.
//
// A crash is simulated by the instance's clock: from the k-th reading on it throws, so the instance cannot
// write one more timestamped row (trace step, run end, decision) — like a process killed at that point.
// Its in-flight work stops there; its leases are left to expire. Seeded, so a failure replays.
import { MemorySaver } from "@langchain/langgraph";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelEngine } from "../agents/models/factory.js";
import { type Clock, uuidIds } from "../core/clock.js";
import { ConflictError } from "../core/errors.js";
import type { ModelEngine } from "../core/models.js";
import { loadSettings } from "../core/settings.js";
import type { DatabaseHandle } from "../db/client.js";
import { decisionsForRun } from "../db/queries/review.js";
import { expireLeases } from "../db/queries/run-lifecycle.js";
import { runSteps, runs } from "../db/schema.js";
import { openTestDatabase } from "../db/test-support/database.js";
import { recoverRuns } from "./recovery.js";
import { createRunLeases } from "./run-leases.js";
import { type RunResult, type RunServiceDeps, resumeRun, startRun } from "./runner.js";
import type { ReviewDecision } from "./supervisor/state.js";

const AGE_BRIEF =
  "Nous recrutons un vendeur en boulangerie à Lyon, CDI temps plein. Candidats de 25 à 35 ans. Vous accueillerez la clientèle.";
const CLEAN_BRIEF =
  "Nous recrutons un comptable à Nantes, CDI. Maîtrise de la paie et des déclarations sociales.";

class Crash extends Error {
  override readonly name = "Crash";
}

/** A small seeded generator (mulberry32): the same seed plays the same history. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
  };
}

interface Instance {
  name: string;
  deps: RunServiceDeps;
  dead: boolean;
  /** From the k-th clock reading from now on, the instance is dead. */
  crashAfter(k: number): void;
}

let handle: DatabaseHandle;
let engine: ModelEngine;
const checkpointer = new MemorySaver();

function instance(name: string): Instance {
  let readings = 0;
  let crashAt = Number.POSITIVE_INFINITY;
  const self: Instance = {
    name,
    dead: false,
    crashAfter: (k) => {
      crashAt = readings + k;
    },
    deps: undefined as unknown as RunServiceDeps,
  };
  const clock: Clock = {
    now: () => {
      readings += 1;
      if (self.dead || readings >= crashAt) {
        self.dead = true;
        throw new Crash(`${name} crashed`);
      }
      return new Date();
    },
  };
  self.deps = {
    db: handle.db,
    engine,
    // One checkpoint store for both instances, as PostgresSaver on the shared database would be.
    checkpointer,
    clock,
    ids: uuidIds,
    judgeMode: "never",
    maxRevisions: 0,
    leases: createRunLeases(60, name),
  };
  return self;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  engine = createModelEngine(loadSettings({}));
});
afterAll(() => handle?.close());

type Said =
  | { kind: "ok"; result: RunResult; decision: ReviewDecision["decision"] }
  | { kind: "conflict" }
  | { kind: "crash" };

async function attempt<T>(work: () => Promise<T>): Promise<{ ok: T } | { conflict: true } | { crash: true }> {
  try {
    return { ok: await work() };
  } catch (error) {
    if (error instanceof ConflictError) return { conflict: true };
    if (error instanceof Crash) return { crash: true };
    throw error;
  }
}

async function playHistory(seed: number, steps: number) {
  const rnd = random(seed);
  let generation = 0;
  const live: Instance[] = [instance(`a${seed}-0`), instance(`b${seed}-0`)];
  const said = new Map<string, Said[]>();
  const recovered: string[] = [];

  const restartDead = async () => {
    for (let i = 0; i < live.length; i++) {
      const old = live[i] as Instance;
      if (!old.dead) continue;
      // Its leases would expire by themselves; the test does not wait a minute for it.
      await expireLeases(handle.db, old.deps.leases?.owner ?? "");
      const fresh = instance(`${old.name.split("-")[0]}-${++generation}`);
      live[i] = fresh;
      const settled = await recoverRuns(fresh.deps);
      recovered.push(...settled.map((r) => r.runId));
      for (const r of settled)
        expect(r.path, `recovery of ${r.runId}: ${String(r.reason)}`).not.toBe("failed");
    }
  };

  const startOn = (who: Instance, brief: string) =>
    attempt(() => startRun(who.deps, { workflow: "ad_writing", input: { brief } }));

  for (let step = 0; step < steps; step++) {
    const action = rnd.pick([
      "start",
      "start",
      "decide",
      "decide",
      "decide",
      "restart",
      "start_while_recovering",
    ] as const);
    const who = rnd.pick(live);
    if (who.dead || action === "restart") {
      await restartDead();
      continue;
    }
    if (rnd.next() < 0.25) who.crashAfter(1 + rnd.int(40));
    if (action === "start") {
      await startOn(who, rnd.next() < 0.75 ? AGE_BRIEF : CLEAN_BRIEF);
    } else if (action === "start_while_recovering") {
      // A live instance's running run is never taken by another instance's recovery.
      const other = live.find((i) => i !== who && !i.dead);
      if (!other) continue;
      const [, settled] = await Promise.all([startOn(who, AGE_BRIEF), recoverRuns(other.deps)]);
      const mine = (
        await handle.db
          .select()
          .from(runs)
          .where(eq(runs.leaseOwner, who.deps.leases?.owner ?? ""))
      ).map((r) => r.id);
      for (const r of settled) expect(mine).not.toContain(r.runId);
      recovered.push(...settled.map((r) => r.runId));
    } else if (action === "decide") {
      const waiting = await handle.db.select().from(runs).where(eq(runs.status, "needs_review"));
      if (waiting.length === 0) continue;
      const run = rnd.pick(waiting);
      // One to three reviewers decide on the same run at once, on any instance.
      const deciders = Array.from({ length: 1 + rnd.int(3) }, () => ({
        on: rnd.pick(live),
        decision: rnd.pick(["approve", "reject", "edit_approve"] as const),
      }));
      const answers = await Promise.all(
        deciders.map(({ on, decision }) =>
          on.dead
            ? Promise.resolve({ crash: true } as const)
            : attempt(() =>
                resumeRun(on.deps, run.id, {
                  decision,
                  reason: `seed ${seed} step ${step}`,
                  reviewer: `${on.name}@example.fr`,
                  ...(decision === "edit_approve"
                    ? { editedOutput: { text: "Annonce corrigée à la main." } }
                    : {}),
                }),
              ),
        ),
      );
      const log = said.get(run.id) ?? [];
      answers.forEach((a, i) => {
        const decision = deciders[i]?.decision ?? "approve";
        log.push(
          "ok" in a
            ? { kind: "ok", result: a.ok, decision }
            : "conflict" in a
              ? { kind: "conflict" }
              : { kind: "crash" },
        );
      });
      said.set(run.id, log);
    }
  }
  // Every instance ends by a restart (kill -9 of everything, then start again).
  for (const i of live) i.dead = true;
  await restartDead();
  const answers = [...said.values()].flat();
  console.log(
    `seed ${seed}: ${(await handle.db.select().from(runs)).length} runs so far, ${recovered.length} recovered, decisions: ${answers.filter((a) => a.kind === "ok").length} ok, ${answers.filter((a) => a.kind === "conflict").length} 409, ${answers.filter((a) => a.kind === "crash").length} crashed`,
  );
  return { said, recovered };
}

describe("a run's life across crashes, restarts and concurrent decisions", { timeout: 600_000 }, () => {
  for (const seed of [1, 2, 3]) {
    it(`keeps every invariant (seed ${seed})`, async () => {
      const { said } = await playHistory(seed, 30);
      const all = await handle.db.select().from(runs);
      expect(all.length).toBeGreaterThan(0);
      for (const run of all) {
        const where = `run ${run.id} (${run.status})`;
        expect(run.status, where).not.toBe("running");
        expect(run.status, where).not.toBe("failed");
        expect(run.leaseOwner, where).toBeNull();
        const decisions = await decisionsForRun(handle.db, run.id);
        expect(decisions.length, where).toBeLessThanOrEqual(1);
        const decision = decisions[0];
        if (decision?.decision === "reject") {
          expect(run.status, where).toBe("blocked");
          expect(run.output, where).toBeNull();
        } else if (decision) {
          expect(run.status, where).toBe("released");
          expect(run.output, where).not.toBeNull();
        } else if ((run.input as { brief: string }).brief === CLEAN_BRIEF) {
          expect(run.status, where).toBe("released");
        } else {
          expect(run.status, where).toBe("needs_review");
        }
        if (run.status === "released") expect(run.output, where).not.toBeNull();
        else expect(run.output, where).toBeNull();
        const answers = said.get(run.id) ?? [];
        const oks = answers.filter((a) => a.kind === "ok");
        // At most one reviewer is told their decision was taken, and what they were told is what happened.
        expect(oks.length, where).toBeLessThanOrEqual(1);
        for (const ok of oks) {
          expect(ok.result.status, where).toBe(run.status);
          expect(ok.decision, where).toBe(decision?.decision);
        }
        // A decision someone was told was refused (409) or that crashed before its claim left no trace.
        if (!decision) expect(oks, where).toEqual([]);
        const open = await handle.db.select().from(runSteps).where(eq(runSteps.runId, run.id));
        expect(
          open.filter((s) => s.status === "running").map((s) => s.name),
          where,
        ).toEqual([]);
      }
    });
  }
});
