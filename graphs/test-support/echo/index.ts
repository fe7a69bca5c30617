// A fifth, throwaway workflow made by following CONTRIBUTING.md's recipe: it hands its input back as a
// job ad. Tests use it to show that anything defined with defineWorkflow is guarded.
import { Annotation, type StateType } from "@langchain/langgraph";
import { z } from "zod";
import { traced } from "../../../core/traced.js";
import { defineWorkflow } from "../../define.js";
import { contextOf, type WorkflowRuntime } from "../../supervisor/context.js";
import { guardedChannels } from "../../supervisor/state.js";

const EchoInput = z.object({ text: z.string().trim().min(1, "the text is empty") });
const EchoOutput = z.object({ text: z.string() });
type EchoOutput = z.infer<typeof EchoOutput>;

const EchoChannels = { ...guardedChannels<EchoOutput>(), text: Annotation<string> };
type EchoState = StateType<typeof EchoChannels>;

/** Repeats the text; a revision cannot change it, so a flagged text ends with a person or blocked. */
async function echoNode(state: EchoState, runtime: WorkflowRuntime): Promise<Partial<EchoState>> {
  const context = contextOf(runtime);
  return traced(
    context.tracer,
    { kind: "agent", name: "echo", input: { revision: state.revision }, parentStepId: context.rootStepId },
    async () => ({
      revision: state.draft ? state.revision + 1 : 0,
      draft: {
        output: { text: state.text },
        texts: [{ key: "text", text: state.text, kind: "job_ad" as const }],
      },
    }),
    () => ({ chars: state.text.length }),
  );
}

export const echo = defineWorkflow({
  id: "echo",
  label: { fr: "Écho (test)", en: "Echo (test)" },
  candidateData: false,
  description: "Hands its text back as a job ad (test fixture).",
  input: EchoInput,
  output: EchoOutput,
  example: {
    input: { text: "Vendeur / Vendeuse en boulangerie (H/F), CDI à Lyon." },
    output: { text: "Vendeur / Vendeuse en boulangerie (H/F), CDI à Lyon." },
  },
  state: EchoChannels,
  start: (input, jurisdiction) => ({ text: input.text, jurisdiction }),
  workers: [{ name: "echo", run: echoNode }],
});
