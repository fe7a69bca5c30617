// Expected verdicts and criteria: what the guard contract promises a caller.
import type { Criterion } from "../../core/contract.js";
import type { AssertionHandler, AssertionOutcome } from "./types.js";

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const verdict: AssertionHandler<"verdict"> = (a, { output }): AssertionOutcome => {
  const problems: string[] = [];
  const verdicts = list(a.value);
  if (verdicts.length > 0 && !verdicts.some((v) => v === output.verdict))
    problems.push(`verdict ${output.verdict ?? "(none)"}, expected ${verdicts.join(" or ")}`);
  const statuses = list(a.status);
  if (statuses.length > 0 && !statuses.some((s) => s === output.status))
    problems.push(`status ${output.status ?? "(none)"}, expected ${statuses.join(" or ")}`);
  if (problems.length > 0) return { type: "verdict", status: "fail", message: problems.join("; ") };
  return {
    type: "verdict",
    status: "pass",
    message: [output.verdict && `verdict ${output.verdict}`, output.status && `status ${output.status}`]
      .filter(Boolean)
      .join(", "),
  };
};

export const criteria: AssertionHandler<"criteria"> = (a, { output }): AssertionOutcome => {
  const findings = (output.findings ?? []).filter((f) => !a.guard || f.guard === a.guard);
  const seen = new Set<Criterion>(findings.flatMap((f) => f.criteria));
  const problems: string[] = [];
  if (a.none && findings.length > 0)
    problems.push(`expected no finding, got ${findings.map((f) => `${f.guard}/${f.rule}`).join(", ")}`);
  const missing = (a.includes ?? []).filter((c) => !seen.has(c));
  if (missing.length > 0) problems.push(`missing criteria ${missing.join(", ")}`);
  const unwanted = (a.excludes ?? []).filter((c) => seen.has(c));
  if (unwanted.length > 0) problems.push(`unexpected criteria ${unwanted.join(", ")}`);
  const got = [...seen].sort().join(", ") || "(none)";
  return problems.length > 0
    ? { type: "criteria", status: "fail", message: `${problems.join("; ")} (found: ${got})` }
    : { type: "criteria", status: "pass", message: `criteria found: ${got}` };
};
