import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createOfflineEngine } from "../../agents/models/offline.js";
import type { ChatRequest, ModelEngine } from "../../core/models.js";
import { withPseudonymisation } from "./pseudonymising-engine.js";

function recordingEngine(answer: (sent: string) => string) {
  const sent: string[] = [];
  const engine: ModelEngine = {
    provider: "openai",
    offline: false,
    chatModel: "m",
    embeddingModel: "e",
    async chat<T>(request: ChatRequest<T>) {
      const all = request.messages.map((m) => m.content).join("\n");
      sent.push(all);
      const text = answer(all);
      return {
        text,
        ...(request.schema ? { data: request.schema.parse(JSON.parse(text)) } : {}),
        record: {
          provider: "openai" as const,
          model: "m",
          promptName: request.prompt.name,
          promptVersion: request.prompt.version,
          inputTokens: 1,
          outputTokens: 1,
          latencyMs: 1,
          attempts: 1,
          offline: false,
        },
      };
    },
    async embed(texts) {
      sent.push(...texts);
      return texts.map(() => [1]);
    },
  };
  return { engine, sent };
}

const CV = "Camille Martin\ncamille.martin@example.fr — 06 12 34 56 78\nDéveloppeuse TypeScript, 5 ans.";

describe("withPseudonymisation", () => {
  it("sends placeholders, not personal data, and restores them in the answer", async () => {
    const { engine, sent } = recordingEngine((s) => {
      const email = /\[EMAIL_\d+\]/.exec(s)?.[0] ?? "none";
      return JSON.stringify({ summary: `Contact : ${email}` });
    });
    const wrapped = withPseudonymisation(engine);
    const answer = await wrapped.chat({
      prompt: { name: "p", version: "v1" },
      messages: [
        { role: "system", content: "Résume le CV." },
        { role: "user", content: CV },
      ],
      schema: z.object({ summary: z.string() }),
    });
    expect(sent[0]).not.toContain("camille.martin@example.fr");
    expect(sent[0]).not.toContain("06 12 34 56 78");
    expect(answer.data?.summary).toBe("Contact : camille.martin@example.fr");
    expect(answer.text).toContain("camille.martin@example.fr");
  });

  it("pseudonymises texts sent for embedding", async () => {
    const { engine, sent } = recordingEngine(() => "{}");
    await withPseudonymisation(engine).embed([CV]);
    expect(sent[0]).not.toContain("camille.martin@example.fr");
  });

  it("leaves the offline engine as it is: nothing leaves the machine", () => {
    const offline = createOfflineEngine();
    expect(withPseudonymisation(offline)).toBe(offline);
  });
});
