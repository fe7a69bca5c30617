// Every workflow the API, the command line and the pages can run, each defined once in its own folder
// with defineWorkflow. This is the one list of workflows: WORKFLOWS and WorkflowId (what requests,
// the OpenAPI document, the CLI and the run list accept) are derived from its entries, and the compiler
// refuses an entry whose key is not its definition's own id.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { z } from "zod";
import { adWriting } from "./ad-writing/index.js";
import type { CompiledWorkflow, WorkflowDefinition } from "./define.js";
import { documentCheck } from "./document-check/index.js";
import { screening } from "./screening/index.js";
import { summary } from "./summary/index.js";

/** Each key is its definition's own id (`ad_writing: screening` does not compile). */
type Registry<R> = { [K in keyof R]: WorkflowDefinition<K & string> };
const registry = <R extends Registry<R>>(entries: R): R => entries;

export const WORKFLOW_REGISTRY = registry({
  ad_writing: adWriting,
  screening,
  document_check: documentCheck,
  summary,
});

export type WorkflowId = keyof typeof WORKFLOW_REGISTRY;
function idsOf(definitions: ReadonlyArray<{ id: WorkflowId }>): readonly [WorkflowId, ...WorkflowId[]] {
  const [first, ...rest] = definitions.map((d) => d.id);
  if (first === undefined) throw new Error("the workflow registry is empty");
  return [first, ...rest];
}

/** Every workflow id, in registry order. */
export const WORKFLOWS = idsOf(Object.values(WORKFLOW_REGISTRY));
export const WorkflowId = z.enum(WORKFLOWS);

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
