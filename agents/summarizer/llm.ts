// The model-backed summarizer. The prompt asks for faithfulness and no protected attribute; the same
// filter as the offline summary then drops any sentence that still touches one, and the guards check
// faithfulness against the sources on every draft.
import { z } from "zod";
import type { ModelEngine } from "../../core/models.js";
import { getPrompt, renderPrompt } from "../../prompts/registry.js";
import { fold } from "./sentences.js";
import { protectedCriterion, topicOf } from "./topics.js";
import type { SummarizeRequest, Summarizer, SummaryDraft, SummarySentence } from "./types.js";

const SummaryAnswer = z.object({ sentences: z.array(z.string().min(1)).max(30) });

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
      for (const raw of answer.data.sentences) {
        const text = raw.trim();
        const folded = fold(text);
        if (protectedCriterion(folded)) {
          droppedProtected++;
          continue;
        }
        sentences.push({ text, topic: topicOf(folded) ?? "experience" });
      }
      return { text: sentences.map((s) => s.text).join("\n"), sentences, droppedProtected };
    },
  };
}
