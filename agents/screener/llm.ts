// The model writes the words of a rationale, from the computed facts and the redacted CV only; the score
// and the recommendation stay computed (score.ts) and reach it as facts it may not change.
import { z } from "zod";
import type { ModelEngine } from "../../core/models.js";
import { getPrompt, renderPrompt } from "../../prompts/registry.js";
import { factSheet } from "./facts.js";
import type { RationaleRequest, RationaleWriter } from "./types.js";

const RationaleAnswer = z.object({ rationale: z.string().trim().min(1).max(2_000) });

export function createModelRationaleWriter(
  engine: ModelEngine,
  promptVersion?: number | string,
): RationaleWriter {
  const prompt = getPrompt("screener", promptVersion);
  return {
    offline: false,
    async write(request: RationaleRequest): Promise<string> {
      const messages = renderPrompt(prompt, {
        job: request.job,
        cv: request.cv.text,
        facts: factSheet(request.scored),
        feedback: request.avoid.length
          ? request.avoid.map((evidence) => `- « ${evidence} »`).join("\n")
          : "(aucun : première version)",
      });
      const answer = await engine.chat({
        prompt: prompt.ref,
        messages,
        schema: RationaleAnswer,
        sink: request.sink,
      });
      if (!answer.data) throw new Error("screener: structured answer missing");
      return answer.data.rationale;
    },
  };
}
