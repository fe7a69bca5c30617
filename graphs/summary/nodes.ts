import { createSummarizer } from "../../agents/summarizer/index.js";
import { traced } from "../../core/traced.js";
import { contextOf, type WorkflowRuntime } from "../supervisor/context.js";
import type { SummaryState, SummaryUpdate } from "./state.js";

/** Writes the synthesis; on a revision, with every earlier finding as feedback. */
export async function summarizeNode(state: SummaryState, runtime: WorkflowRuntime): Promise<SummaryUpdate> {
  const context = contextOf(runtime);
  const revision = state.draft ? state.revision + 1 : 0;
  const feedback = state.draft ? [...state.feedback, ...state.findings] : [];
  const summarizer = createSummarizer(context.engine, context.promptVersions?.summarizer);
  const draft = await traced(
    context.tracer,
    {
      kind: "agent",
      name: "summarizer",
      input: { revision, feedback: feedback.length },
      parentStepId: context.rootStepId,
    },
    (step) =>
      summarizer.summarize({
        sources: state.sources,
        feedback,
        sink: (record) => context.tracer.modelCall(record, step.id),
      }),
    (d) => ({
      sentences: d.sentences.length,
      droppedProtected: d.droppedProtected,
      offline: summarizer.offline,
    }),
  );
  return {
    revision,
    feedback: state.draft ? state.findings : [],
    draft: {
      output: { text: draft.text, sentences: draft.sentences, droppedProtected: draft.droppedProtected },
      // An empty synthesis says nothing that could be unfaithful or discriminatory: nothing to check.
      texts: draft.text
        ? [{ key: "summary", text: draft.text, kind: "candidate_summary", sources: state.sources }]
        : [],
    },
  };
}
