// The answer (structured data, or the text parsed as JSON) must match a JSON schema.
import { type ZodType, z } from "zod";
import type { AssertionHandler, AssertionOutcome } from "./types.js";

const compiled = new WeakMap<object, ZodType>();

function parsedOutput(text: string, data: unknown): { value: unknown } | { error: string } {
  if (data !== undefined) return { value: data };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: "output is not JSON" };
  }
}

export const jsonSchema: AssertionHandler<"json-schema"> = (a, { output }): AssertionOutcome => {
  let schema = compiled.get(a.schema);
  if (!schema) {
    schema = z.fromJSONSchema(a.schema);
    compiled.set(a.schema, schema);
  }
  const parsed = parsedOutput(output.text, output.data);
  if ("error" in parsed) return { type: "json-schema", status: "fail", message: parsed.error };
  const result = schema.safeParse(parsed.value);
  if (result.success) return { type: "json-schema", status: "pass", message: "matches the schema" };
  const issues = result.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return { type: "json-schema", status: "fail", message: issues.join("; ") };
};
