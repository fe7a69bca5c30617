// The part of the state every guarded workflow shares: the draft under check, the guards' report, the
// revision count, and what is finally released.
import { Annotation } from "@langchain/langgraph";
import type { Finding, Jurisdiction, TextKind, Verdict } from "../../core/contract.js";

/** One text of a draft that the guards must check (an ad, one CV's rationale, a summary…). */
export interface GuardedText {
  key: string;
  text: string;
  kind: TextKind;
  sources?: string[];
}

export interface Draft {
  /** The structured output the caller gets when released. */
  output: Record<string, unknown>;
  texts: GuardedText[];
}

export const RUN_OUTCOMES = ["released", "blocked", "needs_review"] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

export interface ReviewDecision {
  decision: "approve" | "reject" | "edit_approve";
  reason: string;
  reviewer: string;
  editedOutput?: Record<string, unknown>;
}

export const GuardedAnnotation = {
  jurisdiction: Annotation<Jurisdiction>,
  draft: Annotation<Draft | null>({ reducer: (_a, b) => b, default: () => null }),
  revision: Annotation<number>({ reducer: (_a, b) => b, default: () => 0 }),
  verdict: Annotation<Verdict | null>({ reducer: (_a, b) => b, default: () => null }),
  findings: Annotation<Finding[]>({ reducer: (_a, b) => b, default: () => [] }),
  outcome: Annotation<RunOutcome | null>({ reducer: (_a, b) => b, default: () => null }),
  released: Annotation<Record<string, unknown> | null>({ reducer: (_a, b) => b, default: () => null }),
  decision: Annotation<ReviewDecision | null>({ reducer: (_a, b) => b, default: () => null }),
};

export interface GuardedState {
  jurisdiction: Jurisdiction;
  draft: Draft | null;
  revision: number;
  verdict: Verdict | null;
  findings: Finding[];
  outcome: RunOutcome | null;
  released: Record<string, unknown> | null;
  decision: ReviewDecision | null;
}
