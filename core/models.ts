// What every model provider offers the agents. The offline engine implements the same agent interfaces
// without a model (see agents/*/offline.ts); a real provider implements them through chat and embed.
import type { ZodType } from "zod";

export const PROVIDERS = ["offline", "mistral", "openai", "ollama"] as const;
export type ProviderId = (typeof PROVIDERS)[number];

export interface PromptRef {
  name: string;
  version: string;
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ModelCallRecord {
  provider: ProviderId;
  model: string;
  promptName: string;
  promptVersion: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  attempts: number;
  offline: boolean;
  /** Error code when the call failed (never the raw provider message, which may echo secrets). */
  error?: string;
}

/** Receives one record per model call (or offline computation standing in for one): the trace writes it. */
export type ModelCallSink = (record: ModelCallRecord) => void | Promise<void>;

export interface ChatRequest<T> {
  prompt: PromptRef;
  messages: ChatMessage[];
  /** When given, the answer is parsed and validated against it (structured output). */
  schema?: ZodType<T>;
  sink?: ModelCallSink;
}

export interface ChatAnswer<T> {
  text: string;
  /** Present when a schema was given and the answer matched it. */
  data?: T;
  record: ModelCallRecord;
}

export interface ModelEngine {
  provider: ProviderId;
  offline: boolean;
  chatModel: string;
  embeddingModel: string;
  /** Throws ModelError (unavailable, timeout, rate limited, invalid output) after bounded retries. */
  chat<T>(request: ChatRequest<T>): Promise<ChatAnswer<T>>;
  /** Vectors of EMBEDDING_DIMENSIONS numbers, L2-normalised. */
  embed(texts: string[], sink?: ModelCallSink): Promise<number[][]>;
}

/** Column size of the pgvector embeddings: shorter provider vectors are zero-padded (cosine unchanged). */
export const EMBEDDING_DIMENSIONS = 1024;
