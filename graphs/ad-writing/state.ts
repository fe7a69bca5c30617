import { Annotation } from "@langchain/langgraph";
import type { Finding } from "../../core/contract.js";
import { GuardedAnnotation, type GuardedState } from "../shared/state.js";

export const AdWritingAnnotation = Annotation.Root({
  ...GuardedAnnotation,
  brief: Annotation<string>,
  /** Every finding on every earlier draft: a rewrite must not bring any of them back. */
  feedback: Annotation<Finding[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
});

export interface AdWritingState extends GuardedState {
  brief: string;
  feedback: Finding[];
}
