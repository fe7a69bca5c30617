// What a target receives for one case of one column.
import type { JudgeMode } from "../../core/contract.js";
import type { ModelEngine } from "../../core/models.js";
import type { InlinePrompt } from "../runner/suite-schema.js";
import type { TargetOutput, TargetServices } from "./types.js";

export interface TargetContext {
  caseId: string;
  /** The recording engine of this case and column. */
  engine: ModelEngine;
  promptVersions: Record<string, string>;
  inlinePrompts: Record<string, InlinePrompt>;
  services: TargetServices;
  judgeMode: JudgeMode;
}

export type TargetRunner<C> = (testCase: C, context: TargetContext) => Promise<TargetOutput>;
