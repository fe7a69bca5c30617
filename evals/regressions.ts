// Turns a reviewer's decision on a run into a regression case, written by the reviewers' feature as
// evals/suites/regressions/<runId>.yaml. Every such file is a suite file of one case; the folder is the
// `regressions` suite. The case re-runs the workflow on the same input and asserts what the reviewer decided.
import { stringify } from "yaml";
import type { Finding, Jurisdiction, RunStatus, Verdict, WorkflowId } from "../core/contract.js";
import type { Assertion } from "./assertions/schema.js";

export const REVIEW_DECISIONS = ["approve", "reject", "edit_approve"] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];

export interface ExportedRun {
  id: string;
  workflow: WorkflowId;
  jurisdiction: Jurisdiction;
  input: Record<string, unknown>;
  status: RunStatus;
  verdict: Verdict | null;
  output?: unknown;
  findings: Array<Pick<Finding, "guard" | "rule" | "criteria" | "severity" | "evidence">>;
}

export interface ExportedDecision {
  decision: ReviewDecisionKind;
  reason: string;
  reviewer: string;
  editedOutput?: unknown;
  at?: Date;
}

/** The file a regression case is written to, relative to the package root. */
export function regressionCasePath(runId: string): string {
  return `evals/suites/regressions/${runId.replace(/[^A-Za-z0-9._-]/gu, "_")}.yaml`;
}

/** The readable text of an output: a string, or the first `text` field found in it. */
function textOf(output: unknown): string | undefined {
  if (typeof output === "string") return output;
  if (typeof output !== "object" || output === null) return undefined;
  const record = output as Record<string, unknown>;
  if (typeof record.text === "string") return record.text;
  for (const value of Object.values(record)) {
    const found = textOf(value);
    if (found) return found;
  }
  return undefined;
}

function assertionsFor(run: ExportedRun, decision: ExportedDecision): Assertion[] {
  switch (decision.decision) {
    case "reject": {
      // The reviewer refused the text. A rerun may rightly rewrite and release it, so what is asserted is
      // that what they refused never comes out again; with no finding to name it, that a person sees it.
      const evidence = [...new Set(run.findings.map((f) => f.evidence))].filter(Boolean);
      if (evidence.length === 0) return [{ type: "verdict", status: ["needs_review", "blocked"] }];
      return [{ type: "not-contains", value: evidence, ignoreCase: true }];
    }
    case "approve":
      // Asking a person was fine; blocking what a person released was not.
      return [{ type: "verdict", status: ["released", "needs_review"] }];
    case "edit_approve": {
      const out: Assertion[] = [{ type: "verdict", status: ["released", "needs_review"] }];
      const edited = textOf(decision.editedOutput);
      if (edited) {
        // A rewritten draft shares the reviewer's vocabulary more than their word order: a loose bound.
        out.push({ type: "similarity", method: "token-cosine", reference: edited, min: 0.3 });
        // What the reviewer cut out of the draft is what the workflow should stop writing.
        const removed = [...new Set(run.findings.map((f) => f.evidence))].filter(
          (e) => e && !edited.includes(e),
        );
        if (removed.length > 0) out.push({ type: "not-contains", value: removed });
      }
      return out;
    }
  }
}

/** The YAML content of evals/suites/regressions/<runId>.yaml for one reviewed run. */
export function exportRegressionCase(run: ExportedRun, decision: ExportedDecision): string {
  const at = (decision.at ?? new Date()).toISOString();
  const file = {
    description: `Regression exported from run ${run.id} (${decision.decision} by ${decision.reviewer}).`,
    exported: {
      runId: run.id,
      workflow: run.workflow,
      decision: decision.decision,
      reviewer: decision.reviewer,
      reason: decision.reason,
      at,
      original: {
        status: run.status,
        verdict: run.verdict,
        rules: [...new Set(run.findings.map((f) => f.rule))],
      },
    },
    cases: [
      {
        id: `review-${run.id}`,
        description: decision.reason,
        target: `workflow:${run.workflow}`,
        jurisdiction: run.jurisdiction,
        input: run.input,
        assert: assertionsFor(run, decision),
      },
    ],
  };
  return `# Exported by garde-fou from a reviewer's decision. Edit the assertions if they say too much or too little.\n${stringify(file, { lineWidth: 110 })}`;
}
