// What a released summary run hands over (besides the disclosure the supervisor adds): the one source of
// the output's type and of its OpenAPI schema.
import { z } from "zod";
import { SUMMARY_TOPICS, type SummaryDraft } from "../../agents/summarizer/index.js";

export const SummarySentenceShape = z.object({
  text: z.string(),
  topic: z.enum(SUMMARY_TOPICS),
  /** Index into the sources, and UTF-16 offsets there (absent when a model wrote the sentence). */
  source: z.number().int().optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});

export const SummaryOutput = z.object({
  /** One line per section, "Parcours : …", sentences whole. */
  text: z.string(),
  sentences: z.array(SummarySentenceShape),
  /** Source sentences left out because they touched a protected attribute. */
  droppedProtected: z.number().int(),
}) satisfies z.ZodType<SummaryDraft>;
export type SummaryOutput = z.infer<typeof SummaryOutput>;
