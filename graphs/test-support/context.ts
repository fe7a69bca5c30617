// A node's runtime for unit tests: the context every node reads, with the optional parts left out.

import type { Jurisdiction } from "../../core/contract.js";
import type { WorkflowContext } from "../supervisor/context.js";

type Required = Pick<WorkflowContext, "engine" | "tracer" | "clock" | "judgeMode" | "maxRevisions">;

export function testContext(required: Required, optional: Partial<WorkflowContext> = {}): WorkflowContext {
  return {
    promptVersions: undefined,
    db: undefined,
    rootStepId: undefined,
    cpu: undefined,
    ...required,
    ...optional,
  };
}

/** The guarded channels as a run starts, for calling a node directly. */
export function freshGuarded(jurisdiction: Jurisdiction = "FR") {
  return {
    jurisdiction,
    draft: null,
    revision: 0,
    verdict: null,
    findings: [],
    reviewReasons: [],
    outcome: null,
    released: null,
    decision: null,
  };
}
