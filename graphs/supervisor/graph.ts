// The guard supervisor: one compiled subgraph over the guarded state that every workflow mounts as the
// node after its worker(s). guards → release | revise (ends, and the workflow hands back to its worker) |
// review (a person; resumes on the decision) | block. Nothing reaches a caller without passing here.
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import { WorkflowContextAnnotation } from "./context.js";
import {
  blockNode,
  guardsNode,
  releaseNode,
  reviewNode,
  routeAfterGuards,
  routeAfterReview,
  type Settle,
} from "./nodes.js";
import { guardedChannels } from "./state.js";

/** The node name a workflow mounts the supervisor under; the graph-walking test looks for it. */
export const SUPERVISOR = "supervisor";

export function buildSupervisor<Output extends Record<string, unknown>>(settle?: Settle<Output>) {
  return new StateGraph(Annotation.Root(guardedChannels<Output>()), WorkflowContextAnnotation)
    .addNode("guards", guardsNode(settle))
    .addNode("review", reviewNode)
    .addNode("release", releaseNode)
    .addNode("block", blockNode)
    .addEdge(START, "guards")
    .addConditionalEdges("guards", routeAfterGuards, {
      release: "release",
      revise: END,
      review: "review",
      block: "block",
    })
    .addConditionalEdges("review", routeAfterReview, { release: "release", block: "block" })
    .addEdge("release", END)
    .addEdge("block", END)
    .compile();
}
