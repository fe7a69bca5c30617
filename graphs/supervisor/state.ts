// The part of the state every guarded workflow shares: the draft under check, the guards' report, the
// revision count, and what is finally released. Types are read off the annotation, never declared twice.
import { Annotation } from "@langchain/langgraph";
import { z } from "zod";
import type { Finding, Jurisdiction, TextKind, Verdict } from "../../core/contract.js";
import { ReviewDecisionKind } from "../../core/contract.js";

/** One text of a draft that the guards must check (an ad, one CV's rationale, a summary…). */
export interface GuardedText {
  key: string;
  text: string;
  kind: TextKind;
  sources?: string[];
}

/** What a worker hands to the supervisor: the output the caller gets when released, and the texts to check. */
export interface Draft<Output extends object = Record<string, unknown>> {
  output: Output;
  texts: GuardedText[];
}

export const RUN_OUTCOMES = ["released", "blocked"] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

/** A reviewer's decision, as the API, the pages and the graph's resume all read it. */
export const ReviewDecision = z.object({
  decision: ReviewDecisionKind,
  reason: z.string(),
  reviewer: z.string(),
  editedOutput: z.record(z.string(), z.unknown()).optional(),
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

const replace = <T>(initial: () => T) => Annotation<T>({ reducer: (_a, b) => b, default: initial });

/** The guarded channels, typed by the workflow's output; every workflow state spreads them. */
export function guardedChannels<Output extends object>() {
  return {
    jurisdiction: Annotation<Jurisdiction>,
    draft: replace<Draft<Output> | null>(() => null),
    revision: replace<number>(() => 0),
    verdict: replace<Verdict | null>(() => null),
    findings: replace<Finding[]>(() => []),
    /** Why a person must decide although the guards passed (screening: a rejection, RGPD art. 22). */
    reviewReasons: replace<string[]>(() => []),
    outcome: replace<RunOutcome | null>(() => null),
    released: replace<Record<string, unknown> | null>(() => null),
    decision: replace<ReviewDecision | null>(() => null),
  };
}

export const GuardedAnnotation = Annotation.Root(guardedChannels<Record<string, unknown>>());
export type GuardedState = typeof GuardedAnnotation.State;
