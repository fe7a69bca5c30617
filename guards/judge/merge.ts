// How a judge's answer combines with the detectors' findings for one guard. The judge may add findings;
// it may clear the detectors only where they said they were unsure. Against a detector that was sure, a
// judge "pass" does not release the text: the findings go to a person (review) with both views noted.
import type { Finding, Verdict } from "../../core/contract.js";
import type { Certainty, JudgeStatus } from "../types.js";

export interface Merged {
  findings: Finding[];
  status: JudgeStatus;
  notes: string[];
  /** A verdict floor when the judge condemned the text without a locatable finding. */
  floor?: Verdict;
}

const overlaps = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;

export function mergeJudge(
  detector: readonly Finding[],
  certainty: Certainty,
  judge: { verdict: Verdict; findings: Finding[]; reasoning: string },
): Merged {
  const notes: string[] = [];
  const added = judge.findings.filter((j) => !detector.some((d) => d.rule === j.rule && overlaps(d, j)));
  if (judge.verdict === "pass" && judge.findings.length === 0 && detector.length > 0) {
    if (certainty === "unsure") {
      notes.push(`judge cleared ${detector.length} unsure detector finding(s): ${judge.reasoning}`);
      return { findings: [], status: "overruled", notes };
    }
    notes.push(`judge disagrees with sure detector findings (${judge.reasoning}); a person decides`);
    return {
      findings: detector.map((f) => (f.severity === "warn" ? f : { ...f, severity: "review" })),
      status: "overruled",
      notes,
    };
  }
  const findings = [...detector, ...added];
  const merged: Merged = { findings, status: added.length > 0 ? "added" : "confirmed", notes };
  if (judge.verdict !== "pass" && findings.every((f) => f.severity === "warn")) {
    notes.push(`judge verdict ${judge.verdict} without a locatable finding: sent to review`);
    merged.floor = "review";
  }
  return merged;
}
