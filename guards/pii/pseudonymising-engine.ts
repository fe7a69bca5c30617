// Wraps a real model engine so that personal data never leaves for an outside model: every message is
// pseudonymised with one mapping per call (the same person is the same placeholder in every message), and
// the answer — text and structured data — is restored before anyone reads it. The offline engine sends
// nothing anywhere and is returned unwrapped.
import type { ChatAnswer, ChatRequest, ModelEngine } from "../../core/models.js";
import { type PseudonymMapping, pseudonymise, restore } from "./pseudonymise.js";

// A separator no detector pattern can span, so one pass over all messages gives one consistent mapping.
const SEPARATOR = "\n\u241E\n";

function restoreDeep(value: unknown, mapping: PseudonymMapping): unknown {
  if (typeof value === "string") return restore(value, mapping);
  if (Array.isArray(value)) return value.map((v) => restoreDeep(v, mapping));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreDeep(v, mapping)]));
  return value;
}

export function withPseudonymisation(engine: ModelEngine): ModelEngine {
  if (engine.offline) return engine;
  return {
    ...engine,
    async chat<T>(request: ChatRequest<T>): Promise<ChatAnswer<T>> {
      const joined = request.messages.map((m) => m.content).join(SEPARATOR);
      const { text, mapping } = pseudonymise(joined);
      const contents = text.split(SEPARATOR);
      const messages = request.messages.map((m, i) => ({ ...m, content: contents[i] ?? m.content }));
      const answer = await engine.chat({ ...request, messages });
      const restored: ChatAnswer<T> = { ...answer, text: restore(answer.text, mapping) };
      if (answer.data !== undefined) restored.data = restoreDeep(answer.data, mapping) as T;
      return restored;
    },
    embed(texts, sink) {
      return engine.embed(
        texts.map((t) => pseudonymise(t).text),
        sink,
      );
    },
  };
}
