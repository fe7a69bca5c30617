// Reads a run's guarded state back from the checkpointer. Checkpoints are storage: what comes out is
// parsed against the shape the graph writes, not trusted. While the supervisor waits for a person, the
// verdict and findings live in its subgraph's checkpoint, so its values are laid over the workflow's.
import { z } from "zod";
import { Finding, Jurisdiction, TextKind, Verdict } from "../../core/contract.js";
import { ReviewDecision, RUN_OUTCOMES } from "./state.js";

const GuardedTextValue = z.object({
  key: z.string(),
  text: z.string(),
  kind: TextKind,
  sources: z.array(z.string()).optional(),
});

export const DraftValue = z.object({
  output: z.record(z.string(), z.unknown()),
  texts: z.array(GuardedTextValue),
});

export const GuardedValues = z.object({
  jurisdiction: Jurisdiction,
  draft: DraftValue.nullable().default(null),
  revision: z.number().int().default(0),
  verdict: Verdict.nullable().default(null),
  findings: z.array(Finding).default([]),
  reviewReasons: z.array(z.string()).default([]),
  outcome: z.enum(RUN_OUTCOMES).nullable().default(null),
  released: z.record(z.string(), z.unknown()).nullable().default(null),
  decision: ReviewDecision.nullable().default(null),
});
export type GuardedValues = z.infer<typeof GuardedValues>;

/** The part of LangGraph's snapshot read here; `values` is untyped there. */
export interface SnapshotLike {
  values: unknown;
  tasks: ReadonlyArray<{ state?: unknown }>;
}

function isSnapshot(value: unknown): value is SnapshotLike {
  return typeof value === "object" && value !== null && "values" in value && "tasks" in value;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value)) : {};

/**
 * The run's guarded state: the workflow's values, with a waiting subgraph's values over them; undefined
 * when the thread holds no run (an unknown id, checkpoints gone).
 */
export function guardedValuesOf(snapshot: SnapshotLike): GuardedValues | undefined {
  const waiting = snapshot.tasks.map((t) => t.state).find(isSnapshot);
  const parsed = GuardedValues.safeParse({
    ...asRecord(snapshot.values),
    ...(waiting ? asRecord(waiting.values) : {}),
  });
  return parsed.success ? parsed.data : undefined;
}
