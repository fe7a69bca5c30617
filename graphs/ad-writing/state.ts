import { Annotation, type StateType } from "@langchain/langgraph";
import type { Finding } from "../../core/contract.js";
import { guardedChannels } from "../supervisor/state.js";
import type { AdOutput } from "./output.js";

export const AdWritingChannels = {
  ...guardedChannels<AdOutput>(),
  brief: Annotation<string>,
  /** Every finding on every earlier draft: a rewrite must not bring any of them back. */
  feedback: Annotation<Finding[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
  /** What the brief itself asks for that the law forbids (spans in the brief), read once before writing. */
  briefFindings: Annotation<Finding[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** What the last draft did with each of them, as its writer says ("rewritten" is the writer's to know). */
  briefActions: Annotation<Array<"removed" | "rewritten">>({ reducer: (_a, b) => b, default: () => [] }),
};
export type AdWritingState = StateType<typeof AdWritingChannels>;
export type AdWritingUpdate = Partial<AdWritingState>;
