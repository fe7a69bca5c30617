// The PromptLibrary the command uses by default: the product's prompt registry (prompts/<name>/v<N>.yaml),
// loaded on the first prompt case that is not carried by its suite.
import type { PromptLibrary } from "./types.js";

type TemplateValue = string | number | boolean;

/** Registry templates take scalars; a structured variable is given to them as JSON. */
function scalars(vars: Record<string, unknown>): Record<string, TemplateValue> {
  return Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [
      k,
      typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : JSON.stringify(v),
    ]),
  );
}

export async function loadRegistryPrompts(): Promise<PromptLibrary> {
  const { getPrompt, renderPrompt } = await import("../../prompts/registry.js");
  return {
    async render(name, version, vars) {
      const prompt = getPrompt(name, version);
      return { ref: prompt.ref, messages: renderPrompt(prompt, scalars(vars)) };
    },
  };
}
