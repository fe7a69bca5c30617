// The drafts a reviewer compares: what the guards checked at each revision of a run, read from the run's
// graph (its checkpointed history), not from the checkpoint tables' internals.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { Database } from "../db/client.js";
import { findRun } from "../db/queries/runs.js";
import type { DraftRevision } from "./define.js";
import { compiledWorkflow, WorkflowId } from "./registry.js";

export type { DraftRevision } from "./define.js";

/** Every checked draft of a run, oldest first; none when the run or its checkpoints are gone. */
export async function draftsOf(
  deps: { db: Database; checkpointer: BaseCheckpointSaver },
  runId: string,
): Promise<DraftRevision[]> {
  const run = await findRun(deps.db, runId);
  const workflow = WorkflowId.safeParse(run?.workflow);
  if (!run || !workflow.success) return [];
  return compiledWorkflow(deps.checkpointer, workflow.data).drafts(runId);
}

/**
 * When the checkpoints are gone (a restart with the in-memory saver), a released run still has its last
 * text in its output.
 */
export function draftsFromOutput(output: unknown, revision: number): DraftRevision[] {
  if (typeof output !== "object" || output === null || !("text" in output)) return [];
  const { text } = output;
  if (typeof text !== "string") return [];
  return [
    {
      revision,
      texts: [{ key: "output", text, kind: "job_ad" }],
      output: Object.fromEntries(Object.entries(output)),
    },
  ];
}
