// Builds the engine the settings ask for. Graphs receive it from outside; nodes never build clients.
// A real provider's client libraries (LangChain's provider packages and SDKs: seconds and tens of MB to
// load) are imported on its first call, not at start-up: the offline default never loads them, and a
// server with a model configured answers /health before it has called one.

import { ConfigurationError } from "../../core/errors.js";
import type { ChatAnswer, ChatRequest, ModelCallSink, ModelEngine } from "../../core/models.js";
import type { Settings } from "../../core/settings.js";
import type { ModelOverrides } from "./model-overrides.js";
import { createOfflineEngine } from "./offline.js";

export type { ModelOverrides } from "./model-overrides.js";

type Described = Pick<ModelEngine, "provider" | "chatModel" | "embeddingModel">;

/** The engine as described now, its client built by `load` on the first call (once, shared). */
function onFirstCall(described: Described, load: () => Promise<ModelEngine>): ModelEngine {
  let loading: Promise<ModelEngine> | undefined;
  const engine = () => {
    loading ??= load();
    return loading;
  };
  return {
    ...described,
    offline: false,
    async chat<T>(request: ChatRequest<T>): Promise<ChatAnswer<T>> {
      return (await engine()).chat(request);
    },
    async embed(texts: string[], sink?: ModelCallSink): Promise<number[][]> {
      return (await engine()).embed(texts, sink);
    },
  };
}

/** A real provider: its key checked now (when it needs one), its client built on the first call. */
function real(
  described: Described,
  key: { value: string | undefined; name: string } | null,
  load: () => Promise<ModelEngine>,
): ModelEngine {
  if (key && !key.value)
    throw new ConfigurationError(`${key.name} is required when MODEL_PROVIDER=${described.provider}`);
  return onFirstCall(described, load);
}

export function createModelEngine(settings: Settings, overrides: ModelOverrides = {}): ModelEngine {
  const s = settings;
  switch (s.MODEL_PROVIDER) {
    case "mistral":
      return real(
        { provider: "mistral", chatModel: s.MISTRAL_MODEL, embeddingModel: s.MISTRAL_EMBEDDING_MODEL },
        { value: s.MISTRAL_API_KEY, name: "MISTRAL_API_KEY" },
        async () => (await import("./mistral.js")).createMistralEngine(s, overrides),
      );
    case "openai":
      return real(
        { provider: "openai", chatModel: s.OPENAI_MODEL, embeddingModel: s.OPENAI_EMBEDDING_MODEL },
        { value: s.OPENAI_API_KEY, name: "OPENAI_API_KEY" },
        async () => (await import("./openai.js")).createOpenAIEngine(s, overrides),
      );
    case "ollama":
      return real(
        { provider: "ollama", chatModel: s.OLLAMA_MODEL, embeddingModel: s.OLLAMA_EMBEDDING_MODEL },
        null,
        async () => (await import("./ollama.js")).createOllamaEngine(s, overrides),
      );
    case "offline":
      return createOfflineEngine();
  }
}
