import { createAdWriter } from "../../agents/ad-writer/index.js";
import { traced } from "../../core/traced.js";
import { contextOf, type WorkflowRuntime } from "../supervisor/context.js";
import type { AdWritingState, AdWritingUpdate } from "./state.js";

/** Drafts the ad; on a revision, with every earlier finding as feedback. */
export async function writeAdNode(state: AdWritingState, runtime: WorkflowRuntime): Promise<AdWritingUpdate> {
  const context = contextOf(runtime);
  const revision = state.draft ? state.revision + 1 : 0;
  const feedback = state.draft ? [...state.feedback, ...state.findings] : [];
  const writer = createAdWriter(context.engine, context.promptVersions?.["ad-writer"]);
  const draft = await traced(
    context.tracer,
    {
      kind: "agent",
      name: "ad_writer",
      input: { revision, feedback: feedback.length },
      parentStepId: context.rootStepId,
    },
    (step) =>
      writer.write({
        brief: state.brief,
        feedback,
        previous: null,
        sink: (record) => context.tracer.modelCall(record, step.id),
      }),
    (ad) => ({ title: ad.title, chars: ad.text.length, offline: writer.offline }),
  );
  return {
    revision,
    feedback: state.draft ? state.findings : [],
    draft: {
      output: { title: draft.title, text: draft.text },
      texts: [{ key: "ad", text: draft.text, kind: "job_ad" }],
    },
  };
}
