import { Annotation, type StateType } from "@langchain/langgraph";
import type { Finding } from "../../core/contract.js";
import { guardedChannels } from "../supervisor/state.js";

/** What a released ad-writing run hands over (besides the disclosure the supervisor adds). */
export type AdOutput = { title: string; text: string };

export const AdWritingChannels = {
  ...guardedChannels<AdOutput>(),
  brief: Annotation<string>,
  /** Every finding on every earlier draft: a rewrite must not bring any of them back. */
  feedback: Annotation<Finding[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
};
export type AdWritingState = StateType<typeof AdWritingChannels>;
export type AdWritingUpdate = Partial<AdWritingState>;
