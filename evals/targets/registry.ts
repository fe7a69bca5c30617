// One runner per target kind; registry.test.ts checks that every kind a suite may name has one.
import type { WorkflowId } from "../../graphs/registry.js";
import type { EvalCase } from "../runner/suite-schema.js";
import type { TargetRunner } from "./context.js";
import { runGuardTarget } from "./guard.js";
import { runPromptTarget } from "./prompt.js";
import { runWorkflowTarget } from "./workflow.js";

type WorkflowTarget = `workflow:${WorkflowId}`;

export const TARGETS: {
  prompt: TargetRunner<Extract<EvalCase, { target: "prompt" }>>;
  guard: TargetRunner<Extract<EvalCase, { target: "guard" }>>;
  workflow: TargetRunner<Extract<EvalCase, { target: WorkflowTarget }>>;
} = { prompt: runPromptTarget, guard: runGuardTarget, workflow: runWorkflowTarget };

export const runTarget: TargetRunner<EvalCase> = (c, context) => {
  switch (c.target) {
    case "prompt":
      return TARGETS.prompt(c, context);
    case "guard":
      return TARGETS.guard(c, context);
    default:
      return TARGETS.workflow(c, context);
  }
};
