// Runs a whole workflow through the runner the command wires in; without one the case reports the target
// as unavailable instead of crashing the suite.
import type { WorkflowId } from "../../graphs/registry.js";
import type { WorkflowCase } from "../runner/suite-schema.js";
import type { TargetRunner } from "./context.js";
import { TargetUnavailableError } from "./types.js";

export const runWorkflowTarget: TargetRunner<WorkflowCase> = async (c, context) => {
  const workflow = c.target.slice("workflow:".length) as WorkflowId;
  const { loadWorkflowRunner, isWorkflowAvailable } = context.services;
  if (!loadWorkflowRunner) throw new TargetUnavailableError(c.target, "no workflow runner is wired");
  if (isWorkflowAvailable && !(await isWorkflowAvailable(workflow)))
    throw new TargetUnavailableError(c.target, "this workflow's graph is not built yet");
  const run = await loadWorkflowRunner();
  const result = await run(workflow, c.input, c.jurisdiction, {
    engine: context.engine,
    promptVersions: context.promptVersions,
  });
  const text =
    result.text ??
    (typeof result.output === "string" ? result.output : JSON.stringify(result.output ?? null));
  return {
    text,
    verdict: result.verdict,
    status: result.status,
    findings: result.findings,
    data: result.output,
  };
};
