import type { Finding } from "../../core/contract.js";
import type { ModelCallSink } from "../../core/models.js";

/** The sections of a recruiter's synthesis, in the order a recruiter writes them. */
export const SUMMARY_TOPICS = ["parcours", "competences", "souhaits", "appreciation"] as const;
export type SummaryTopic = (typeof SUMMARY_TOPICS)[number];

export const TOPIC_HEADINGS: Record<SummaryTopic, string> = {
  parcours: "Parcours",
  competences: "Compétences",
  souhaits: "Souhaits et disponibilité",
  appreciation: "Appréciation de l'intervieweur",
};

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
  /** The synthesis as released: one line per section, "Parcours : …", sentences whole. */
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
