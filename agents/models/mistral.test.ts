import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ModelError } from "../../core/errors.js";
import { reply } from "./test-support/emulator.js";
import { describeProviderContract, SECRET_KEY, useHarness } from "./test-support/provider-contract.js";

const options = {
  provider: "mistral" as const,
  env: (emulator: { baseUrls: { mistral: string } }) => ({
    MISTRAL_API_KEY: SECRET_KEY,
    MISTRAL_BASE_URL: emulator.baseUrls.mistral,
  }),
  honoursRetryAfter: true,
  usageMayBeAbsent: false,
  sendsApiKey: true,
};
const harness = useHarness(options);
describeProviderContract(options, harness);

describe("mistral protocol details", () => {
  const prompt = { name: "p", version: "1" };

  it("sends Mistral's JSON mode to /v1/chat/completions without streaming", async () => {
    harness.emulator.script(reply.json({ ok: true }));
    await harness
      .engine()
      .chat({ prompt, messages: [{ role: "user", content: "JSON" }], schema: z.object({ ok: z.boolean() }) });
    const [request] = harness.emulator.requests;
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.body).toMatchObject({
      model: "mistral-small-latest",
      response_format: { type: "json_object" },
    });
    expect(request?.body).not.toMatchObject({ stream: true });
  });

  it("sends embeddings as `input` to /v1/embeddings and refuses oversized vectors", async () => {
    harness.emulator.script(reply.embedding(1024), reply.embedding(2048));
    const engine = harness.engine();
    await engine.embed(["poste"]);
    expect(harness.emulator.requests[0]).toMatchObject({
      path: "/v1/embeddings",
      body: { model: "mistral-embed", input: ["poste"] },
    });
    const error = await engine.embed(["poste"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).code).toBe("model_invalid_output");
  });
});
