// The model-backed ad writer: the prompt carries the law; the guards still check every draft it returns.
import { z } from "zod";
import type { ModelEngine } from "../../core/models.js";
import { getPrompt, renderPrompt } from "../../prompts/registry.js";
import { withoutUngivenConditions } from "./conditions.js";
import { genderedTitle } from "./titles.js";
import type { AdDraft, AdWriteRequest, AdWriter } from "./types.js";

const AdAnswer = z.object({ title: z.string().min(1), text: z.string().min(1) });

export function describeFeedback(request: AdWriteRequest): string {
  if (request.feedback.length === 0) return "(aucun : première version)";
  return request.feedback
    .map(
      (f) =>
        `- « ${f.evidence} » : règle ${f.rule} (${f.legalBasis.join(", ")})${f.suggestion ? ` ; piste : ${f.suggestion}` : ""}`,
    )
    .join("\n");
}

/**
 * The model's ad with the title in both genders from the ROME lexicon (models often forget one form) and
 * without any salary, benefit or condition the brief does not give.
 */
export function finishModelAd(answer: AdDraft, brief: string): AdDraft {
  const title = genderedTitle(answer.title);
  const [first = "", ...rest] = answer.text.split("\n");
  const body =
    first.trim() === answer.title.trim() || first.includes(answer.title.replace(/\s*\(H\/F\)\s*$/u, ""))
      ? rest.join("\n")
      : answer.text;
  return { title, text: withoutUngivenConditions(`${title}\n${body}`, brief) };
}

export function createModelAdWriter(engine: ModelEngine, promptVersion?: string): AdWriter {
  const prompt = getPrompt("ad-writer", promptVersion);
  return {
    offline: false,
    async write(request: AdWriteRequest): Promise<AdDraft> {
      const messages = renderPrompt(prompt, { brief: request.brief, feedback: describeFeedback(request) });
      const answer = await engine.chat({
        prompt: prompt.ref,
        messages,
        schema: AdAnswer,
        sink: request.sink,
      });
      if (!answer.data) throw new Error("ad writer: structured answer missing");
      return finishModelAd(answer.data, request.brief);
    },
  };
}
