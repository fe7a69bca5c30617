// documents → check (classify, extract, verify) → guards on the extraction → release | revise (withhold
// what the guards objected to, bounded) | review (a person; always when a check failed or an expected
// field is missing) | block.
import { type BaseCheckpointSaver, END, START, StateGraph } from "@langchain/langgraph";
import { blockNode, guardNode, releaseNode, reviewNode, routeAfterReview } from "../shared/nodes.js";
import { checkDocumentsNode, routeAfterCheck } from "./nodes.js";
import { DocumentCheckAnnotation } from "./state.js";

export function buildDocumentCheckGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(DocumentCheckAnnotation)
    .addNode("check_documents", checkDocumentsNode)
    .addNode("guard", guardNode)
    .addNode("release", releaseNode)
    .addNode("review", reviewNode)
    .addNode("block", blockNode)
    .addEdge(START, "check_documents")
    .addEdge("check_documents", "guard")
    .addConditionalEdges("guard", routeAfterCheck, {
      release: "release",
      revise: "check_documents",
      review: "review",
      block: "block",
    })
    .addConditionalEdges("review", routeAfterReview, { release: "release", block: "block" })
    .addEdge("release", END)
    .addEdge("block", END)
    .compile({ checkpointer });
}
