import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../core/logger.js";
import { loadSettings } from "../core/settings.js";
import { auditLog, findings, runSteps, runs } from "../db/schema.js";
import { startRun } from "../graphs/runner.js";
import { createTestApp, type TestApp } from "../server/test-support/app.js";
import { maskerFor } from "../server/trace/names.js";
import { purgeExpiredLog, purgeExpiredRuns } from "./retention.js";
import { openTestRuntime } from "./test-support/runtime.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const inputOf = async (id: string) =>
  (await t.handle.db.select().from(runs).where(eq(runs.id, id)))[0]?.input;

describe("the candidate-data retention limit", () => {
  it("purges the input and checkpoints of ended candidate runs past the limit, and nothing else", async () => {
    const summary = await startRun(t.deps.runs, {
      workflow: "summary",
      input: { sources: ["Claire Martin, développeuse Java, 6 ans d'expérience, anglais courant."] },
    });
    const ad = await startRun(t.deps.runs, {
      workflow: "ad_writing",
      input: { brief: "Vendeur à Lyon, CDI." },
    });
    const deps = { ...t.deps.runs, logger: silentLogger, retentionDays: 30 };
    // Within the limit: nothing happens.
    expect(await purgeExpiredRuns(deps)).toEqual([]);
    const later = { now: () => new Date(t.deps.runs.clock.now().getTime() + 31 * 86_400_000) };
    const purged = await purgeExpiredRuns({ ...deps, clock: later });
    expect(purged).toEqual([summary.runId]);
    expect(await inputOf(summary.runId)).toEqual({ purged: true });
    expect(JSON.stringify(await inputOf(ad.runId))).toContain("Vendeur");
    const checkpoints = t.deps.runs.checkpointer.list({ configurable: { thread_id: summary.runId } });
    expect((await checkpoints.next()).done).toBe(true);
    const audit = await t.handle.db.select().from(auditLog).where(eq(auditLog.runId, summary.runId));
    expect(audit.map((a) => a.action)).toContain("run.purge");
    // A second pass finds nothing more to do.
    expect(await purgeExpiredRuns({ ...deps, clock: later })).toEqual([]);
  });

  it("keeps the decision log at least six months, then deletes it; the setting cannot go under 183 days", async () => {
    expect(loadSettings({}).LOG_RETENTION_DAYS).toBe(183);
    expect(() => loadSettings({ LOG_RETENTION_DAYS: "90" })).toThrow(/LOG_RETENTION_DAYS/);
    const ad = await startRun(t.deps.runs, {
      workflow: "ad_writing",
      input: { brief: "Caissier à Nantes, CDI." },
    });
    const deps = { ...t.deps.runs, logger: silentLogger, retentionDays: 30, logRetentionDays: 183 };
    const at = (days: number) => ({
      now: () => new Date(t.deps.runs.clock.now().getTime() + days * 86_400_000),
    });
    // Past the candidate limit, within the log's: the run, its decision log and its trace stay.
    expect(await purgeExpiredLog({ ...deps, clock: at(100) })).toEqual({ runs: 0, auditEntries: 0 });
    expect((await t.handle.db.select().from(runs).where(eq(runs.id, ad.runId))).length).toBe(1);
    const gone = await purgeExpiredLog({ ...deps, clock: at(184) });
    expect(gone.runs).toBeGreaterThanOrEqual(1);
    expect((await t.handle.db.select().from(runs).where(eq(runs.id, ad.runId))).length).toBe(0);
    expect((await t.handle.db.select().from(runSteps).where(eq(runSteps.runId, ad.runId))).length).toBe(0);
    const audit = await t.handle.db.select().from(auditLog).where(eq(auditLog.action, "log.purge"));
    expect(audit[0]?.details).toMatchObject({ logRetentionDays: 183 });
  });

  it("stores the trace and the findings' evidence of a purged run masked, names included", {
    timeout: 300_000,
  }, async () => {
    // The runtime's own checkpointer (LangGraph's tables in the run database), as the server has it.
    const rt = await openTestRuntime();
    try {
      const summary = await startRun(rt.runs, {
        workflow: "summary",
        input: {
          sources: [
            "Nom : Zoé Bérangère\nEntretien avec Zoé, 42 ans, joignable à zoe.berangere@example.com ou au 06 12 34 56 78. Développeuse Java, six ans d'expérience.",
          ],
        },
      });
      const ad = await startRun(rt.runs, {
        workflow: "ad_writing",
        input: { brief: "Boulanger à Lyon, CDI." },
      });
      const deps = { ...rt.runs, logger: silentLogger, retentionDays: 30, maskerFor };
      const stored = async () =>
        JSON.stringify([
          await rt.database.db.select().from(runSteps).where(eq(runSteps.runId, summary.runId)),
          await rt.database.db.select().from(findings).where(eq(findings.runId, summary.runId)),
        ]);
      expect(await stored()).toContain("Bérangère");
      const later = { now: () => new Date(Date.now() + 31 * 86_400_000) };
      const adCheckpoints = () => rt.runs.checkpointer.list({ configurable: { thread_id: ad.runId } }).next();
      expect((await adCheckpoints()).done).toBe(false);
      expect(await purgeExpiredRuns({ ...deps, clock: later })).toContain(summary.runId);
      const after = await stored();
      for (const clear of ["Bérangère", "Zoé", "zoe.berangere@example.com", "06 12 34 56 78"])
        expect(after).not.toContain(clear);
      // The decision log is still there: steps and findings kept, only their candidate text masked.
      expect(after).toContain("[NOM]");
      // A job ad's run has no candidate input to purge, but its checkpoints (every draft) go at the same age.
      const [adRow] = await rt.database.db.select().from(runs).where(eq(runs.id, ad.runId));
      expect(JSON.stringify(adRow?.input)).toContain("Boulanger");
      expect((await adCheckpoints()).done).toBe(true);
    } finally {
      await rt.close();
    }
  });
});
