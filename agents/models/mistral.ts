// Mistral's hosted API (or MISTRAL_BASE_URL) through @langchain/mistralai and the Mistral SDK.
import { ChatMistralAI, MistralAIEmbeddings } from "@langchain/mistralai";
import { ConfigurationError } from "../../core/errors.js";
import type { ModelEngine } from "../../core/models.js";
import type { Settings } from "../../core/settings.js";
import { createLangChainEngine } from "./langchain-engine.js";
import { mistralHttpClient } from "./mistral-transport.js";
import type { ModelOverrides } from "./model-overrides.js";
import { retryPolicyFromSettings } from "./retry.js";

export function createMistralEngine(settings: Settings, overrides: ModelOverrides = {}): ModelEngine {
  const apiKey = settings.MISTRAL_API_KEY;
  if (!apiKey) throw new ConfigurationError("MISTRAL_API_KEY is required when MODEL_PROVIDER=mistral");
  const policy = retryPolicyFromSettings(settings, overrides.sleep);
  const server = settings.MISTRAL_BASE_URL ? { serverURL: settings.MISTRAL_BASE_URL } : {};
  // One transport for chat and embeddings: it carries the timeout and the fetch override.
  const httpClient = mistralHttpClient(policy, overrides.fetch);
  const chat = new ChatMistralAI({
    model: settings.MISTRAL_MODEL,
    apiKey,
    maxRetries: 0,
    temperature: 0,
    httpClient,
    ...server,
  });
  const embeddings = new MistralAIEmbeddings({
    model: settings.MISTRAL_EMBEDDING_MODEL,
    apiKey,
    maxRetries: 0,
    httpClient,
    ...server,
  });
  return createLangChainEngine({
    provider: "mistral",
    chatModel: settings.MISTRAL_MODEL,
    embeddingModel: settings.MISTRAL_EMBEDDING_MODEL,
    chat,
    embeddings,
    policy,
    // No signal: ChatMistralAI switches to streaming when given one and does not pass it to the SDK;
    // the race in withRetries and the transport's timeout bound the call instead.
    callOptions: ({ json }) => (json ? { response_format: { type: "json_object" as const } } : {}),
  });
}
