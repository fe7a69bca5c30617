// The texts the guards checked, one entry per revision. The trace keeps findings with offsets but not the
// drafts themselves; the graph's checkpoints hold them, one per step, for as long as the checkpointer does.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { z } from "zod";

const CheckedText = z.object({
  key: z.string(),
  text: z.string(),
  kind: z.string(),
  sources: z.array(z.string()).optional(),
});
const DraftState = z.object({
  revision: z.number().int(),
  draft: z.object({ output: z.record(z.string(), z.unknown()), texts: z.array(CheckedText) }),
});

export interface DraftRevision {
  revision: number;
  texts: Array<z.infer<typeof CheckedText>>;
  output: Record<string, unknown>;
}

export async function draftsOf(checkpointer: BaseCheckpointSaver, runId: string): Promise<DraftRevision[]> {
  const byRevision = new Map<number, DraftRevision>();
  for await (const tuple of checkpointer.list({ configurable: { thread_id: runId } })) {
    const parsed = DraftState.safeParse(tuple.checkpoint.channel_values);
    if (!parsed.success || byRevision.has(parsed.data.revision)) continue;
    const { revision, draft } = parsed.data;
    byRevision.set(revision, { revision, texts: draft.texts, output: draft.output });
  }
  return [...byRevision.values()].sort((a, b) => a.revision - b.revision);
}

/**
 * When the checkpoints are gone (a restart with the in-memory saver), a released run still has its last
 * text in its output.
 */
export function draftsFromOutput(output: unknown, revision: number): DraftRevision[] {
  const text = output && typeof output === "object" ? (output as Record<string, unknown>).text : undefined;
  if (typeof text !== "string") return [];
  return [
    { revision, texts: [{ key: "output", text, kind: "job_ad" }], output: output as Record<string, unknown> },
  ];
}
