// Builds the engine the settings ask for. Graphs receive it from outside; nodes never build clients.

import type { ModelEngine } from "../../core/models.js";
import type { Settings } from "../../core/settings.js";
import { createMistralEngine } from "./mistral.js";
import type { ModelOverrides } from "./model-overrides.js";
import { createOfflineEngine } from "./offline.js";
import { createOllamaEngine } from "./ollama.js";
import { createOpenAIEngine } from "./openai.js";

export type { ModelOverrides } from "./model-overrides.js";

export function createModelEngine(settings: Settings, overrides: ModelOverrides = {}): ModelEngine {
  switch (settings.MODEL_PROVIDER) {
    case "mistral":
      return createMistralEngine(settings, overrides);
    case "openai":
      return createOpenAIEngine(settings, overrides);
    case "ollama":
      return createOllamaEngine(settings, overrides);
    case "offline":
      return createOfflineEngine();
  }
}
