import type { Finding } from "../../core/contract.js";
import type { ModelCallSink } from "../../core/models.js";

export const SUMMARY_TOPICS = ["skills", "experience", "education", "languages", "motivation"] as const;
export type SummaryTopic = (typeof SUMMARY_TOPICS)[number];

/** One sentence of the synthesis and, for the extractive summary, where it was taken from. */
export interface SummarySentence {
  text: string;
  topic: SummaryTopic;
  /** Index into the sources, and UTF-16 offsets there (absent when a model wrote the sentence). */
  source?: number;
  start?: number;
  end?: number;
}

export interface SummaryDraft {
  /** The synthesis as released: one sentence a line. */
  text: string;
  sentences: SummarySentence[];
  /** How many source sentences were left out because they touched a protected attribute. */
  droppedProtected: number;
}

export interface SummarizeRequest {
  sources: string[];
  /** Findings on earlier drafts: what they point at must not come back. */
  feedback: Finding[];
  sink?: ModelCallSink;
}

export interface Summarizer {
  readonly offline: boolean;
  summarize(request: SummarizeRequest): Promise<SummaryDraft>;
}
