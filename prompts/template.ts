// Templates are LangChain f-strings: {name} is a variable, {{ and }} are literal braces (so JSON shapes
// can be shown to the model). Rendering goes through LangChain's parser, never a string replace, and
// fails on a missing variable instead of sending "{text}" to a model.
import { parseTemplate, renderTemplate } from "@langchain/core/prompts";

export type TemplateValue = string | number | boolean;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

/** Variable names used by a template, in order of first use; throws on unbalanced braces. */
export function templateVariables(template: string): string[] {
  const names = parseTemplate(template, "f-string").flatMap((node) =>
    node.type === "variable" ? [node.name] : [],
  );
  return [...new Set(names)];
}

export class MissingPromptVariableError extends Error {
  override readonly name = "MissingPromptVariableError";
  constructor(
    readonly prompt: string,
    readonly missing: string[],
  ) {
    super(`prompt ${prompt}: no value for ${missing.map((name) => `{${name}}`).join(", ")}`);
  }
}

/**
 * Renders one template. Every variable must have a value; values not used are ignored, so one set of
 * values can render several versions of a prompt (evals compare them).
 */
export function renderStrict(prompt: string, template: string, values: TemplateValues): string {
  const missing = templateVariables(template).filter((name) => !Object.hasOwn(values, name));
  if (missing.length > 0) throw new MissingPromptVariableError(prompt, missing);
  const strings = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
  return renderTemplate(template, "f-string", strings);
}
