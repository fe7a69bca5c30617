// A node's runtime for unit tests: the context every node reads, with the optional parts left out.
import type { WorkflowContext } from "../supervisor/context.js";

type Required = Pick<WorkflowContext, "engine" | "tracer" | "clock" | "judgeMode" | "maxRevisions">;

export function testContext(required: Required, optional: Partial<WorkflowContext> = {}): WorkflowContext {
  return { promptVersions: undefined, db: undefined, rootStepId: undefined, ...required, ...optional };
}
