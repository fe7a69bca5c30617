// job + CVs → screen (strip injections, redact, embed, score, rank) → rationales → guards → gate →
// release | rewrite rationales (bounded) | review (a person; always when anyone would be rejected) | block.
import { type BaseCheckpointSaver, END, START, StateGraph } from "@langchain/langgraph";
import { blockNode, guardNode, releaseNode, reviewNode, routeAfterReview } from "../shared/nodes.js";
import { gateNode, routeAfterGate, screenNode, writeRationalesNode } from "./nodes.js";
import { ScreeningAnnotation } from "./state.js";

export function buildScreeningGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(ScreeningAnnotation)
    .addNode("screen", screenNode)
    .addNode("write_rationales", writeRationalesNode)
    .addNode("guard", guardNode)
    .addNode("gate", gateNode)
    .addNode("release", releaseNode)
    .addNode("review", reviewNode)
    .addNode("block", blockNode)
    .addEdge(START, "screen")
    .addEdge("screen", "write_rationales")
    .addEdge("write_rationales", "guard")
    .addEdge("guard", "gate")
    .addConditionalEdges("gate", routeAfterGate, {
      release: "release",
      write_rationales: "write_rationales",
      review: "review",
      block: "block",
    })
    .addConditionalEdges("review", routeAfterReview, { release: "release", block: "block" })
    .addEdge("release", END)
    .addEdge("block", END)
    .compile({ checkpointer });
}
