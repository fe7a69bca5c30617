// sources → summarize → guards (hallucination against the sources, discrimination…) → release | revise
// (back to summarize, bounded) | review (a person) | block.
import { type BaseCheckpointSaver, END, START, StateGraph } from "@langchain/langgraph";
import {
  blockNode,
  guardNode,
  releaseNode,
  reviewNode,
  routeAfterGuard,
  routeAfterReview,
} from "../shared/nodes.js";
import { summarizeNode } from "./nodes.js";
import { SummaryAnnotation } from "./state.js";

export function buildSummaryGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(SummaryAnnotation)
    .addNode("summarize", summarizeNode)
    .addNode("guard", guardNode)
    .addNode("release", releaseNode)
    .addNode("review", reviewNode)
    .addNode("block", blockNode)
    .addEdge(START, "summarize")
    .addEdge("summarize", "guard")
    .addConditionalEdges("guard", routeAfterGuard, {
      release: "release",
      revise: "summarize",
      review: "review",
      block: "block",
    })
    .addConditionalEdges("review", routeAfterReview, { release: "release", block: "block" })
    .addEdge("release", END)
    .addEdge("block", END)
    .compile({ checkpointer });
}
