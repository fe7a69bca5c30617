import { createAdWriter } from "../../agents/ad-writer/index.js";
import type { Finding } from "../../core/contract.js";
import { traced } from "../../core/traced.js";
import { runGuards } from "../../guards/engine.js";
import { contextOf, type WorkflowRuntime } from "../supervisor/context.js";
import type { AdWritingState, AdWritingUpdate } from "./state.js";

/** The guards that judge what a brief asks for; personal data and injection concern candidates' input. */
const BRIEF_GUARDS = ["discrimination", "cultural", "hate_speech"] as const;

/**
 * What the brief asks for that the law forbids, read once: the rewrite leaves it out even where the draft
 * guards would not see it, and the caller is told (rule, legal basis, what was done) whatever the ad became.
 */
async function checkBrief(state: AdWritingState, runtime: WorkflowRuntime): Promise<Finding[]> {
  const context = contextOf(runtime);
  return traced(
    context.tracer,
    {
      kind: "guard",
      name: "brief_check",
      input: { chars: state.brief.length },
      parentStepId: context.rootStepId,
    },
    async () => {
      const report = await runGuards(
        { text: state.brief, kind: "job_ad", jurisdiction: state.jurisdiction, generated: false },
        {
          engine: context.engine,
          judgeMode: context.judgeMode,
          ...(context.cpu ? { detect: context.cpu.detect } : {}),
        },
        { guards: [...BRIEF_GUARDS] },
      );
      // A "warn" finding is lawful: it is not something the brief asked for that the law forbids.
      return report.findings.filter((f) => f.severity !== "warn");
    },
    (findings) => ({
      findings: findings.map((f) => ({ rule: f.rule, criteria: f.criteria, evidence: f.evidence })),
    }),
  );
}

/** Drafts the ad; on a revision, with every earlier finding as feedback. */
export async function writeAdNode(state: AdWritingState, runtime: WorkflowRuntime): Promise<AdWritingUpdate> {
  const context = contextOf(runtime);
  const revision = state.draft ? state.revision + 1 : 0;
  const feedback = state.draft ? [...state.feedback, ...state.findings] : [];
  const briefFindings = state.draft ? state.briefFindings : await checkBrief(state, runtime);
  const writer = createAdWriter(context.engine, context.promptVersions?.["ad-writer"]);
  // The first draft is the brief as written, so the guards judge what the recruiter asked and the trace
  // shows it; the rewrite leaves out whole units the brief check and the guards pointed at.
  const draft = await traced(
    context.tracer,
    {
      kind: "agent",
      name: "ad_writer",
      input: { revision, feedback: feedback.length, briefFindings: briefFindings.length },
      parentStepId: context.rootStepId,
    },
    (step) =>
      writer.write({
        brief: state.brief,
        feedback,
        briefFindings: state.draft ? briefFindings : [],
        previous: null,
        sink: (record) => context.tracer.modelCall(record, step.id),
      }),
    (ad) => ({ title: ad.title, chars: ad.text.length, offline: writer.offline, left: ad.left ?? [] }),
  );
  return {
    revision,
    feedback: state.draft ? state.findings : [],
    briefFindings,
    briefActions: draft.briefActions ?? [],
    draft: {
      output: { title: draft.title, text: draft.text, briefFindings, briefActions: draft.briefActions ?? [] },
      texts: [{ key: "ad", text: draft.text, kind: "job_ad" }],
    },
  };
}
