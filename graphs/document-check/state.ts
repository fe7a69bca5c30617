import { Annotation, type StateType } from "@langchain/langgraph";
import type { DocumentCheckReport, DocumentInput } from "../../agents/document-checker/index.js";
import { guardedChannels } from "../supervisor/state.js";

export interface WithheldSpan {
  documentId: string;
  start: number;
  end: number;
}

/** What a released document check hands over (besides the disclosure the supervisor adds). */
// A mapped copy of the report's interface: an object type the guarded state can hold as a plain record.
export type DocumentCheckOutput = Pick<DocumentCheckReport, keyof DocumentCheckReport> & {
  summary: { documents: number; errors: number; warnings: number };
};

export const DocumentCheckChannels = {
  ...guardedChannels<DocumentCheckOutput>(),
  documents: Annotation<DocumentInput[]>,
  /** Extracted values the guards objected to: they stay out of every later pass. */
  withheld: Annotation<WithheldSpan[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
};
export type DocumentCheckState = StateType<typeof DocumentCheckChannels>;
export type DocumentCheckUpdate = Partial<DocumentCheckState>;
