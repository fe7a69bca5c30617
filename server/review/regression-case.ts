// A decision that disagrees with the guards, as a suite file for evals/suites/regressions/ (the format of
// evals/runner/suite-schema.ts). Personal data is pseudonymised: these files are committed.

import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { stringify } from "yaml";
import { ConflictError, NotFoundError } from "../../core/errors.js";
import type { Database } from "../../db/client.js";
import { findDecision } from "../../db/queries/review.js";
import { getRunDetail, latestFindings } from "../../db/queries/runs.js";
import { draftsFromOutput, draftsOf } from "../../graphs/drafts.js";
import { pseudonymise } from "../../guards/pii/index.js";
import { disagreesWithGuards } from "./decide.js";

export interface RegressionCaseFile {
  fileName: string;
  content: string;
}

export async function regressionCaseFor(
  deps: { db: Database; checkpointer: BaseCheckpointSaver },
  decisionId: string,
): Promise<RegressionCaseFile> {
  const decision = await findDecision(deps.db, decisionId);
  if (!decision) throw new NotFoundError("decision", decisionId);
  const detail = await getRunDetail(deps.db, decision.runId);
  if (!detail) throw new NotFoundError("run", decision.runId);
  const { run } = detail;
  if (!disagreesWithGuards(run.verdict, decision.decision))
    throw new ConflictError(
      `decision ${decisionId} agrees with the guards; there is no regression to export`,
      {
        verdict: run.verdict,
        decision: decision.decision,
      },
    );
  const drafts = await draftsOf(deps, run.id);
  const last = drafts.at(-1) ?? draftsFromOutput(run.output, run.revisions).at(-1);
  if (!last) throw new ConflictError(`the texts of run ${run.id} are no longer available`);
  const edited = decision.editedOutput as Record<string, unknown> | null;
  const approve = decision.decision !== "reject";
  const cases = last.texts.map((t, i) => {
    // An edit is what the reviewer would release: that version is the one the guards should pass.
    const editedText =
      edited && last.texts.length === 1 && typeof edited.text === "string" ? edited.text : undefined;
    return {
      id: `review-${decision.id}${last.texts.length > 1 ? `-${i + 1}` : ""}`,
      description: `Reviewer ${decision.decision} (${decision.reason}); the guards said ${run.verdict ?? "nothing"}.`,
      target: "guard",
      jurisdiction: run.jurisdiction,
      tags: ["regression", "review", decision.decision],
      input: { text: pseudonymise(editedText ?? t.text).text, kind: t.kind, generated: true },
      assert: [
        approve
          ? { type: "verdict", value: "pass" }
          : { type: "verdict", value: ["revise", "review", "block"] },
      ],
    };
  });
  const file = {
    description: `Review decision ${decision.id} on run ${run.id} (${run.workflow}) disagreed with the guards.`,
    exported: {
      source: "review",
      runId: run.id,
      workflow: run.workflow,
      decisionId: decision.id,
      decision: decision.decision,
      reviewer: decision.reviewer,
      decidedAt: decision.createdAt.toISOString(),
      guardVerdict: run.verdict,
      findings: latestFindings(detail).map((f) => `${f.guard}/${f.rule}`),
    },
    cases,
  };
  return { fileName: `review-${decision.id}.yaml`, content: stringify(file) };
}
