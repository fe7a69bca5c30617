// The behaviour every real provider must show, run against the emulator with the real LangChain client.
// Each provider's test file calls this with how to build its settings, plus its own protocol checks.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { z } from "zod";
import { Verdict } from "../../../core/contract.js";
import { ModelError } from "../../../core/errors.js";
import {
  EMBEDDING_DIMENSIONS,
  type ModelCallRecord,
  type ModelEngine,
  type ProviderId,
} from "../../../core/models.js";
import { loadSettings, type Settings } from "../../../core/settings.js";
import { createModelEngine } from "../factory.js";
import { type ModelEmulator, reply, startModelEmulator } from "./emulator.js";

export const SECRET_KEY = "sk-test-SECRET-4242-do-not-leak";

export interface ContractOptions {
  provider: Exclude<ProviderId, "offline">;
  /** The provider's environment, pointing at the emulator. */
  env(emulator: ModelEmulator): Record<string, string>;
  /** Whether the provider's errors expose retry-after (Ollama's client does not). */
  honoursRetryAfter: boolean;
  /** Whether the client sends SECRET_KEY (Ollama has no key). */
  sendsApiKey: boolean;
  /** Whether a response may lack usage (Mistral's SDK rejects one without it). */
  usageMayBeAbsent: boolean;
}

export interface Harness {
  emulator: ModelEmulator;
  sleeps: number[];
  records: ModelCallRecord[];
  engine(extra?: Record<string, string>): ModelEngine;
}

const verdictSchema = z.object({
  verdict: Verdict,
  reasoning: z.string(),
});
const prompt = { name: "guard-judge", version: "1" };
const messages = [
  { role: "system" as const, content: "You are a judge. Answer in JSON." },
  { role: "user" as const, content: "Is this ad lawful under French law?" },
];

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelError);
  return error as ModelError;
}

export function useHarness(options: ContractOptions): Harness {
  const harness = {
    sleeps: [] as number[],
    records: [] as ModelCallRecord[],
  } as Harness;
  beforeAll(async () => {
    harness.emulator = await startModelEmulator();
  });
  afterAll(async () => {
    await harness.emulator.close();
  });
  beforeEach(() => {
    harness.sleeps.length = 0;
    harness.records.length = 0;
    harness.emulator.reset();
  });
  afterEach(() => {
    // A reply left in the queue means the client made fewer calls than the test planned.
    expect(harness.emulator.pending()).toBe(0);
  });
  harness.engine = (extra = {}) => {
    const settings: Settings = loadSettings({
      MODEL_PROVIDER: options.provider,
      MODEL_TIMEOUT_MS: "300",
      MODEL_MAX_RETRIES: "2",
      ...options.env(harness.emulator),
      ...extra,
    });
    return createModelEngine(settings, {
      sleep: async (ms) => {
        harness.sleeps.push(ms);
      },
    });
  };
  return harness;
}

