import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ChatAnswer, ChatRequest, ModelCallRecord, ModelEngine } from "../../core/models.js";
import { createRecordingEngine, type EvalMode, RecordingMissingError } from "./recording-engine.js";
import { RecordingStore } from "./recordings.js";

const identity = {
  provider: "mistral" as const,
  model: "mistral-small-latest",
  embeddingModel: "mistral-embed",
};
const request = {
  prompt: { name: "ad-writer", version: "v1" },
  messages: [{ role: "user" as const, content: "Brief" }],
};

type CountingEngine = ModelEngine & { calls: number };

function fakeEngine(text = "Vendeur (H/F)"): CountingEngine {
  const engine: CountingEngine = {
    provider: "mistral",
    offline: false,
    chatModel: "mistral-small-latest",
    embeddingModel: "e",
    calls: 0,
    chat: async <T>(req: ChatRequest<T>): Promise<ChatAnswer<T>> => {
      engine.calls++;
      const record: ModelCallRecord = {
        provider: "mistral",
        model: "mistral-small-latest",
        promptName: req.prompt.name,
        promptVersion: req.prompt.version,
        inputTokens: 12,
        outputTokens: 7,
        latencyMs: 321,
        attempts: 1,
        offline: false,
      };
      return req.schema ? { text, data: req.schema.parse({ score: 0.5 }), record } : { text, record };
    },
    embed: async () => [],
  };
  return engine;
}

function setup(mode: EvalMode, store: RecordingStore, inner?: ModelEngine, caseId = "case-7") {
  const calls: ModelCallRecord[] = [];
  const engine = createRecordingEngine({
    mode,
    identity,
    caseId,
    recordings: store,
    ...(inner ? { inner: async () => inner } : {}),
    onCall: (r) => calls.push(r),
  });
  return { engine, calls };
}

const tempFile = () => join(mkdtempSync(join(tmpdir(), "gf-rec-")), "recordings", "suite.jsonl");

describe("record then replay", () => {
  it("records the answer to a JSONL file and replays it without the real engine", async () => {
    const file = tempFile();
    const inner = fakeEngine();
    const store = RecordingStore.load(file);
    const recorder = setup("record", store, inner);
    expect((await recorder.engine.chat(request)).text).toBe("Vendeur (H/F)");
    // Written once, by the runner at the end of a run, not per answer.
    expect(existsSync(file)).toBe(false);
    expect(store.save()).toBe(true);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      case: "case-7",
      prompt: "ad-writer@v1",
      text: "Vendeur (H/F)",
    });

    const replayInner = fakeEngine("should not be called");
    const replay = setup("replay", RecordingStore.load(file), replayInner);
    const answer = await replay.engine.chat(request);
    expect(answer.text).toBe("Vendeur (H/F)");
    expect(replayInner.calls).toBe(0);
    expect(replay.calls[0]).toMatchObject({
      inputTokens: 12,
      outputTokens: 7,
      latencyMs: 321,
      promptVersion: "v1",
    });
  });

  it("a missing recording is an error naming the case, and nothing is called", async () => {
    const inner = fakeEngine();
    const { engine } = setup("replay", RecordingStore.load(tempFile()), inner, "vendeur-lyon");
    const changed = { ...request, messages: [{ role: "user" as const, content: "Another brief" }] };
    await expect(engine.chat(changed)).rejects.toThrow(RecordingMissingError);
    await expect(engine.chat(changed)).rejects.toThrow(/case "vendeur-lyon" \(prompt ad-writer@v1/);
    expect(inner.calls).toBe(0);
  });

  it("the key covers the prompt version, the model and schema presence", async () => {
    const file = tempFile();
    const store = RecordingStore.load(file);
    await setup("record", store, fakeEngine()).engine.chat(request);
    const replay = setup("replay", store);
    await expect(
      replay.engine.chat({ ...request, prompt: { name: "ad-writer", version: "v2" } }),
    ).rejects.toThrow(RecordingMissingError);
    await expect(replay.engine.chat({ ...request, schema: z.object({ score: z.number() }) })).rejects.toThrow(
      RecordingMissingError,
    );
    const otherModel = createRecordingEngine({
      mode: "replay",
      identity: { ...identity, model: "mistral-large-latest" },
      caseId: "c",
      recordings: store,
      onCall: () => {},
    });
    await expect(otherModel.chat(request)).rejects.toThrow(RecordingMissingError);
  });

  it("replays structured data through the request's schema", async () => {
    const store = RecordingStore.load(tempFile());
    const schema = z.object({ score: z.number() });
    await setup("record", store, fakeEngine()).engine.chat({ ...request, schema });
    const answer = await setup("replay", store).engine.chat({ ...request, schema });
    expect(answer.data).toEqual({ score: 0.5 });
  });
});

describe("live mode", () => {
  it("reuses a cached answer and calls the engine only once", async () => {
    const inner = fakeEngine();
    const cache = RecordingStore.load(tempFile());
    const make = () =>
      createRecordingEngine({
        mode: "live",
        identity,
        caseId: "c",
        recordings: RecordingStore.load(tempFile()),
        cache,
        inner: async () => inner,
        onCall: () => {},
      });
    await make().chat(request);
    await make().chat(request);
    expect(inner.calls).toBe(1);
  });
  it("without a cache calls every time", async () => {
    const inner = fakeEngine();
    const { engine } = setup("live", RecordingStore.load(tempFile()), inner);
    await engine.chat(request);
    await engine.chat(request);
    expect(inner.calls).toBe(2);
  });
});
