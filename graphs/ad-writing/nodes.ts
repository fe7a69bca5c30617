import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { createAdWriter } from "../../agents/ad-writer/index.js";
import { depsOf } from "../shared/deps.js";
import type { AdWritingState } from "./state.js";

/** Drafts the ad; on a revision, with every earlier finding as feedback. */
export async function writeAdNode(
  state: AdWritingState,
  config: LangGraphRunnableConfig,
): Promise<Partial<AdWritingState>> {
  const deps = depsOf(config);
  const revision = state.draft ? state.revision + 1 : 0;
  const feedback = state.draft ? [...state.feedback, ...state.findings] : [];
  const step = await deps.tracer.step(
    "agent",
    "ad_writer",
    { revision, feedback: feedback.length },
    deps.rootStepId,
  );
  const writer = createAdWriter(deps.engine, deps.promptVersions?.["ad-writer"]);
  const draft = await writer.write({
    brief: state.brief,
    feedback,
    previous: null,
    sink: (record) => deps.tracer.modelCall(record, step.id),
  });
  await step.end({ title: draft.title, chars: draft.text.length, offline: writer.offline });
  return {
    revision,
    feedback: state.draft ? state.findings : [],
    draft: {
      output: { title: draft.title, text: draft.text },
      texts: [{ key: "ad", text: draft.text, kind: "job_ad" }],
    },
  };
}