export function describeProviderContract(options: ContractOptions, harness: Harness): void {
  const sink = (record: ModelCallRecord) => {
    harness.records.push(record);
  };

  describe(`${options.provider} engine against the emulator`, () => {
    it("returns a text answer with a complete call record", async () => {
      harness.emulator.script(reply.text("Bonjour", { inputTokens: 21, outputTokens: 3 }));
      const engine = harness.engine();
      const answer = await engine.chat({ prompt, messages, sink });
      expect(answer.text).toBe("Bonjour");
      expect(answer.data).toBeUndefined();
      expect(answer.record).toMatchObject({
        provider: options.provider,
        model: engine.chatModel,
        promptName: "guard-judge",
        promptVersion: "1",
        inputTokens: 21,
        outputTokens: 3,
        attempts: 1,
        offline: false,
      });
      expect(answer.record.error).toBeUndefined();
      expect(harness.records).toEqual([answer.record]);
      expect(harness.emulator.requests).toHaveLength(1);
    });

    it.runIf(options.usageMayBeAbsent)("estimates tokens when the provider reports no usage", async () => {
      harness.emulator.script(reply.text("un deux trois quatre", { omitUsage: true }));
      const answer = await harness.engine().chat({ prompt, messages });
      expect(answer.record.inputTokens).toBeGreaterThan(0);
      expect(answer.record.outputTokens).toBe(Math.ceil(4 * 1.3));
    });

    it("parses and validates structured output, fenced or not", async () => {
      harness.emulator.script(
        reply.json({ verdict: "revise", reasoning: "discriminatory criterion" }),
        reply.text('Voici:\n```json\n{"verdict": "pass", "reasoning": "ok"}\n```'),
      );
      const engine = harness.engine();
      const first = await engine.chat({ prompt, messages, schema: verdictSchema });
      expect(first.data).toEqual({ verdict: "revise", reasoning: "discriminatory criterion" });
      const second = await engine.chat({ prompt, messages, schema: verdictSchema });
      expect(second.data).toEqual({ verdict: "pass", reasoning: "ok" });
    });

    it("retries after a 429 and counts the attempts", async () => {
      harness.emulator.script(reply.rateLimited(2), reply.text("ok"));
      const answer = await harness.engine().chat({ prompt, messages, sink });
      expect(answer.record.attempts).toBe(2);
      expect(harness.emulator.requests).toHaveLength(2);
      expect(harness.sleeps).toEqual([options.honoursRetryAfter ? 2000 : 500]);
    });

    it("gives up after the retries with model_rate_limited or model_unavailable", async () => {
      harness.emulator.script(reply.serverError(500), reply.serverError(503), reply.serverError(500));
      const engine = harness.engine();
      const unavailable = await failure(engine.chat({ prompt, messages, sink }));
      expect(unavailable.code).toBe("model_unavailable");
      expect(unavailable.details).toMatchObject({ attempts: 3, status: 500, provider: options.provider });
      expect(harness.sleeps).toEqual([500, 1000]);
      expect(harness.records.at(-1)).toMatchObject({ error: "model_unavailable", attempts: 3 });

      harness.emulator.script(reply.status(429), reply.status(429), reply.status(429));
      const limited = await failure(engine.chat({ prompt, messages }));
      expect(limited.code).toBe("model_rate_limited");
      expect(harness.emulator.requests).toHaveLength(6);
    });

    it("does not retry a client error", async () => {
      harness.emulator.script(reply.status(401));
      const error = await failure(harness.engine().chat({ prompt, messages }));
      expect(error.code).toBe("model_unavailable");
      expect(harness.emulator.requests).toHaveLength(1);
    });

    it("bounds each attempt by the timeout and retries it", async () => {
      harness.emulator.script(reply.delay(2_000), reply.delay(2_000));
      const started = performance.now();
      const error = await failure(
        harness.engine({ MODEL_MAX_RETRIES: "1" }).chat({ prompt, messages, sink }),
      );
      expect(error.code).toBe("model_timeout");
      expect(error.details).toMatchObject({ attempts: 2 });
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(harness.records.at(-1)?.error).toBe("model_timeout");
    });

    it("reports a malformed body as model_invalid_output, retried once only", async () => {
      // ollama-js warns on stderr about each unparsable line before failing; that noise is expected here.
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      onTestFinished(() => warn.mockRestore());
      harness.emulator.script(reply.malformed(), reply.malformed());
      // Two retries allowed, but a second invalid output ends the call.
      const error = await failure(harness.engine({ MODEL_MAX_RETRIES: "2" }).chat({ prompt, messages }));
      expect(error.code).toBe("model_invalid_output");
      expect(error.details).toMatchObject({ attempts: 2 });
    });

    it("reports an answer that does not match the schema as model_invalid_output", async () => {
      harness.emulator.script(reply.json({ verdict: "maybe" }), reply.text("not json at all"));
      const error = await failure(harness.engine().chat({ prompt, messages, schema: verdictSchema, sink }));
      expect(error.code).toBe("model_invalid_output");
      expect(error.details).toMatchObject({ attempts: 2, reason: "not_json" });
      expect(harness.records.at(-1)).toMatchObject({ error: "model_invalid_output", attempts: 2 });
    });

    it("never puts the API key or the provider's text in an error", async () => {
      harness.emulator.script(reply.status(401, { echoRequest: true }));
      const error = await failure(harness.engine().chat({ prompt, messages }));
      const authorization = harness.emulator.requests[0]?.headers.authorization ?? "";
      // The emulator did see the key, and did echo it back.
      if (options.sendsApiKey) expect(authorization).toContain(SECRET_KEY);
      const exposed = `${error.message} ${JSON.stringify(error.details)} ${String(error.stack)}`;
      expect(exposed).not.toContain(SECRET_KEY);
      expect(exposed).not.toContain("emulated HTTP");
      expect(error.cause).toBeUndefined();
    });

    it("pads embeddings to the column size and normalises them", async () => {
      harness.emulator.script(reply.embedding(768));
      const vectors = await harness.engine().embed(["offre de poste", "candidat"], sink);
      expect(vectors).toHaveLength(2);
      for (const vector of vectors) {
        expect(vector).toHaveLength(EMBEDDING_DIMENSIONS);
        expect(Math.hypot(...vector)).toBeCloseTo(1, 6);
        expect(vector.slice(768).every((x) => x === 0)).toBe(true);
      }
      expect(harness.records.at(-1)).toMatchObject({
        provider: options.provider,
        promptName: "embedding",
        attempts: 1,
      });
    });

    it("retries embeddings after a server error", async () => {
      harness.emulator.script(reply.serverError(502), reply.embedding(1024));
      const vectors = await harness.engine().embed(["texte"], sink);
      expect(vectors[0]).toHaveLength(EMBEDDING_DIMENSIONS);
      expect(harness.records.at(-1)?.attempts).toBe(2);
    });
  });
}
