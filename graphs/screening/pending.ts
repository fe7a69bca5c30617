// The ranking a screening run holds while it waits for a person (or after it was blocked): what the
// recruiter reviewing it reads. Nothing here is released; a caller shows it only to that person.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { compiledWorkflow } from "../registry.js";
import { type ScreeningOutput, ScreeningOutputShape } from "./output.js";

export async function screeningDraft(
  checkpointer: BaseCheckpointSaver,
  runId: string,
): Promise<ScreeningOutput | undefined> {
  const state = await compiledWorkflow(checkpointer, "screening").state(runId);
  const parsed = ScreeningOutputShape.safeParse(state?.draft?.output);
  return parsed.success ? parsed.data : undefined;
}
