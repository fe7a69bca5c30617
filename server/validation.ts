// Request validation failures become 400s that name the field, in the same shape as every other error.
import type { Hook } from "@hono/zod-openapi";
import type { Env } from "hono";
import { errorBody } from "./errors.js";

interface IssueLike {
  path: PropertyKey[];
  message: string;
}

export function describeIssues(
  target: string,
  issues: readonly IssueLike[],
): { message: string; field: string } {
  const parts = issues.map((i) => `${[target, ...i.path.map(String)].join(".")}: ${i.message}`);
  return { message: parts.join("; "), field: [target, ...(issues[0]?.path.map(String) ?? [])].join(".") };
}

// biome-ignore lint/suspicious/noExplicitAny: the hook is generic over every route's schemas.
export const validationHook: Hook<any, Env, any, any> = (result, c) => {
  if (!result.success) {
    const { message, field } = describeIssues(
      result.target === "json" ? "body" : result.target,
      result.error.issues,
    );
    return c.json(errorBody("invalid_input", message, { field }), 400);
  }
};
