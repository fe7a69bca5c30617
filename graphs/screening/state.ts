import { Annotation, type StateType } from "@langchain/langgraph";
import type { JobProfile, PreparedCv, ScoredCv } from "../../agents/screener/index.js";
import type { Finding } from "../../core/contract.js";
import { guardedChannels } from "../supervisor/state.js";
import type { ScreeningCvInput } from "./input.js";
import type { ScreeningOutput } from "./output.js";

const replace = <T>(initial: () => T) => Annotation<T>({ reducer: (_a, b) => b, default: initial });

export const ScreeningChannels = {
  ...guardedChannels<ScreeningOutput>(),
  job: Annotation<string>,
  cvs: Annotation<ScreeningCvInput[]>,
  profile: replace<JobProfile | null>(() => null),
  /** The CVs as the scorer read them: injections stripped, protected attributes taken out. */
  prepared: replace<PreparedCv[]>(() => []),
  ranking: replace<ScoredCv[]>(() => []),
  /** Injection findings on the CVs themselves (target = CV id); the guard node's findings are about rationales. */
  intakeFindings: replace<Finding[]>(() => []),
  /** Every finding on every earlier set of rationales: a rewrite must not bring any back. */
  feedback: Annotation<Finding[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
  store: replace<"pgvector" | "memory" | null>(() => null),
};
export type ScreeningState = StateType<typeof ScreeningChannels>;
export type ScreeningUpdate = Partial<ScreeningState>;
