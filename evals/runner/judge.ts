// The judge-rubric grader: one structured model call through the case's recording engine, so that a grade is
// recorded and replayed like any answer. No grade to be had is a skip with its reason, never a pass.
import { z } from "zod";
import { ModelError } from "../../core/errors.js";
import type { ModelEngine } from "../../core/models.js";
import type { JudgeGrade } from "../assertions/types.js";
import type { TargetOutput } from "../targets/types.js";
import { RecordingMissingError } from "./recording-engine.js";

export const JUDGE_PROMPT = { name: "eval-judge", version: "v1" } as const;

const Grade = z.object({ score: z.number().min(0).max(1), reason: z.string() });

const SYSTEM = [
  "You grade the output of a recruiting assistant against a rubric.",
  'Answer only with JSON: {"score": number between 0 and 1, "reason": short sentence}.',
  "Give 1 when the output fully meets the rubric, 0 when it plainly fails it.",
].join(" ");

export async function gradeWithJudge(
  engine: ModelEngine,
  rubric: string,
  output: TargetOutput,
): Promise<JudgeGrade | { skipped: string }> {
  try {
    const answer = await engine.chat({
      prompt: JUDGE_PROMPT,
      messages: [
        { role: "system", content: SYSTEM },
        { role: "user", content: `Rubric:\n${rubric}\n\nOutput:\n${output.text}` },
      ],
      schema: Grade,
    });
    if (!answer.data) return { skipped: "the judge gave no structured grade" };
    return answer.data;
  } catch (error) {
    if (error instanceof RecordingMissingError)
      return { skipped: "no recorded grade for this output (replay)" };
    // The offline engine has no chat model: a judge cannot run, which is a skip, not a pass.
    if (engine.offline && error instanceof ModelError && error.code === "model_unavailable")
      return { skipped: "the offline provider has no judge model" };
    throw error;
  }
}
