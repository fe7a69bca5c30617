// The supervisor's nodes: check the draft with every guard, then release, hand back for a rewrite
// (bounded), wait for a person, or block. Each is a plain async function of the guarded state.
import { interrupt } from "@langchain/langgraph";
import type { Finding, Verdict } from "../../core/contract.js";
import { traced } from "../../core/traced.js";
import { contextOf, type WorkflowRuntime } from "./context.js";
import { disclosureFor } from "./disclosure.js";
import { guardTexts } from "./guard-texts.js";
import type { Draft, ReviewDecision } from "./state.js";

/** The guarded state as the supervisor's nodes read it, for a workflow whose output is `Output`. */
export interface SupervisedState<Output extends Record<string, unknown>> {
  jurisdiction: import("../../core/contract.js").Jurisdiction;
  draft: Draft<Output> | null;
  revision: number;
  verdict: Verdict | null;
  findings: Finding[];
  reviewReasons: string[];
  decision: ReviewDecision | null;
}

/**
 * A workflow's last word on its draft once the guards have spoken: it may put their findings into its
 * output (screening puts each CV's findings on its entry), add findings made on the inputs, and name
 * reasons a person must decide even when every guard passes.
 */
export type Settle<Output extends Record<string, unknown>> = (checked: {
  draft: Draft<Output>;
  verdict: Verdict;
  findings: Finding[];
}) => { output: Output; findings: Finding[]; reviewReasons: string[] };

export function guardsNode<Output extends Record<string, unknown>>(settle?: Settle<Output>) {
  return async (state: SupervisedState<Output>, runtime: WorkflowRuntime) => {
    const context = contextOf(runtime);
    const draft = state.draft;
    if (!draft) throw new Error("supervisor reached without a draft");
    const { verdict, findings } = await guardTexts(
      draft.texts,
      { jurisdiction: state.jurisdiction, revision: state.revision },
      context,
    );
    if (!settle) return { verdict, findings, reviewReasons: [] };
    const settled = settle({ draft, verdict, findings });
    return {
      verdict,
      findings: settled.findings,
      reviewReasons: settled.reviewReasons,
      draft: { ...draft, output: settled.output },
    };
  };
}

export const AFTER_GUARDS = ["release", "revise", "review", "block"] as const;
export type AfterGuards = (typeof AFTER_GUARDS)[number];

/**
 * A rewrite is tried while the bound allows; past it, a person decides rather than the worker looping.
 * A pass the workflow gave reasons to look at (a rejection) still goes to a person.
 */
export function routeAfterGuards(
  state: Pick<SupervisedState<Record<string, unknown>>, "verdict" | "revision" | "reviewReasons">,
  runtime: WorkflowRuntime,
): AfterGuards {
  switch (state.verdict) {
    case "pass":
      return state.reviewReasons.length > 0 ? "review" : "release";
    case "revise":
      return state.revision < contextOf(runtime).maxRevisions ? "revise" : "review";
    case "review":
      return "review";
    default:
      return "block";
  }
}

export interface ReviewRequest {
  verdict: Verdict | null;
  revision: number;
  findings: Finding[];
  reviewReasons: string[];
  output: Record<string, unknown> | null;
}

/**
 * Waits for a person. LangGraph re-runs this node from the top on resume, so nothing before interrupt()
 * may have effects; the trace step is written after the decision arrives.
 */
export async function reviewNode(
  state: SupervisedState<Record<string, unknown>>,
  runtime: WorkflowRuntime,
): Promise<{ decision: ReviewDecision }> {
  const decision = interrupt<ReviewRequest, ReviewDecision>({
    verdict: state.verdict,
    revision: state.revision,
    findings: state.findings,
    reviewReasons: state.reviewReasons,
    output: state.draft?.output ?? null,
  });
  const context = contextOf(runtime);
  await traced(
    context.tracer,
    {
      kind: "review",
      name: "human_review",
      input: { decision: decision.decision },
      parentStepId: context.rootStepId,
    },
    async () => decision,
    (d) => ({ reviewer: d.reviewer, reason: d.reason, edited: Boolean(d.editedOutput) }),
  );
  return { decision };
}

export function routeAfterReview(state: Pick<SupervisedState<Record<string, unknown>>, "decision">) {
  return state.decision?.decision === "reject" ? "block" : "release";
}

/** Releases the reviewer's edit when there is one, else the draft, with the AI-generated disclosure. */
export async function releaseNode(state: SupervisedState<Record<string, unknown>>, runtime: WorkflowRuntime) {
  const context = contextOf(runtime);
  const edited = state.decision?.editedOutput;
  const output = edited ?? state.draft?.output ?? {};
  return traced(
    context.tracer,
    {
      kind: "release",
      name: "release",
      input: { revision: state.revision },
      parentStepId: context.rootStepId,
    },
    async () => ({
      outcome: "released" as const,
      released: { ...output, disclosure: disclosureFor(context.engine, Boolean(edited)) },
    }),
    () => ({ released: true, byReviewer: state.decision?.reviewer ?? null }),
  );
}

export async function blockNode(state: SupervisedState<Record<string, unknown>>, runtime: WorkflowRuntime) {
  const context = contextOf(runtime);
  return traced(
    context.tracer,
    { kind: "release", name: "block", input: { verdict: state.verdict }, parentStepId: context.rootStepId },
    async () => ({ outcome: "blocked" as const, released: null }),
    () => ({
      released: false,
      findings: state.findings.length,
      byReviewer: state.decision?.reviewer ?? null,
    }),
  );
}
