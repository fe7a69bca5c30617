// Renders the inline prompts of suite files: `{{ name }}` or `{{ a.b }}` placeholders, and a missing variable
// is an error naming it, never an empty string silently sent to a model.
import { InvalidInputError } from "../../core/errors.js";

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/gu;

function lookup(vars: Record<string, unknown>, path: string): unknown {
  let value: unknown = vars;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function renderTemplate(template: string, vars: Record<string, unknown>, where: string): string {
  return template.replace(PLACEHOLDER, (_match, path: string) => {
    const value = lookup(vars, path);
    if (value === undefined || value === null)
      throw new InvalidInputError(`${where}: variable "${path}" is not given`, { variable: path });
    return typeof value === "string"
      ? value
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);
  });
}
