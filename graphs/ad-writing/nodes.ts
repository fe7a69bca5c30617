import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { createAdWriter } from "../../agents/ad-writer/index.js";
import type { Finding } from "../../core/contract.js";
import { runGuards } from "../../guards/engine.js";
import { depsOf } from "../shared/deps.js";
import type { AdWritingState } from "./state.js";

/** The guards that judge what a brief asks for; personal data and injection concern candidates' input. */
const BRIEF_GUARDS = ["discrimination", "cultural", "hate_speech"] as const;

/**
 * What the brief asks for that the law forbids, read once: the rewrite leaves it out even where the draft
 * guards would not see it, and the caller is told (rule, legal basis, what was done) whatever the ad became.
 */
async function checkBrief(state: AdWritingState, config: LangGraphRunnableConfig): Promise<Finding[]> {
  const deps = depsOf(config);
  const step = await deps.tracer.step("guard", "brief_check", { chars: state.brief.length }, deps.rootStepId);
  const report = await runGuards(
    { text: state.brief, kind: "job_ad", jurisdiction: state.jurisdiction, generated: false },
    { engine: deps.engine, judgeMode: deps.judgeMode },
    { guards: [...BRIEF_GUARDS] },
  );
  // A "warn" finding is lawful: it is not something the brief asked for that the law forbids.
  const findings = report.findings.filter((f) => f.severity !== "warn");
  await step.end({
    findings: findings.map((f) => ({ rule: f.rule, criteria: f.criteria, evidence: f.evidence })),
  });
  return findings;
}

/** Drafts the ad; on a revision, with every earlier finding as feedback. */
export async function writeAdNode(
  state: AdWritingState,
  config: LangGraphRunnableConfig,
): Promise<Partial<AdWritingState>> {
  const deps = depsOf(config);
  const revision = state.draft ? state.revision + 1 : 0;
  const feedback = state.draft ? [...state.feedback, ...state.findings] : [];
  const briefFindings = state.draft ? state.briefFindings : await checkBrief(state, config);
  const step = await deps.tracer.step(
    "agent",
    "ad_writer",
    { revision, feedback: feedback.length, briefFindings: briefFindings.length },
    deps.rootStepId,
  );
  const writer = createAdWriter(deps.engine, deps.promptVersions?.["ad-writer"]);
  // The first draft is the brief as written, so the guards judge what the recruiter asked and the trace
  // shows it; the rewrite leaves out whole units the brief check and the guards pointed at.
  const draft = await writer.write({
    brief: state.brief,
    feedback,
    briefFindings: state.draft ? briefFindings : [],
    previous: null,
    sink: (record) => deps.tracer.modelCall(record, step.id),
  });
  await step.end({
    title: draft.title,
    chars: draft.text.length,
    offline: writer.offline,
    left: draft.left ?? [],
  });
  return {
    revision,
    feedback: state.draft ? state.findings : [],
    briefFindings,
    briefActions: draft.briefActions ?? [],
    draft: {
      output: { title: draft.title, text: draft.text },
      texts: [{ key: "ad", text: draft.text, kind: "job_ad" }],
    },
  };
}
