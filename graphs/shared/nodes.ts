// The guard-and-release part every workflow shares: check the draft with every guard, then release,
// send back for a rewrite (bounded), wait for a person, or block. Nothing leaves without passing here.
import { interrupt, type LangGraphRunnableConfig } from "@langchain/langgraph";
import type { Finding, Verdict } from "../../core/contract.js";
import { checkTexts } from "./check-texts.js";
import { depsOf } from "./deps.js";
import { disclosureFor } from "./disclosure.js";
import type { GuardedState, ReviewDecision } from "./state.js";

export { worstVerdict } from "./check-texts.js";

export async function guardNode(
  state: GuardedState,
  config: LangGraphRunnableConfig,
): Promise<Partial<GuardedState>> {
  const deps = depsOf(config);
  const draft = state.draft;
  if (!draft) throw new Error("guard node reached without a draft");
  const step = await deps.tracer.step(
    "guard",
    "guards",
    // The checked texts themselves go in the trace: a reviewer must see what each guard saw.
    {
      revision: state.revision,
      texts: draft.texts.map((t) => ({ key: t.key, kind: t.kind, text: t.text })),
    },
    deps.rootStepId,
  );
  // Each guard writes its own step and findings (with the revision and, for multi-text drafts, the target).
  const { verdict, findings, reports } = await checkTexts(
    draft.texts,
    { engine: deps.engine, judgeMode: deps.judgeMode, tracer: deps.tracer, parentStepId: step.id },
    { jurisdiction: state.jurisdiction, generated: true, revision: state.revision },
  );
  await step.end({
    verdict,
    findings: findings.length,
    offline: reports.every((r) => r.offline),
    judge: reports.flatMap((r) => r.outcomes.map((o) => ({ guard: o.guard, judge: o.judge.status }))),
  });
  return { verdict, findings };
}

export const AFTER_GUARD = ["release", "revise", "review", "block"] as const;
export type AfterGuard = (typeof AFTER_GUARD)[number];

/** A rewrite is tried while the bound allows; past it, a person decides rather than the worker looping. */
export function routeAfterGuard(state: GuardedState, config: LangGraphRunnableConfig): AfterGuard {
  const { maxRevisions } = depsOf(config);
  switch (state.verdict) {
    case "pass":
      return "release";
    case "revise":
      return state.revision < maxRevisions ? "revise" : "review";
    case "review":
      return "review";
    default:
      return "block";
  }
}

export async function releaseNode(
  state: GuardedState,
  config: LangGraphRunnableConfig,
): Promise<Partial<GuardedState>> {
  const deps = depsOf(config);
  const edited = state.decision?.editedOutput;
  const output = edited ?? state.draft?.output ?? {};
  const released = { ...output, disclosure: disclosureFor(deps.engine, Boolean(edited)) };
  const step = await deps.tracer.step("release", "release", { revision: state.revision }, deps.rootStepId);
  await step.end({ released: true, byReviewer: state.decision?.reviewer ?? null });
  return { outcome: "released", released };
}

export async function blockNode(
  state: GuardedState,
  config: LangGraphRunnableConfig,
): Promise<Partial<GuardedState>> {
  const deps = depsOf(config);
  const step = await deps.tracer.step("release", "block", { verdict: state.verdict }, deps.rootStepId);
  await step.end({
    released: false,
    findings: state.findings.length,
    byReviewer: state.decision?.reviewer ?? null,
  });
  return { outcome: "blocked", released: null };
}

export interface ReviewRequest {
  verdict: Verdict | null;
  revision: number;
  findings: Finding[];
  output: Record<string, unknown> | null;
}

/**
 * Waits for a person. LangGraph re-runs this node from the top on resume, so nothing before interrupt()
 * may have effects; the trace step is written after the decision arrives.
 */
export async function reviewNode(
  state: GuardedState,
  config: LangGraphRunnableConfig,
): Promise<Partial<GuardedState>> {
  const request: ReviewRequest = {
    verdict: state.verdict,
    revision: state.revision,
    findings: state.findings,
    output: state.draft?.output ?? null,
  };
  const decision = interrupt<ReviewRequest, ReviewDecision>(request);
  const deps = depsOf(config);
  const step = await deps.tracer.step(
    "review",
    "human_review",
    { decision: decision.decision },
    deps.rootStepId,
  );
  await step.end({
    reviewer: decision.reviewer,
    reason: decision.reason,
    edited: Boolean(decision.editedOutput),
  });
  return { decision };
}

export function routeAfterReview(state: GuardedState): "release" | "block" {
  return state.decision?.decision === "reject" ? "block" : "release";
}
