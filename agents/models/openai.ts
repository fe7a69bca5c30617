// OpenAI and any OpenAI-compatible endpoint (Azure, vLLM, LiteLLM…) through OPENAI_BASE_URL.
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { ConfigurationError } from "../../core/errors.js";
import { EMBEDDING_DIMENSIONS, type ModelEngine } from "../../core/models.js";
import type { Settings } from "../../core/settings.js";
import { createLangChainEngine } from "./langchain-engine.js";
import type { ModelOverrides } from "./model-overrides.js";
import { fetchWithTimeout, retryPolicyFromSettings } from "./retry.js";

/** Only the text-embedding-3 family can shorten its vectors on request. */
export function acceptsDimensions(model: string): boolean {
  return model.startsWith("text-embedding-3");
}

export function createOpenAIEngine(settings: Settings, overrides: ModelOverrides = {}): ModelEngine {
  const apiKey = settings.OPENAI_API_KEY;
  if (!apiKey) throw new ConfigurationError("OPENAI_API_KEY is required when MODEL_PROVIDER=openai");
  const policy = retryPolicyFromSettings(settings, overrides.sleep);
  const configuration = {
    fetch: fetchWithTimeout(policy, overrides.fetch),
    ...(settings.OPENAI_BASE_URL ? { baseURL: settings.OPENAI_BASE_URL } : {}),
  };
  const chat = new ChatOpenAI({
    model: settings.OPENAI_MODEL,
    apiKey,
    maxRetries: 0,
    timeout: policy.timeoutMs,
    temperature: 0,
    configuration,
  });
  const embeddings = new OpenAIEmbeddings({
    model: settings.OPENAI_EMBEDDING_MODEL,
    apiKey,
    maxRetries: 0,
    timeout: policy.timeoutMs,
    // Explicit floats: the SDK's default (base64) is not spoken by every compatible server.
    encodingFormat: "float",
    ...(acceptsDimensions(settings.OPENAI_EMBEDDING_MODEL) ? { dimensions: EMBEDDING_DIMENSIONS } : {}),
    configuration,
  });
  return createLangChainEngine({
    provider: "openai",
    chatModel: settings.OPENAI_MODEL,
    embeddingModel: settings.OPENAI_EMBEDDING_MODEL,
    chat,
    embeddings,
    policy,
    callOptions: ({ json, signal }) =>
      json ? { signal, response_format: { type: "json_object" as const } } : { signal },
  });
}
