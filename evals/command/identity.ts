// Which model a provider stands for under the current settings: part of every recording key, so that an
// answer recorded from one model is never replayed for another.
import type { ProviderId } from "../../core/models.js";
import type { Settings } from "../../core/settings.js";
import type { EngineIdentity } from "../runner/recording-engine.js";

export function identityFromSettings(settings: Settings, provider: ProviderId): EngineIdentity {
  switch (provider) {
    case "mistral":
      return { provider, model: settings.MISTRAL_MODEL, embeddingModel: settings.MISTRAL_EMBEDDING_MODEL };
    case "openai":
      return { provider, model: settings.OPENAI_MODEL, embeddingModel: settings.OPENAI_EMBEDDING_MODEL };
    case "ollama":
      return { provider, model: settings.OLLAMA_MODEL, embeddingModel: settings.OLLAMA_EMBEDDING_MODEL };
    case "offline":
      return { provider, model: "offline", embeddingModel: "offline" };
  }
}
