// What the model emulator can be told to answer, and builders that read well in tests.
import { hashedEmbedding } from "../hashed-embedding.js";

export type ScriptedReply =
  /** A chat answer. Usage is reported unless omitUsage (to exercise the token estimate). */
  | { kind: "text"; text: string; inputTokens?: number; outputTokens?: number; omitUsage?: boolean }
  /** A chat answer whose text is the JSON of `value`. */
  | { kind: "json"; value: unknown; omitUsage?: boolean }
  /** One vector per input text, `dimensions` long, deterministic and deliberately not unit length. */
  | { kind: "embedding"; dimensions: number }
  /** An error status in the provider's error shape; echoRequest puts the request's Authorization header
   * and body into the error text, as careless providers do, to check nothing of it leaks. */
  | { kind: "status"; status: number; retryAfterSeconds?: number; echoRequest?: boolean }
  /** Waits `ms` before answering `then` (or not at all if the client gives up first). */
  | { kind: "delay"; ms: number; then: ScriptedReply }
  /** 200 with a JSON content type and a body that is not JSON. */
  | { kind: "malformed" };

export const reply = {
  text: (text: string, options: { inputTokens?: number; outputTokens?: number; omitUsage?: boolean } = {}) =>
    ({ kind: "text", text, ...options }) satisfies ScriptedReply,
  json: (value: unknown, options: { omitUsage?: boolean } = {}) =>
    ({ kind: "json", value, ...options }) satisfies ScriptedReply,
  embedding: (dimensions = 768) => ({ kind: "embedding", dimensions }) satisfies ScriptedReply,
  status: (status: number, options: { retryAfterSeconds?: number; echoRequest?: boolean } = {}) =>
    ({ kind: "status", status, ...options }) satisfies ScriptedReply,
  rateLimited: (retryAfterSeconds = 1) =>
    ({ kind: "status", status: 429, retryAfterSeconds }) satisfies ScriptedReply,
  serverError: (status = 500) => ({ kind: "status", status }) satisfies ScriptedReply,
  delay: (ms: number, then: ScriptedReply = { kind: "text", text: "late" }) =>
    ({ kind: "delay", ms, then }) satisfies ScriptedReply,
  malformed: () => ({ kind: "malformed" }) satisfies ScriptedReply,
};

export function emulatedVector(text: string, dimensions: number): number[] {
  return hashedEmbedding(text, dimensions).map((x) => x * 3);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}
