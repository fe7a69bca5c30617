// The promptfoo shape: render one version of a prompt with the case's variables and ask the model.
import { z } from "zod";
import { InvalidInputError } from "../../core/errors.js";
import type { PromptCase } from "../runner/suite-schema.js";
import type { TargetRunner } from "./context.js";
import { renderTemplate } from "./template.js";
import { type RenderedPrompt, TargetUnavailableError } from "./types.js";

const JsonAnswer = z.json();

async function render(
  c: PromptCase,
  context: Parameters<TargetRunner<PromptCase>>[1],
): Promise<RenderedPrompt> {
  const inline = context.inlinePrompts[c.prompt];
  const wanted = context.promptVersions[c.prompt] ?? c.version ?? inline?.default;
  if (inline) {
    const versions = Object.keys(inline.versions);
    const version = wanted ?? versions[versions.length - 1];
    const messages = version ? inline.versions[version] : undefined;
    if (!version || !messages)
      throw new InvalidInputError(
        `prompt ${c.prompt} has no version ${wanted} (has: ${versions.join(", ")})`,
      );
    const where = `prompt ${c.prompt}@${version}`;
    return {
      ref: { name: c.prompt, version },
      messages: messages.map((m) => ({ role: m.role, content: renderTemplate(m.content, c.vars, where) })),
    };
  }
  if (!context.services.loadPromptLibrary)
    throw new TargetUnavailableError("prompt", "no prompt registry is wired");
  const library = await context.services.loadPromptLibrary();
  return library.render(c.prompt, wanted, c.vars);
}

export const runPromptTarget: TargetRunner<PromptCase> = async (c, context) => {
  const prompt = await render(c, context);
  if (c.output === "json") {
    const answer = await context.engine.chat({
      prompt: prompt.ref,
      messages: prompt.messages,
      schema: JsonAnswer,
    });
    return { text: answer.text, data: answer.data };
  }
  const answer = await context.engine.chat({ prompt: prompt.ref, messages: prompt.messages });
  return { text: answer.text };
};
