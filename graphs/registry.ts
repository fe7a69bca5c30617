// Every workflow the API and the command line can run, each defined once in its own folder with
// defineWorkflow. The `satisfies` clause makes the compiler demand exactly one entry per workflow id.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { WorkflowId } from "../core/contract.js";
import { adWriting } from "./ad-writing/index.js";
import type { CompiledWorkflow, WorkflowDefinition } from "./define.js";
import { documentCheck } from "./document-check/index.js";
import { screening } from "./screening/index.js";
import { summary } from "./summary/index.js";

export const WORKFLOW_REGISTRY = {
  ad_writing: adWriting,
  screening,
  document_check: documentCheck,
  summary,
} satisfies Record<WorkflowId, WorkflowDefinition>;

export function workflowDefinition(id: WorkflowId): WorkflowDefinition {
  return WORKFLOW_REGISTRY[id];
}

const compiled = new WeakMap<BaseCheckpointSaver, Map<WorkflowId, CompiledWorkflow>>();

/** The workflow compiled against this checkpointer, once per saver: compiling is not free. */
export function compiledWorkflow(checkpointer: BaseCheckpointSaver, id: WorkflowId): CompiledWorkflow {
  let perSaver = compiled.get(checkpointer);
  if (!perSaver) {
    perSaver = new Map();
    compiled.set(checkpointer, perSaver);
  }
  let graph = perSaver.get(id);
  if (!graph) {
    graph = workflowDefinition(id).compile(checkpointer);
    perSaver.set(id, graph);
  }
  return graph;
}
