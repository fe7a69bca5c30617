// The engine used without a provider: no chat (agents have deterministic offline implementations and check
// `engine.offline`), hashed embeddings, and a record per embedding so traces look the same as online.
import { ModelError } from "../../core/errors.js";
import type { ChatAnswer, ModelCallSink, ModelEngine } from "../../core/models.js";
import { hashedEmbedding } from "./hashed-embedding.js";
import { deliver, EMBEDDING_PROMPT, estimateTokens } from "./usage.js";

export const OFFLINE_CHAT_MODEL = "offline-rules-v1";
export const OFFLINE_EMBEDDING_MODEL = "offline-hash-v1";

export function createOfflineEngine(): ModelEngine {
  return {
    provider: "offline",
    offline: true,
    chatModel: OFFLINE_CHAT_MODEL,
    embeddingModel: OFFLINE_EMBEDDING_MODEL,
    async chat<T>(): Promise<ChatAnswer<T>> {
      throw new ModelError(
        "model_unavailable",
        "the offline engine has no chat model: agents use their offline implementation",
      );
    },
    async embed(texts: string[], sink?: ModelCallSink): Promise<number[][]> {
      const started = performance.now();
      const vectors = texts.map((text) => hashedEmbedding(text));
      await deliver(
        {
          provider: "offline",
          model: OFFLINE_EMBEDDING_MODEL,
          promptName: EMBEDDING_PROMPT.name,
          promptVersion: EMBEDDING_PROMPT.version,
          inputTokens: texts.reduce((sum, text) => sum + estimateTokens(text), 0),
          outputTokens: 0,
          latencyMs: Math.round(performance.now() - started),
          attempts: 1,
          offline: true,
        },
        sink,
      );
      return vectors;
    },
  };
}
