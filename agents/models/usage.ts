// Token counts for the trace. Providers report usage most of the time; when they do not (Ollama errors,
// some OpenAI-compatible servers) an estimate keeps cost dashboards roughly right rather than at zero.
import type { ChatMessage, ModelCallRecord, ModelCallSink } from "../../core/models.js";

/** About 1.3 tokens per word for French and English text with common BPE vocabularies. */
export function estimateTokens(text: string): number {
  const words = text.split(/\s+/).filter((word) => word.length > 0).length;
  return Math.ceil(words * 1.3);
}

export function estimateMessagesTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + estimateTokens(message.content), 0);
}

/** Prompt reference recorded for embedding calls, which have no prompt file. */
export const EMBEDDING_PROMPT = { name: "embedding", version: "-" } as const;

/** A sink that fails must not turn a good answer into an error, nor hide the call's own error. */
export async function deliver(record: ModelCallRecord, sink: ModelCallSink | undefined): Promise<void> {
  if (!sink) return;
  try {
    await sink(record);
  } catch {
    // The trace is best effort here; the tracer reports its own storage failures.
  }
}
