import { OpenAIEmbeddings } from "@langchain/openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ModelEmulator, reply, startModelEmulator } from "./emulator.js";

describe("model emulator", () => {
  let emulator: ModelEmulator;
  beforeAll(async () => {
    emulator = await startModelEmulator((request) =>
      request.call === "chat" ? reply.text(`handled ${request.path}`) : undefined,
    );
  });
  afterAll(async () => {
    await emulator.close();
  });

  const post = (path: string, body: unknown) =>
    fetch(`${emulator.url}${path}`, { method: "POST", body: JSON.stringify(body) });
  const completion = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })) });
  const chunk = z.object({
    choices: z.array(z.object({ delta: z.object({ content: z.string().optional() }) })),
    usage: z.object({ completion_tokens: z.number() }).optional(),
  });

  it("answers from the queue first, then from the handler", async () => {
    emulator.script([reply.text("scripted")]);
    const first = completion.parse(await (await post("/v1/chat/completions", { messages: [] })).json());
    const second = completion.parse(await (await post("/v1/chat/completions", { messages: [] })).json());
    expect(first.choices[0]?.message.content).toBe("scripted");
    expect(second.choices[0]?.message.content).toBe("handled /v1/chat/completions");
    expect(emulator.pending()).toBe(0);
  });

  it("streams server-sent events when asked, usage in a last chunk without choices", async () => {
    // Not through ChatOpenAI: with streaming on it counts tokens with tiktoken, which downloads its ranks.
    emulator.script(reply.text("flux"));
    const response = await post("/v1/chat/completions", { stream: true, messages: [] });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const events = (await response.text()).split("\n\n").filter((e) => e.startsWith("data: "));
    expect(events.at(-1)).toBe("data: [DONE]");
    const chunks = events.slice(0, -1).map((e) => chunk.parse(JSON.parse(e.slice(6))));
    expect(chunks[0]?.choices[0]?.delta.content).toBe("flux");
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { completion_tokens: 1 } });
  });

  it("sends base64 vectors when the OpenAI SDK asks for its default encoding", async () => {
    emulator.script(reply.embedding(8));
    const embeddings = new OpenAIEmbeddings({
      apiKey: "test",
      maxRetries: 0,
      configuration: { baseURL: emulator.baseUrls.openai },
    });
    const [vector] = await embeddings.embedDocuments(["mot"]);
    expect(emulator.requests.at(-1)?.body).toMatchObject({ encoding_format: "base64" });
    expect(vector).toHaveLength(8);
    expect(Math.hypot(...(vector ?? []))).toBeCloseTo(3, 5);
  });

  it("speaks Ollama's legacy /api/embeddings and refuses unknown routes", async () => {
    const legacy = z
      .object({ embedding: z.array(z.number()) })
      .parse(await (await post("/api/embeddings", { model: "m", prompt: "mot" })).json());
    expect(legacy.embedding).toHaveLength(768);
    expect((await post("/v2/unknown", {})).status).toBe(404);
  });

  it("sets retry-after on scripted statuses", async () => {
    emulator.script(reply.rateLimited(7));
    const response = await post("/api/chat", { messages: [] });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.json()).toEqual({ error: "emulated HTTP 429" });
  });
});
