import { Annotation, type StateType } from "@langchain/langgraph";
import type { Finding } from "../../core/contract.js";
import { guardedChannels } from "../supervisor/state.js";
import type { SummaryOutput } from "./output.js";

export const SummaryChannels = {
  ...guardedChannels<SummaryOutput>(),
  sources: Annotation<string[]>,
  /** Every finding on every earlier draft: a rewrite must not bring any of them back. */
  feedback: Annotation<Finding[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
};
export type SummaryState = StateType<typeof SummaryChannels>;
export type SummaryUpdate = Partial<SummaryState>;
