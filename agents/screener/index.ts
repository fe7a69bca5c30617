import type { ModelEngine } from "../../core/models.js";
import { createModelRationaleWriter } from "./llm.js";
import { createOfflineRationaleWriter } from "./offline.js";
import type { RationaleWriter } from "./types.js";

export { type AdverseImpact, adverseImpact, FOUR_FIFTHS } from "./adverse-impact.js";
export { factSheet } from "./facts.js";
export { prepareCv } from "./prepare.js";
export { redactCv } from "./redact.js";
export { analyseJob, keysOf, meets } from "./requirements.js";
export { ADVANCE_THRESHOLD, rank, SCORE_WEIGHTS, scoreOf } from "./score.js";
export type * from "./types.js";
export { RECOMMENDATIONS } from "./types.js";

/** The offline engine gets the deterministic rationale; a real provider writes it with the screener prompt. */
export function createRationaleWriter(engine: ModelEngine, promptVersion?: string): RationaleWriter {
  return engine.offline ? createOfflineRationaleWriter() : createModelRationaleWriter(engine, promptVersion);
}
export { assess } from "./assess.js";
