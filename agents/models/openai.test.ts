import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ModelError } from "../../core/errors.js";
import { EMBEDDING_DIMENSIONS } from "../../core/models.js";
import { reply } from "./test-support/emulator.js";
import { describeProviderContract, SECRET_KEY, useHarness } from "./test-support/provider-contract.js";

const options = {
  provider: "openai" as const,
  env: (emulator: { baseUrls: { openai: string } }) => ({
    OPENAI_API_KEY: SECRET_KEY,
    OPENAI_BASE_URL: emulator.baseUrls.openai,
    OPENAI_MODEL: "gpt-4o-mini",
    // A model of an OpenAI-compatible server: its vectors are padded, not shortened on request.
    OPENAI_EMBEDDING_MODEL: "nomic-embed-text",
  }),
  honoursRetryAfter: true,
  usageMayBeAbsent: true,
  sendsApiKey: true,
};
const harness = useHarness(options);
describeProviderContract(options, harness);

describe("openai protocol details", () => {
  const prompt = { name: "p", version: "1" };

  it("asks for JSON mode when a schema is given, and only then", async () => {
    harness.emulator.script(reply.json({ ok: true }), reply.text("plain"));
    const engine = harness.engine();
    const messages = [{ role: "user" as const, content: "Réponds en JSON." }];
    await engine.chat({ prompt, messages, schema: z.object({ ok: z.boolean() }) });
    await engine.chat({ prompt, messages });
    const [withSchema, without] = harness.emulator.requests;
    expect(withSchema?.path).toBe("/v1/chat/completions");
    expect(withSchema?.body).toMatchObject({
      model: "gpt-4o-mini",
      response_format: { type: "json_object" },
    });
    expect(without?.body).not.toHaveProperty("response_format");
  });

  it("adds a JSON instruction when no message mentions JSON, as OpenAI requires", async () => {
    harness.emulator.script(reply.json({ ok: true }));
    await harness
      .engine()
      .chat({ prompt, messages: [{ role: "user", content: "ok?" }], schema: z.object({ ok: z.boolean() }) });
    expect(JSON.stringify(harness.emulator.requests[0]?.body)).toMatch(/JSON/);
  });

  it("asks text-embedding-3 models for exactly the column size", async () => {
    harness.emulator.script(reply.embedding(1536));
    const [vector] = await harness
      .engine({ OPENAI_EMBEDDING_MODEL: "text-embedding-3-large" })
      .embed(["poste"]);
    expect(harness.emulator.requests[0]?.body).toMatchObject({
      dimensions: EMBEDDING_DIMENSIONS,
      encoding_format: "float",
    });
    expect(vector).toHaveLength(EMBEDDING_DIMENSIONS);
  });

  it("refuses vectors longer than the column from models that cannot shorten them", async () => {
    harness.emulator.script(reply.embedding(1536));
    const error = await harness
      .engine({ OPENAI_EMBEDDING_MODEL: "bge-m3-large" })
      .embed(["poste"])
      .catch((e: unknown) => e);
    expect(harness.emulator.requests[0]?.body).not.toHaveProperty("dimensions");
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).code).toBe("model_invalid_output");
  });
});
