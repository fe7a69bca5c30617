// One case in one column: run the target, then every assertion; a target that throws makes an `error` case.
import { createHash } from "node:crypto";
import { isGardeFouError } from "../../core/errors.js";
import type { ModelCallRecord, ModelEngine } from "../../core/models.js";
import { evaluateAssertion } from "../assertions/registry.js";
import type { AssertionContext, AssertionOutcome, CaseMeasures } from "../assertions/types.js";
import { callCost } from "../prices.js";
import type { TargetContext } from "../targets/context.js";
import { runTarget } from "../targets/registry.js";
import { withReplacements } from "../targets/replace.js";
import { type TargetOutput, TargetUnavailableError } from "../targets/types.js";
import { gradeWithJudge } from "./judge.js";
import type { EvalCase } from "./suite-schema.js";
import type { CaseResult, CaseStatus, StoredOutput } from "./types.js";

export interface CaseRun {
  suite: string;
  column: string;
  testCase: EvalCase;
  /** Builds the case's engine; every call it makes lands in `calls`. */
  engineFor(onCall: (record: ModelCallRecord) => void): ModelEngine;
  context: Omit<TargetContext, "engine" | "caseId">;
}

function stored(output: TargetOutput): StoredOutput {
  const out: StoredOutput = { text: output.text };
  if (output.verdict !== undefined) out.verdict = output.verdict;
  if (output.status !== undefined) out.status = output.status;
  if (output.findings)
    out.findings = output.findings.map((f) => ({
      guard: f.guard,
      rule: f.rule,
      criteria: f.criteria,
      severity: f.severity,
      evidence: f.evidence,
    }));
  if (output.data !== undefined) out.data = output.data;
  return out;
}

const hashOf = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

function statusOf(outcomes: AssertionOutcome[]): CaseStatus {
  if (outcomes.some((o) => o.status === "error")) return "error";
  if (outcomes.some((o) => o.status === "fail")) return "fail";
  if (outcomes.every((o) => o.status === "skipped")) return "skipped";
  return "pass";
}

function errorCode(error: unknown): string {
  if (error instanceof TargetUnavailableError) return "target_unavailable";
  return isGardeFouError(error) ? error.code : "internal";
}

export async function runCase(run: CaseRun): Promise<CaseResult> {
  const { testCase, suite, column } = run;
  const calls: ModelCallRecord[] = [];
  const engine = run.engineFor((record) => calls.push(record));
  const context: TargetContext = { ...run.context, engine, caseId: testCase.id };
  const base = { suite, caseId: testCase.id, column, target: testCase.target };
  const started = performance.now();
  let output: TargetOutput;
  try {
    output = await runTarget(testCase, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = errorCode(error);
    return {
      ...base,
      ...(testCase.description ? { description: testCase.description } : {}),
      status: "error",
      error: { code, message },
      assertions: [
        {
          type: "target",
          status: "error",
          message: code === "target_unavailable" ? message : `${code}: ${message}`,
        },
      ],
      output: null,
      outputHash: hashOf({ error: code }),
      latencyMs: performance.now() - started,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
    };
  }
  // Recorded latencies make replayed reports comparable with live ones; without model calls, wall time.
  const measures: CaseMeasures = {
    latencyMs: calls.length > 0 ? calls.reduce((s, c) => s + c.latencyMs, 0) : performance.now() - started,
    inputTokens: calls.reduce((s, c) => s + c.inputTokens, 0),
    outputTokens: calls.reduce((s, c) => s + c.outputTokens, 0),
    costUsd: calls.reduce((s, c) => s + callCost(c), 0),
  };
  const assertionContext: AssertionContext = {
    caseId: testCase.id,
    output,
    measures,
    rerun: (replacements) => runTarget(withReplacements(testCase, replacements), context),
    grade: (rubric, graded) => gradeWithJudge(engine, rubric, graded),
  };
  const outcomes: AssertionOutcome[] = [];
  for (const assertion of testCase.assert)
    outcomes.push(await evaluateAssertion(assertion, assertionContext));
  const kept = stored(output);
  return {
    ...base,
    ...(testCase.description ? { description: testCase.description } : {}),
    status: statusOf(outcomes),
    assertions: outcomes,
    output: kept,
    outputHash: hashOf(kept),
    ...measures,
  };
}
