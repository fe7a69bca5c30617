// The model-backed ad writer: the prompt carries the law and the layout; the answer is laid out exactly as
// the offline ad (the same headings, the ROME title in both genders when the brief names its job), every
// line that would not stand as French is left out, and the guards still check every draft it returns.
import { z } from "zod";
import type { ModelEngine } from "../../core/models.js";
import { getPrompt, renderPrompt } from "../../prompts/registry.js";
import { unitDefects } from "../writing/shape.js";
import { withoutUngivenConditions } from "./conditions.js";
import { layoutAd } from "./layout.js";
import { adTitleOf } from "./offline.js";
import { AD_SECTION_IDS, type AdSectionId } from "./sections.js";
import { genderedTitle } from "./titles.js";
import type { AdDraft, AdWriteRequest, AdWriter } from "./types.js";

const Lines = z.array(z.string()).max(15).default([]);
const AdAnswer = z.object({
  title: z.string().min(1),
  sections: z.object({ entreprise: Lines, missions: Lines, profil: Lines, conditions: Lines }),
});
export type AdAnswer = z.infer<typeof AdAnswer>;

export function describeFeedback(request: AdWriteRequest): string {
  if (request.feedback.length === 0) return "(aucun : première version)";
  return request.feedback
    .map(
      (f) =>
        `- « ${f.evidence} » : règle ${f.rule} (${f.legalBasis.join(", ")})${f.suggestion ? ` ; piste : ${f.suggestion}` : ""}`,
    )
    .join("\n");
}

function describeForbidden(request: AdWriteRequest): string {
  const found = request.briefFindings ?? [];
  if (found.length === 0) return "(rien)";
  return found
    .map((f) => `- « ${f.evidence} » : ${f.criteria.join(", ")} (${f.legalBasis.join(", ")})`)
    .join("\n");
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase("fr") + s.slice(1);

function line(raw: string): string {
  const text = capital(
    raw
      .replace(/^\s*[-•*]\s*/u, "")
      .replace(/\s+/gu, " ")
      .trim(),
  );
  return text.length === 0 || /[.!?…]$/u.test(text) ? text : `${text}.`;
}

/**
 * The model's ad laid out as every ad is, titled from ROME when the brief names its job (the model's own
 * title in both genders otherwise), without a line that would not stand as French, and without any salary,
 * benefit or condition the brief does not give.
 */
export function finishModelAd(answer: AdAnswer, brief: string): AdDraft {
  const rome = adTitleOf(brief);
  const title = rome.named ? rome.title : genderedTitle(answer.title);
  const left: string[] = [];
  const sections = Object.fromEntries(
    AD_SECTION_IDS.map((s) => [
      s,
      answer.sections[s].map(line).filter((l) => {
        const bad = l.length > 0 && unitDefects(l, 0).length > 0;
        if (bad) left.push(`shape: ${l}`);
        return l.length > 0 && !bad;
      }),
    ]),
  ) as Record<AdSectionId, string[]>;
  return { title, text: withoutUngivenConditions(layoutAd(title, sections), brief), left };
}

export function createModelAdWriter(engine: ModelEngine, promptVersion?: string): AdWriter {
  const prompt = getPrompt("ad-writer", promptVersion);
  return {
    offline: false,
    async write(request: AdWriteRequest): Promise<AdDraft> {
      const messages = renderPrompt(prompt, {
        brief: request.brief,
        feedback: describeFeedback(request),
        forbidden: describeForbidden(request),
      });
      const answer = await engine.chat({
        prompt: prompt.ref,
        messages,
        schema: AdAnswer,
        sink: request.sink,
      });
      if (!answer.data) throw new Error("ad writer: structured answer missing");
      // What became of each forbidden ask is read from the ad itself by the run (left out or still there).
      return finishModelAd(answer.data, request.brief);
    },
  };
}
