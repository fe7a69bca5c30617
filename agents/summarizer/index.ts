import type { ModelEngine } from "../../core/models.js";
import { createModelSummarizer } from "./llm.js";
import { createOfflineSummarizer } from "./offline.js";
import type { Summarizer } from "./types.js";

export {
  SUMMARY_TOPICS,
  type SummarizeRequest,
  type Summarizer,
  type SummaryDraft,
  type SummarySentence,
  type SummaryTopic,
} from "./types.js";

/** The offline engine gets the extractive summarizer; a real provider gets the prompted one. */
export function createSummarizer(engine: ModelEngine, promptVersion?: string): Summarizer {
  return engine.offline ? createOfflineSummarizer() : createModelSummarizer(engine, promptVersion);
}
