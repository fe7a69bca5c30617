import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings, type Settings } from "../core/settings.js";
import { testDatabaseSettings, testsUsePostgres } from "../db/test-support/database.js";
import { resumeRun, startRun } from "../graphs/runner.js";
import { openRuntime } from "./index.js";

const AGE_BRIEF =
  "Nous recrutons un vendeur en boulangerie à Lyon, CDI temps plein. Candidats de 25 à 35 ans. Vous accueillerez la clientèle.";

const dir = mkdtempSync(join(tmpdir(), "garde-fou-restart-"));
let settings: Settings;
let dropDatabase = async () => {};
// On PGlite a directory on disk; under TEST_DATABASE_URL a fresh PostgreSQL database, opened twice.
beforeAll(async () => {
  const database = testsUsePostgres() ? await testDatabaseSettings() : undefined;
  if (database) dropDatabase = database.drop;
  // No revision allowed, so the age limit sends the draft to a person: the run must wait across a restart.
  settings = loadSettings({
    MAX_REVISIONS: "0",
    LOG_LEVEL: "silent",
    ...(database ? database.env : { PGLITE_DIR: dir }),
  });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDatabase();
});

// Slow: two embedded databases opened from disk, one after the other (about 10 s alone, more on busy cores).
describe("checkpoints in the embedded PostgreSQL", { timeout: 120_000 }, () => {
  it("keeps a run waiting for review across a restart and resumes it on the decision", async () => {
    const first = await openRuntime({ settings });
    expect(first.checkpointer.constructor.name).toBe("PostgresSaver");
    const approveMe = await startRun(first.runs, { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
    const rejectMe = await startRun(first.runs, { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
    expect(approveMe.status).toBe("needs_review");
    expect(rejectMe.status).toBe("needs_review");
    await first.close();

    const second = await openRuntime({ settings });
    try {
      const released = await resumeRun(second.runs, approveMe.runId, {
        decision: "edit_approve",
        reason: "limite d'âge retirée à la main",
        reviewer: "rh@example.fr",
        editedOutput: { title: "Vendeur / Vendeuse en boulangerie (H/F)", text: "Annonce corrigée." },
      });
      expect(released.status).toBe("released");
      expect(released.output?.text).toBe("Annonce corrigée.");
      const blocked = await resumeRun(second.runs, rejectMe.runId, {
        decision: "reject",
        reason: "discriminatoire",
        reviewer: "rh@example.fr",
      });
      expect(blocked.status).toBe("blocked");
      expect(blocked.output).toBeUndefined();
    } finally {
      await second.close();
    }
  });
});
