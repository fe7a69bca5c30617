import { Annotation, type StateType } from "@langchain/langgraph";
import type { DocumentInput } from "../../agents/document-checker/index.js";
import { guardedChannels } from "../supervisor/state.js";
import type { DocumentCheckOutput } from "./output.js";

export interface WithheldSpan {
  documentId: string;
  start: number;
  end: number;
}

export const DocumentCheckChannels = {
  ...guardedChannels<DocumentCheckOutput>(),
  documents: Annotation<DocumentInput[]>,
  /** Extracted values the guards objected to: they stay out of every later pass. */
  withheld: Annotation<WithheldSpan[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
};
export type DocumentCheckState = StateType<typeof DocumentCheckChannels>;
export type DocumentCheckUpdate = Partial<DocumentCheckState>;
