import { Annotation, type StateType } from "@langchain/langgraph";
import type { SummarySentence } from "../../agents/summarizer/index.js";
import type { Finding } from "../../core/contract.js";
import { guardedChannels } from "../supervisor/state.js";

/** What a released summary run hands over (besides the disclosure the supervisor adds). */
export type SummaryOutput = { text: string; sentences: SummarySentence[]; droppedProtected: number };

export const SummaryChannels = {
  ...guardedChannels<SummaryOutput>(),
  sources: Annotation<string[]>,
  /** Every finding on every earlier draft: a rewrite must not bring any of them back. */
  feedback: Annotation<Finding[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
};
export type SummaryState = StateType<typeof SummaryChannels>;
export type SummaryUpdate = Partial<SummaryState>;
