// The ranking a screening run holds while it waits for a person (or after it was blocked): what the
// recruiter reviewing it reads. Nothing here is released; a caller shows it only to that person.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { buildScreeningGraph } from "./index.js";
import type { ScreeningOutput } from "./output.js";

export async function screeningDraft(
  checkpointer: BaseCheckpointSaver,
  runId: string,
): Promise<ScreeningOutput | undefined> {
  const graph = buildScreeningGraph(checkpointer);
  const snapshot = await graph.getState({ configurable: { thread_id: runId } });
  const draft = (snapshot.values as { draft?: { output?: unknown } | null }).draft;
  const output = draft?.output;
  return typeof output === "object" &&
    output !== null &&
    Array.isArray((output as { ranking?: unknown }).ranking)
    ? (output as ScreeningOutput)
    : undefined;
}
