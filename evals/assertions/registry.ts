// One handler per assertion type; the mapped type makes a missing entry a compile error and
// registry.test.ts checks the same at run time against the schema.
import { jsonSchema } from "./json-schema.js";
import { judgeRubric } from "./judge-rubric.js";
import { invariance, threshold } from "./numeric.js";
import type { Assertion } from "./schema.js";
import { similarity } from "./similarity.js";
import { contains, notContains, regex } from "./text.js";
import type { AssertionContext, AssertionHandler, AssertionOutcome, AssertionRegistry } from "./types.js";
import { criteria, verdict } from "./verdict.js";

export const ASSERTIONS: AssertionRegistry = {
  verdict,
  criteria,
  contains,
  "not-contains": notContains,
  regex,
  "json-schema": jsonSchema,
  threshold,
  similarity,
  invariance,
  "judge-rubric": judgeRubric,
};

/** Runs one assertion; a handler that throws yields an `error` outcome, never a pass. */
export async function evaluateAssertion(
  assertion: Assertion,
  context: AssertionContext,
): Promise<AssertionOutcome> {
  const handler = ASSERTIONS[assertion.type] as AssertionHandler<typeof assertion.type>;
  try {
    return await handler(assertion as never, context);
  } catch (error) {
    return {
      type: assertion.type,
      status: "error",
      message: `assertion failed to run: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
