// Builds assertion contexts for tests without running a target.
import type { AssertionContext, JudgeGrade } from "../assertions/types.js";
import type { TargetOutput } from "../targets/types.js";

export function contextFor(
  output: Partial<TargetOutput> & { text?: string },
  options: {
    rerun?: (replacements: Record<string, string>) => Promise<TargetOutput>;
    grade?: JudgeGrade | { skipped: string };
  } = {},
): AssertionContext {
  return {
    caseId: "case-1",
    output: { text: "", ...output },
    measures: { latencyMs: 120, inputTokens: 10, outputTokens: 20, costUsd: 0 },
    rerun: options.rerun ?? (async () => ({ text: "" })),
    grade: async () => options.grade ?? { skipped: "no judge in this test" },
  };
}
