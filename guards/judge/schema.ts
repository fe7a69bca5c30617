// What the judge must answer (prompts/guard-judge): a verdict and located findings. Criteria the model
// invents are dropped rather than failing the whole answer; a malformed answer is a ModelError raised by
// the engine, which leaves the detectors' verdict standing.
import { z } from "zod";
import { Criterion, Verdict } from "../../core/contract.js";

const criteria = z
  .array(z.string())
  .default([])
  .transform((values) => values.filter((v): v is Criterion => Criterion.safeParse(v).success));

export const JudgeFinding = z.object({
  rule: z.string().min(1),
  criteria,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  evidence: z.string().min(1),
  explanation: z.string().optional(),
});
export type JudgeFinding = z.infer<typeof JudgeFinding>;

export const JudgeAnswer = z.object({
  verdict: Verdict,
  findings: z.array(JudgeFinding).default([]),
  reasoning: z.string().default(""),
});
export type JudgeAnswer = z.infer<typeof JudgeAnswer>;
