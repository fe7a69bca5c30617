// Models wrap JSON in prose or in a fenced block even in JSON mode; we accept the block, never a guess.
import type { ZodType } from "zod";
import { ModelError } from "../../core/errors.js";

const FENCED = /```(?:json)?\s*\n?([\s\S]*?)```/i;

/** The JSON text of an answer: the whole answer, or the first fenced block when there is one. */
export function jsonTextOf(answer: string): string {
  const trimmed = answer.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return trimmed;
  const fenced = FENCED.exec(trimmed);
  return fenced?.[1] ? fenced[1].trim() : trimmed;
}

/** Parses and validates; failures are model_invalid_output with the failing paths, never the text. */
export function parseStructured<T>(answer: string, schema: ZodType<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(jsonTextOf(answer));
  } catch {
    throw new ModelError("model_invalid_output", "model answer is not valid JSON", { reason: "not_json" });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const paths = result.error.issues.map((issue) => issue.path.join(".") || "(root)");
    throw new ModelError("model_invalid_output", "model answer does not match the expected schema", {
      reason: "schema_mismatch",
      paths,
    });
  }
  return result.data;
}
