import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { createSummarizer } from "../../agents/summarizer/index.js";
import { depsOf } from "../shared/deps.js";
import type { SummaryState } from "./state.js";

/** Writes the synthesis; on a revision, with every earlier finding as feedback. */
export async function summarizeNode(
  state: SummaryState,
  config: LangGraphRunnableConfig,
): Promise<Partial<SummaryState>> {
  const deps = depsOf(config);
  const revision = state.draft ? state.revision + 1 : 0;
  const feedback = state.draft ? [...state.feedback, ...state.findings] : [];
  const step = await deps.tracer.step(
    "agent",
    "summarizer",
    { revision, feedback: feedback.length },
    deps.rootStepId,
  );
  const summarizer = createSummarizer(deps.engine, deps.promptVersions?.summarizer);
  const draft = await summarizer.summarize({
    sources: state.sources,
    feedback,
    sink: (record) => deps.tracer.modelCall(record, step.id),
  });
  await step.end({
    sentences: draft.sentences.length,
    droppedProtected: draft.droppedProtected,
    offline: summarizer.offline,
  });
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
