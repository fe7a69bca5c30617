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

function requireKey(key: string | undefined, name: string, provider: string): void {
  if (!key) throw new ConfigurationError(`${name} is required when MODEL_PROVIDER=${provider}`);
}

export function createModelEngine(settings: Settings, overrides: ModelOverrides = {}): ModelEngine {
  switch (settings.MODEL_PROVIDER) {
    case "mistral":
      requireKey(settings.MISTRAL_API_KEY, "MISTRAL_API_KEY", "mistral");
      return onFirstCall(
        {
          provider: "mistral",
          chatModel: settings.MISTRAL_MODEL,
          embeddingModel: settings.MISTRAL_EMBEDDING_MODEL,
        },
        async () => (await import("./mistral.js")).createMistralEngine(settings, overrides),
      );
    case "openai":
      requireKey(settings.OPENAI_API_KEY, "OPENAI_API_KEY", "openai");
      return onFirstCall(
        {
          provider: "openai",
          chatModel: settings.OPENAI_MODEL,
          embeddingModel: settings.OPENAI_EMBEDDING_MODEL,
        },
        async () => (await import("./openai.js")).createOpenAIEngine(settings, overrides),
      );
    case "ollama":
      return onFirstCall(
        {
          provider: "ollama",
          chatModel: settings.OLLAMA_MODEL,
          embeddingModel: settings.OLLAMA_EMBEDDING_MODEL,
        },
        async () => (await import("./ollama.js")).createOllamaEngine(settings, overrides),
      );
    case "offline":
      return createOfflineEngine();
  }
}
