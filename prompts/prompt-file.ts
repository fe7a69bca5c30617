// The shape of prompts/<name>/v<N>.yaml. Versions are whole numbers; `version: 2` and `version: v2` both
// read as 2, and the file name must agree, so a copied file cannot silently shadow another version.
import { z } from "zod";

export const PROMPT_ROLES = ["system", "user"] as const;

const versionNumber = z.union([
  z.number().int().min(1),
  z
    .string()
    .regex(/^v?[1-9]\d*$/, "a version is a whole number, written 3 or v3")
    .transform((value) => Number(value.replace(/^v/, ""))),
]);

export const PromptFile = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case words joined by hyphens"),
  version: versionNumber,
  description: z.string().min(1),
  variables: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/, "snake_case")).default([]),
  messages: z.array(z.strictObject({ role: z.enum(PROMPT_ROLES), template: z.string().min(1) })).min(1),
});
export type PromptFile = z.infer<typeof PromptFile>;

/** Accepts 3, "3" or "v3" (as written in overrides and on command lines). */
export function parseVersion(value: number | string): number {
  const parsed = versionNumber.safeParse(value);
  if (!parsed.success) throw new Error(`invalid prompt version ${JSON.stringify(value)}`);
  return parsed.data;
}

export const FILE_NAME = /^v([1-9]\d*)\.ya?ml$/;
