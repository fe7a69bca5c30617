import { Annotation } from "@langchain/langgraph";
import type { DocumentInput } from "../../agents/document-checker/index.js";
import { GuardedAnnotation, type GuardedState } from "../shared/state.js";

export interface WithheldSpan {
  documentId: string;
  start: number;
  end: number;
}

export const DocumentCheckAnnotation = Annotation.Root({
  ...GuardedAnnotation,
  documents: Annotation<DocumentInput[]>,
  /** Extracted values the guards objected to: they stay out of every later pass. */
  withheld: Annotation<WithheldSpan[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
});

export interface DocumentCheckState extends GuardedState {
  documents: DocumentInput[];
  withheld: WithheldSpan[];
}
