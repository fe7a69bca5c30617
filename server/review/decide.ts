// A reviewer's decision: validated, given to the waiting graph, and recorded with its audit entry, so that
// an auditor can follow who decided what, when, and what changed (AI Act art. 12 and 14).
import { Jurisdiction, REVIEW_DECISIONS, type ReviewDecisionKind } from "../../core/contract.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import { MemoryTracer } from "../../core/trace.js";
import { findRun } from "../../db/queries/runs.js";
import { afterRest } from "../../graphs/background.js";
import { draftsOf } from "../../graphs/drafts.js";
import { resumeRun } from "../../graphs/runner.js";
import { guardTexts } from "../../graphs/supervisor/guard-texts.js";
import type { AppDeps } from "../deps.js";
import { actorOf, type Principal } from "../middleware/principal.js";
import { correctedOutput, editedTexts, fieldsWithMasks, restoreMaskedOutput } from "./edited-output.js";

/** The reviewer's answers, from the contract (one list for the API, the pages, the graph and the database). */
export const DECISIONS = REVIEW_DECISIONS;
export type DecisionKind = ReviewDecisionKind;

export interface DecisionInput {
  decision: DecisionKind;
  reason: string;
  editedOutput?: Record<string, unknown>;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface DecisionOutcome {
  decisionId: string;
  runId: string;
  decision: DecisionKind;
  reviewer: string;
  before: { status: string; verdict: string | null };
  after: { status: string; verdict: string | null };
  changes: FieldChange[];
  /** The reviewer disagreed with the guards: the case is worth a regression test. */
  disagreesWithGuards: boolean;
  /** What the guards say of a reviewer's corrected text (null when nothing was edited). */
  editChecked: { verdict: string; rules: string[] } | null;
}

/** Approving what the guards stopped, or rejecting what they passed. */
export function disagreesWithGuards(guardVerdict: string | null, decision: string): boolean {
  const flagged = guardVerdict !== null && guardVerdict !== "pass";
  return flagged ? decision !== "reject" : decision === "reject";
}

export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...fields]
    .filter((f) => JSON.stringify(before?.[f]) !== JSON.stringify(after[f]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }));
}

export function validateDecision(input: DecisionInput): void {
  if (input.reason.trim() === "")
    throw new InvalidInputError("reason: a decision needs a reason", { field: "reason" });
  if (
    input.decision === "edit_approve" &&
    (!input.editedOutput || Object.keys(input.editedOutput).length === 0)
  )
    throw new InvalidInputError("editedOutput: required to edit and approve", { field: "editedOutput" });
  if (input.decision !== "edit_approve" && input.editedOutput)
    throw new InvalidInputError("editedOutput: only with edit_approve", { field: "editedOutput" });
}

export function createDecider(deps: AppDeps) {
  return async function decide(
    principal: Principal,
    runId: string,
    input: DecisionInput,
  ): Promise<DecisionOutcome> {
    validateDecision(input);
    const run = await findRun(deps.db, runId);
    if (!run) throw new NotFoundError("run", runId);
    // A cheap early answer; the decision itself is claimed in the database (graphs/runner.ts), so two
    // reviewers, on one instance or two, can never both decide.
    if (run.status !== "needs_review")
      throw new ConflictError(`run ${runId} is ${run.status}, not waiting for review`, {
        status: run.status,
      });
    const drafts = await draftsOf(deps.runs, runId);
    const last = drafts.at(-1);
    const shown = last?.output ?? null;
    // A person may overrule the guards, but a correction is text nobody has checked yet: it must have the
    // workflow's output shape, and every text of it goes through the supervisor's own check of a worker's
    // draft. What it blocks (or would send back for a rewrite) is never released.
    let editChecked: DecisionOutcome["editChecked"] = null;
    let corrected: Record<string, unknown> | undefined;
    if (input.editedOutput) {
      if (!last)
        throw new ConflictError(
          `run ${runId}: its draft is no longer available, so a correction cannot be checked against it; approve or reject`,
        );
      corrected = restoreMaskedOutput(last.output, correctedOutput(last.output, input.editedOutput));
      const masked = fieldsWithMasks(corrected);
      if (masked.length > 0)
        throw new InvalidInputError(
          `editedOutput: ${masked.join(", ")} still hold a mask of personal data ([NOM]•••, [EMAIL]•••…) that cannot be put back; leave each mask where it was shown, or type the real text`,
          { field: masked[0] ?? "editedOutput", fields: masked },
        );
      const texts = editedTexts(last, corrected);
      const check = await guardTexts(
        texts,
        { jurisdiction: Jurisdiction.catch("FR").parse(run.jurisdiction), revision: last.revision },
        // The check's steps are not the run's trace (a refused edit is no draft); the audit keeps its verdict.
        {
          engine: deps.runs.engine,
          judgeMode: deps.runs.judgeMode,
          tracer: new MemoryTracer(runId),
          rootStepId: undefined,
          cpu: deps.runs.cpu,
        },
      );
      const rules = [...new Set(check.findings.map((f) => f.rule))];
      editChecked = { verdict: check.verdict, rules };
      if (check.verdict === "block" || check.verdict === "revise") {
        const fields = [...new Set(check.findings.map((f) => f.target ?? texts[0]?.key ?? "editedOutput"))];
        throw new InvalidInputError(
          `editedOutput: the guards block the corrected text (${rules.join(", ")}) in ${fields.join(", ")}`,
          { field: fields[0] ?? "editedOutput", fields, rules },
        );
      }
    }
    const reviewer = actorOf(principal);
    const changes = corrected ? changedFields(shown, corrected) : [];
    const disagrees = disagreesWithGuards(run.verdict, input.decision);
    const result = await resumeRun(
      deps.runs,
      runId,
      {
        decision: input.decision,
        reason: input.reason.trim(),
        reviewer,
        ...(corrected ? { editedOutput: corrected } : {}),
      },
      {
        auditDetails: {
          keyId: principal.keyId,
          role: principal.role,
          changes,
          disagreesWithGuards: disagrees,
          editChecked,
        },
      },
    );
    // A decision ends the run's wait: what follows its rest (its webhook with the final outcome, a batch
    // chunk's scores) is sent as after any other rest; idempotent, so a retried job adds nothing.
    if (deps.queue) await afterRest(deps.runs, deps.queue, runId);
    return {
      decisionId: result.decisionId,
      runId,
      decision: input.decision,
      reviewer,
      before: { status: run.status, verdict: run.verdict },
      after: { status: result.status, verdict: result.verdict },
      changes,
      disagreesWithGuards: disagrees,
      editChecked,
    };
  };
}

export type Decide = ReturnType<typeof createDecider>;

/** The decider of an app, shared by the API and the pages. */
export function deciderFor(deps: AppDeps): Decide {
  return createDecider(deps);
}
