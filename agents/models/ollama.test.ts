import { describe, expect, it } from "vitest";
import { z } from "zod";
import { reply } from "./test-support/emulator.js";
import { describeProviderContract, useHarness } from "./test-support/provider-contract.js";

const options = {
  provider: "ollama" as const,
  env: (emulator: { baseUrls: { ollama: string } }) => ({ OLLAMA_BASE_URL: emulator.baseUrls.ollama }),
  // ollama-js keeps only the status of an error response, not its headers.
  honoursRetryAfter: false,
  usageMayBeAbsent: true,
  sendsApiKey: false,
};
const harness = useHarness(options);
describeProviderContract(options, harness);

describe("ollama protocol details", () => {
  const prompt = { name: "p", version: "1" };

  it("streams /api/chat with format json when a schema is given", async () => {
    harness.emulator.script(reply.json({ ok: true }, {}));
    const answer = await harness
      .engine()
      .chat({ prompt, messages: [{ role: "user", content: "JSON" }], schema: z.object({ ok: z.boolean() }) });
    expect(answer.data).toEqual({ ok: true });
    expect(harness.emulator.requests[0]).toMatchObject({
      path: "/api/chat",
      body: { model: "llama3.1", format: "json", stream: true },
    });
  });

  it("embeds through /api/embed", async () => {
    harness.emulator.script(reply.embedding(768));
    await harness.engine().embed(["poste", "salaire"]);
    expect(harness.emulator.requests[0]).toMatchObject({
      path: "/api/embed",
      body: { model: "nomic-embed-text", input: ["poste", "salaire"] },
    });
  });
});
