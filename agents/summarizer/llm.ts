// The model-backed summarizer. The prompt asks for the recruiter's sections, faithfulness and no
// protected attribute; the same filter as the offline summary then drops any sentence that still touches
// one, every sentence is made whole, and the guards check faithfulness against the sources on every draft.
import { z } from "zod";
import type { ModelEngine } from "../../core/models.js";
import { foldText as fold } from "../../core/text/fold.js";
import { getPrompt, renderPrompt } from "../../prompts/registry.js";
import { asSentence, layoutOf } from "./layout.js";
import { protectedCriterion } from "./topics.js";
import {
  SUMMARY_TOPICS,
  type SummarizeRequest,
  type Summarizer,
  type SummaryDraft,
  type SummarySentence,
} from "./types.js";

const Sentences = z.array(z.string()).max(12).default([]);
const SummaryAnswer = z.object({
  sections: z.object({
    parcours: Sentences,
    competences: Sentences,
    souhaits: Sentences,
    appreciation: Sentences,
  }),
});

function describeFeedback(request: SummarizeRequest): string {
  if (request.feedback.length === 0) return "(aucun : première version)";
  return request.feedback.map((f) => `- « ${f.evidence} » : règle ${f.rule} (${f.guard})`).join("\n");
}

export function createModelSummarizer(engine: ModelEngine, promptVersion?: string): Summarizer {
  const prompt = getPrompt("summarizer", promptVersion);
  return {
    offline: false,
    async summarize(request: SummarizeRequest): Promise<SummaryDraft> {
      const sources = request.sources.map((s, i) => `[source ${i + 1}]\n${s}`).join("\n\n");
      const answer = await engine.chat({
        prompt: prompt.ref,
        messages: renderPrompt(prompt, { sources, feedback: describeFeedback(request) }),
        schema: SummaryAnswer,
        sink: request.sink,
      });
      if (!answer.data) throw new Error("summarizer: structured answer missing");
      let droppedProtected = 0;
      const sentences: SummarySentence[] = [];
      for (const topic of SUMMARY_TOPICS)
        for (const raw of answer.data.sections[topic]) {
          const text = raw.trim();
          if (text.length === 0) continue;
          if (protectedCriterion(fold(text))) {
            droppedProtected++;
            continue;
          }
          sentences.push({ text: asSentence(text), topic });
        }
      return { text: layoutOf(sentences), sentences, droppedProtected };
    },
  };
}
