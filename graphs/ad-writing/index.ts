// brief → write → guards → release | revise (back to write, bounded) | review (a person) | block.
import { type BaseCheckpointSaver, END, START, StateGraph } from "@langchain/langgraph";
import {
  blockNode,
  guardNode,
  releaseNode,
  reviewNode,
  routeAfterGuard,
  routeAfterReview,
} from "../shared/nodes.js";
import { writeAdNode } from "./nodes.js";
import { AdWritingAnnotation } from "./state.js";

export function buildAdWritingGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(AdWritingAnnotation)
    .addNode("write_ad", writeAdNode)
    .addNode("guard", guardNode)
    .addNode("release", releaseNode)
    .addNode("review", reviewNode)
    .addNode("block", blockNode)
    .addEdge(START, "write_ad")
    .addEdge("write_ad", "guard")
    .addConditionalEdges("guard", routeAfterGuard, {
      release: "release",
      revise: "write_ad",
      review: "review",
      block: "block",
    })
    .addConditionalEdges("review", routeAfterReview, { release: "release", block: "block" })
    .addEdge("release", END)
    .addEdge("block", END)
    .compile({ checkpointer });
}
