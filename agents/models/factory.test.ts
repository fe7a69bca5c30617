import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../core/errors.js";
import { loadSettings, type Settings } from "../../core/settings.js";
import { createModelEngine } from "./factory.js";

describe("createModelEngine", () => {
  it("builds the engine the settings name, with the configured models", () => {
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ MODEL_PROVIDER: "offline" }, "offline", "offline-rules-v1"],
      [{ MODEL_PROVIDER: "mistral", MISTRAL_API_KEY: "k" }, "mistral", "mistral-small-latest"],
      [{ MODEL_PROVIDER: "openai", OPENAI_API_KEY: "k", OPENAI_MODEL: "gpt-x" }, "openai", "gpt-x"],
      [{ MODEL_PROVIDER: "ollama" }, "ollama", "llama3.1"],
    ];
    for (const [env, provider, chatModel] of cases) {
      const engine = createModelEngine(loadSettings(env));
      expect(engine).toMatchObject({ provider, chatModel, offline: provider === "offline" });
    }
  });

  it("refuses a real provider without its key, naming the variable only", () => {
    const settings: Settings = { ...loadSettings({ MODEL_PROVIDER: "offline" }), MODEL_PROVIDER: "openai" };
    expect(() => createModelEngine(settings)).toThrow(ConfigurationError);
    expect(() => createModelEngine(settings)).toThrow(/OPENAI_API_KEY/);
  });
});
