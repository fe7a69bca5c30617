// The ad-writing graph with a real client (OpenAI's, through any OpenAI-compatible endpoint) against the
// model emulator on 127.0.0.1: the model's draft is checked like any other, and its calls are traced.
import { MemorySaver } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelEngine } from "../../agents/models/factory.js";
import { type ModelEmulator, reply, startModelEmulator } from "../../agents/models/test-support/emulator.js";
import { fixedClock, sequentialIds } from "../../core/clock.js";
import { loadSettings } from "../../core/settings.js";
import type { DatabaseHandle } from "../../db/client.js";
import { getRunDetail } from "../../db/queries/runs.js";
import { openTestDatabase } from "../../db/test-support/database.js";
import { type RunServiceDeps, startRun } from "../runner.js";

let emulator: ModelEmulator;
let handle: DatabaseHandle;
let deps: RunServiceDeps;

const WITH_AGE = {
  title: "Vendeur / Vendeuse (H/F)",
  text: "Vendeur / Vendeuse (H/F)\n\nBoutique à Lyon recrute, candidats de 25 à 35 ans, CDI.",
};
const CLEAN = {
  title: "Vendeur / Vendeuse (H/F)",
  text: "Vendeur / Vendeuse (H/F)\n\nBoutique à Lyon recrute en CDI. Accueil et conseil de la clientèle.",
};

function bodyText(body: unknown): string {
  return JSON.stringify(body);
}

beforeAll(async () => {
  emulator = await startModelEmulator((request) => {
    if (request.call !== "chat") return undefined;
    const sent = bodyText(request.body);
    if (!sent.includes("Brief du recruteur"))
      return reply.json({ verdict: "pass", findings: [], reasoning: "ok" });
    // The second draft is asked with the first one's findings as feedback.
    return reply.json(
      sent.includes("AD-04") || (sent.includes("25 à 35") && sent.includes("règle")) ? CLEAN : WITH_AGE,
    );
  });
  handle = await openTestDatabase();
  const settings = loadSettings({
    MODEL_PROVIDER: "openai",
    OPENAI_API_KEY: "test-key",
    OPENAI_BASE_URL: emulator.baseUrls.openai,
    MODEL_TIMEOUT_MS: "2000",
  });
  deps = {
    db: handle.db,
    engine: createModelEngine(settings, { sleep: async () => {} }),
    checkpointer: new MemorySaver(),
    clock: fixedClock(),
    ids: sequentialIds("m"),
    judgeMode: "never",
    maxRevisions: 2,
  };
});
afterAll(async () => {
  await handle.close();
  await emulator.close();
});

describe("ad writing with a real client against the emulator", () => {
  it("revises the model's draft that names an age range, releases the clean one, and traces the calls", async () => {
    const result = await startRun(deps, {
      workflow: "ad_writing",
      input: { brief: "Vendeur à Lyon, CDI, 25-35 ans." },
    });
    expect(result.status).toBe("released");
    expect(result.revisions).toBe(1);
    expect(String(result.output?.text)).not.toContain("25 à 35");
    const disclosure = result.output?.disclosure as { offline: boolean; engine: string };
    expect(disclosure.offline).toBe(false);
    expect(disclosure.engine).toContain("openai/");
    const detail = await getRunDetail(handle.db, result.runId);
    const writerCalls = detail?.modelCalls.filter((c) => c.promptName === "ad-writer") ?? [];
    expect(writerCalls).toHaveLength(2);
    expect(writerCalls.every((c) => c.provider === "openai" && c.promptVersion === "v1" && !c.offline)).toBe(
      true,
    );
    const sent = emulator.requests.filter((r) => r.call === "chat").map((r) => bodyText(r.body));
    expect(sent.some((s) => s.includes("test-key"))).toBe(false);
  });

  it("fails the run with a safe message when the model answers invalid JSON", async () => {
    emulator.script(reply.malformed(), reply.malformed(), reply.malformed());
    const result = await startRun(deps, {
      workflow: "ad_writing",
      input: { brief: "Comptable à Nantes, CDI." },
    });
    expect(result.status).toBe("failed");
    expect(result.output).toBeUndefined();
    expect(result.error?.code).toBe("model_invalid_output");
    expect(result.error?.message).not.toMatch(/test-key|at .*\.ts/);
  });
});
