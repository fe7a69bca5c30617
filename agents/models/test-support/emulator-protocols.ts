// Response bodies in the shapes the real SDKs parse: OpenAI's (also spoken by Mistral's SDK, whose
// paths are /v1/chat/completions and /v1/embeddings with an `input` field) and Ollama's.
import { countWords, emulatedVector } from "./emulator-replies.js";

export const EMULATED_MODEL = "emulated-model";

export interface ChatContent {
  text: string;
  inputTokens: number;
  outputTokens: number;
  omitUsage: boolean;
}

function created(): number {
  return Math.floor(Date.now() / 1000);
}

export function openAIChat(content: ChatContent): object {
  return {
    id: "chatcmpl-emulated",
    object: "chat.completion",
    created: created(),
    model: EMULATED_MODEL,
    choices: [{ index: 0, message: { role: "assistant", content: content.text }, finish_reason: "stop" }],
    ...usageOf(content),
  };
}

function usageOf(content: ChatContent): object {
  if (content.omitUsage) return {};
  const { inputTokens: prompt_tokens, outputTokens: completion_tokens } = content;
  return { usage: { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens } };
}

/** Server-sent events of a streamed completion. */
export function openAIChatStream(content: ChatContent): string {
  const base = {
    id: "chatcmpl-emulated",
    object: "chat.completion.chunk",
    created: created(),
    model: EMULATED_MODEL,
  };
  const chunks = [
    {
      ...base,
      choices: [{ index: 0, delta: { role: "assistant", content: content.text }, finish_reason: null }],
    },
    { ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] },
    // As OpenAI does with stream_options.include_usage: usage alone, in a chunk without choices.
    ...(content.omitUsage ? [] : [{ ...base, choices: [], ...usageOf(content) }]),
  ];
  return `${chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join("")}data: [DONE]\n\n`;
}

export function openAIEmbeddings(inputs: string[], dimensions: number, base64: boolean): object {
  return {
    id: "embd-emulated",
    object: "list",
    model: EMULATED_MODEL,
    data: inputs.map((text, index) => {
      const vector = emulatedVector(text, dimensions);
      const embedding = base64 ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
      return { object: "embedding", index, embedding };
    }),
    usage: {
      prompt_tokens: inputs.reduce((n, t) => n + countWords(t), 0),
      completion_tokens: 0,
      total_tokens: 0,
    },
  };
}

export function openAIError(status: number, message: string): object {
  return {
    error: { message, type: status === 429 ? "rate_limit_exceeded" : "server_error", code: String(status) },
  };
}

/** Ollama's streamed chat: newline-delimited JSON, counts in the final `done` line. */
export function ollamaChat(content: ChatContent, stream: boolean): string {
  const head = { model: EMULATED_MODEL, created_at: new Date().toISOString() };
  const counts = content.omitUsage
    ? {}
    : { prompt_eval_count: content.inputTokens, eval_count: content.outputTokens };
  const done = {
    ...head,
    message: { role: "assistant", content: stream ? "" : content.text },
    done: true,
    done_reason: "stop",
    ...counts,
  };
  if (!stream) return JSON.stringify(done);
  const part = { ...head, message: { role: "assistant", content: content.text }, done: false };
  return `${JSON.stringify(part)}\n${JSON.stringify(done)}\n`;
}

export function ollamaEmbed(inputs: string[], dimensions: number): object {
  return { model: EMULATED_MODEL, embeddings: inputs.map((text) => emulatedVector(text, dimensions)) };
}

/** The legacy single-prompt endpoint (/api/embeddings). */
export function ollamaLegacyEmbedding(prompt: string, dimensions: number): object {
  return { embedding: emulatedVector(prompt, dimensions) };
}
