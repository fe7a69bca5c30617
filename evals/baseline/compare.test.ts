import { describe, expect, it } from "vitest";
import type { CaseResult, CaseStatus, EvalRunResult } from "../runner/types.js";
import { baselineFromResults } from "./baseline-file.js";
import { compareWithBaselines } from "./compare.js";

const column = { label: "default", provider: "offline" as const, promptVersions: {} };

function result(caseId: string, status: CaseStatus, outputHash = `h-${caseId}`): CaseResult {
  return {
    suite: "s",
    caseId,
    column: "default",
    target: "prompt",
    status,
    assertions: [
      { type: "contains", status: status === "pass" ? "pass" : "fail", message: `${caseId} message` },
    ],
    output: { text: "" },
    outputHash,
    latencyMs: 1,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
  };
}

function run(results: CaseResult[], suites = ["s"]): EvalRunResult {
  const at = new Date("2026-01-01T00:00:00Z");
  return { id: "r", mode: "replay", startedAt: at, finishedAt: at, suites, columns: [column], results };
}

const baselineOf = (results: CaseResult[]) =>
  new Map([["s", baselineFromResults("s", "base-1", new Date(0), column, results)]]);

describe("compareWithBaselines", () => {
  const before = [result("a", "pass"), result("b", "fail"), result("c", "pass")];

  it("a case that passed and now fails is a regression, and fails the run", () => {
    const cmp = compareWithBaselines(
      run([result("a", "fail"), result("b", "fail"), result("c", "pass")]),
      baselineOf(before),
    );
    expect(cmp.regressed).toBe(true);
    expect(cmp.suites[0]?.regressions.map((c) => c.caseId)).toEqual(["a"]);
    expect(cmp.suites[0]?.regressions[0]?.messages).toEqual(["contains: a message"]);
  });

  it("a case that failed and now passes is a fix, and the run passes", () => {
    const cmp = compareWithBaselines(
      run([result("a", "pass"), result("b", "pass"), result("c", "pass")]),
      baselineOf(before),
    );
    expect(cmp.regressed).toBe(false);
    expect(cmp.suites[0]?.fixes.map((c) => c.caseId)).toEqual(["b"]);
  });

  it("same status with another output is listed as changed, not as a regression", () => {
    const cmp = compareWithBaselines(
      run([result("a", "pass", "other"), result("b", "fail"), result("c", "pass")]),
      baselineOf(before),
    );
    expect(cmp.regressed).toBe(false);
    expect(cmp.suites[0]?.changed.map((c) => c.caseId)).toEqual(["a"]);
  });

  it("a drop of the pass rate fails the run even without a regression (a new failing case)", () => {
    const cmp = compareWithBaselines(
      run([...before, result("d", "fail"), result("e", "fail")]),
      baselineOf(before),
    );
    expect(cmp.suites[0]?.regressions).toHaveLength(0);
    expect(cmp.suites[0]?.added.map((c) => c.caseId)).toEqual(["d", "e"]);
    expect(cmp.regressed).toBe(true);
  });

  it("removed cases are listed", () => {
    const cmp = compareWithBaselines(run([result("a", "pass"), result("b", "fail")]), baselineOf(before));
    expect(cmp.suites[0]?.removed.map((c) => c.caseId)).toEqual(["c"]);
  });

  it("without a baseline any failure fails the run", () => {
    expect(compareWithBaselines(run([result("a", "fail")], ["s"]), new Map()).regressed).toBe(true);
    expect(compareWithBaselines(run([result("a", "pass")], ["s"]), new Map()).regressed).toBe(false);
  });
});
