// What graphs, agents and guards write to a run's trace. The production implementation persists to the
// database (db/trace-store.ts); tests can use the in-memory one.

import type { Finding } from "./contract.js";
import type { ModelCallRecord } from "./models.js";

export const STEP_KINDS = [
  "graph",
  "agent",
  "guard",
  "generation",
  "evaluator",
  "release",
  "review",
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** A step is "running" from its opening until it ends "ok" or "error" (core/traced.ts closes it either way). */
export const STEP_STATUSES = ["running", "ok", "error"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface StepHandle {
  id: string;
  /** Closes the step with its output; status "error" keeps the code of what failed. */
  end(output?: unknown, status?: Exclude<StepStatus, "running">): Promise<void>;
}

export interface Tracer {
  runId: string;
  step(kind: StepKind, name: string, input?: unknown, parentStepId?: string): Promise<StepHandle>;
  modelCall(record: ModelCallRecord, stepId?: string): Promise<void>;
  findings(findings: Finding[], options: { stepId?: string; revision: number }): Promise<void>;
}

export interface RecordedStep {
  id: string;
  kind: StepKind;
  name: string;
  parentStepId?: string;
  input?: unknown;
  output?: unknown;
  status: StepStatus;
}

/** Keeps everything in arrays: for unit tests and for the `guard` command, which persists nothing. */
export class MemoryTracer implements Tracer {
  readonly steps: RecordedStep[] = [];
  readonly calls: ModelCallRecord[] = [];
  readonly recordedFindings: Array<Finding & { revision: number }> = [];
  constructor(readonly runId = "memory-run") {}

  async step(kind: StepKind, name: string, input?: unknown, parentStepId?: string): Promise<StepHandle> {
    const recorded: RecordedStep = {
      id: `step-${this.steps.length + 1}`,
      kind,
      name,
      input,
      status: "running",
    };
    if (parentStepId) recorded.parentStepId = parentStepId;
    this.steps.push(recorded);
    return {
      id: recorded.id,
      end: async (output, status = "ok") => {
        recorded.output = output;
        recorded.status = status;
      },
    };
  }
  async modelCall(record: ModelCallRecord): Promise<void> {
    this.calls.push(record);
  }
  async findings(findings: Finding[], options: { revision: number }): Promise<void> {
    for (const f of findings) this.recordedFindings.push({ ...f, revision: options.revision });
  }
}
