import { MemorySaver } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelEngine } from "../../agents/models/factory.js";
import { fixedClock, sequentialIds } from "../../core/clock.js";
import { loadSettings } from "../../core/settings.js";
import type { DatabaseHandle } from "../../db/client.js";
import { getRunDetail } from "../../db/queries/runs.js";
import { openTestDatabase } from "../../db/test-support/database.js";
import { type RunServiceDeps, resumeRun, startRun } from "../runner.js";

let handle: DatabaseHandle;
let deps: RunServiceDeps;

beforeAll(async () => {
  handle = await openTestDatabase();
  deps = {
    db: handle.db,
    engine: createModelEngine(loadSettings({})),
    checkpointer: new MemorySaver(),
    clock: fixedClock(),
    ids: sequentialIds("t"),
    judgeMode: "auto",
    maxRevisions: 2,
  };
});
afterAll(() => handle.close());

const AGE_BRIEF =
  "Nous recrutons un vendeur en boulangerie à Lyon, CDI temps plein. Candidats de 25 à 35 ans. Vous accueillerez la clientèle et préparerez les commandes. Une première expérience en vente est souhaitée.";

describe("ad writing workflow (offline engine)", () => {
  it("releases an ad with its AI disclosure and the offline mark", async () => {
    const result = await startRun(deps, {
      workflow: "ad_writing",
      input: {
        brief: "Nous recrutons un comptable à Nantes, CDI. Maîtrise de la paie et des déclarations sociales.",
      },
    });
    expect(result.status).toBe("released");
    const text = String(result.output?.text);
    expect(text).toContain("(H/F)");
    expect(text).toContain("paie");
    const disclosure = result.output?.disclosure as {
      generatedByAI: boolean;
      offline: boolean;
      text: string;
    };
    expect(disclosure.generatedByAI).toBe(true);
    expect(disclosure.offline).toBe(true);
    expect(disclosure.text).toMatch(/hors ligne|offline/);
    expect(result.engine.offline).toBe(true);
  });

  it("never releases an age limit: the draft is revised and the limit is gone", async () => {
    const result = await startRun(deps, { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
    expect(result.status).toBe("released");
    expect(result.revisions).toBeGreaterThanOrEqual(1);
    const text = String(result.output?.text);
    expect(text).not.toMatch(/25\s*à\s*35/);
    expect(text).toContain("clientèle");
    const detail = await getRunDetail(handle.db, result.runId);
    expect(detail?.findings.some((f) => f.revision === 0 && f.criteria.includes("age"))).toBe(true);
    expect(detail?.steps.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["graph", "agent", "guard", "release"]),
    );
    expect(detail?.modelCalls.every((m) => m.offline && m.provider === "offline")).toBe(true);
  });

  it("sends a draft to a person when revisions are exhausted, and resumes on the decision", async () => {
    const strict = { ...deps, maxRevisions: 0 };
    const waiting = await startRun(strict, { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
    expect(waiting.status).toBe("needs_review");
    expect(waiting.output).toBeUndefined();
    const rejected = await resumeRun(strict, waiting.runId, {
      decision: "reject",
      reason: "age limit",
      reviewer: "rh@example.fr",
    });
    expect(rejected.status).toBe("blocked");
    expect(rejected.output).toBeUndefined();
    await expect(
      resumeRun(strict, waiting.runId, { decision: "approve", reason: "again", reviewer: "rh@example.fr" }),
    ).rejects.toThrow(/not waiting for review/);
  });

  it("rejects input that names no brief, naming the field", async () => {
    await expect(startRun(deps, { workflow: "ad_writing", input: { text: "x" } })).rejects.toThrow(
      /input\.brief/,
    );
    await expect(startRun(deps, { workflow: "nope", input: {} })).rejects.toThrow(/workflow/);
  });
});
