import type { ModelEngine } from "../../core/models.js";
import { createModelAdWriter } from "./llm.js";
import { createOfflineAdWriter } from "./offline.js";
import type { AdWriter } from "./types.js";

export type { AdDraft, AdWriteRequest, AdWriter } from "./types.js";

/** The offline engine gets the deterministic writer; a real provider gets the prompted one. */
export function createAdWriter(engine: ModelEngine, promptVersion?: string): AdWriter {
  return engine.offline ? createOfflineAdWriter() : createModelAdWriter(engine, promptVersion);
}
