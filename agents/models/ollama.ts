// A local or remote Ollama server (OLLAMA_BASE_URL).
import { ChatOllama, OllamaEmbeddings } from "@langchain/ollama";
import type { ModelEngine } from "../../core/models.js";
import type { Settings } from "../../core/settings.js";
import { createLangChainEngine } from "./langchain-engine.js";
import type { ModelOverrides } from "./model-overrides.js";
import { fetchWithTimeout, retryPolicyFromSettings } from "./retry.js";

export function createOllamaEngine(settings: Settings, overrides: ModelOverrides = {}): ModelEngine {
  const policy = retryPolicyFromSettings(settings, overrides.sleep);
  const transport = { baseUrl: settings.OLLAMA_BASE_URL, fetch: fetchWithTimeout(policy, overrides.fetch) };
  const chat = new ChatOllama({ model: settings.OLLAMA_MODEL, maxRetries: 0, temperature: 0, ...transport });
  const embeddings = new OllamaEmbeddings({
    model: settings.OLLAMA_EMBEDDING_MODEL,
    maxRetries: 0,
    ...transport,
  });
  return createLangChainEngine({
    provider: "ollama",
    chatModel: settings.OLLAMA_MODEL,
    embeddingModel: settings.OLLAMA_EMBEDDING_MODEL,
    chat,
    embeddings,
    policy,
    callOptions: ({ json, signal }) => (json ? { signal, format: "json" } : { signal }),
  });
}
