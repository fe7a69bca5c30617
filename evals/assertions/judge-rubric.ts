// A model grades the output against a rubric. Without a grade (offline, or no recorded grade in replay) the
// assertion is skipped and reported as such: never a silent pass.
import type { AssertionHandler, AssertionOutcome } from "./types.js";

export const judgeRubric: AssertionHandler<"judge-rubric"> = async (
  a,
  context,
): Promise<AssertionOutcome> => {
  const grade = await context.grade(a.rubric, context.output);
  if ("skipped" in grade)
    return { type: "judge-rubric", status: "skipped", message: `judge skipped: ${grade.skipped}` };
  return {
    type: "judge-rubric",
    status: grade.score >= a.min ? "pass" : "fail",
    message: `judge score ${grade.score.toFixed(2)} (min ${a.min}): ${grade.reason}`,
    score: grade.score,
  };
};
