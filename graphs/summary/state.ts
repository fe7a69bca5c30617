import { Annotation } from "@langchain/langgraph";
import type { Finding } from "../../core/contract.js";
import { GuardedAnnotation, type GuardedState } from "../shared/state.js";

export const SummaryAnnotation = Annotation.Root({
  ...GuardedAnnotation,
  sources: Annotation<string[]>,
  /** Every finding on every earlier draft: a rewrite must not bring any of them back. */
  feedback: Annotation<Finding[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
});

export interface SummaryState extends GuardedState {
  sources: string[];
  feedback: Finding[];
}
