// Opens a trace step, runs the work, and closes the step whatever happens: "ok" with a summary of the
// result, or "error" with a code safe to show. A worker that throws never leaves its step "running".
import { isGardeFouError } from "./errors.js";
import type { StepHandle, StepKind, Tracer } from "./trace.js";

export interface StepSpec {
  kind: StepKind;
  name: string;
  input?: unknown;
  parentStepId?: string | undefined;
}

/** What a failed step records: a stable code and a message meant for callers, never a stack trace. */
export function stepError(error: unknown): { code: string; message: string } {
  return isGardeFouError(error)
    ? { code: error.code, message: error.message }
    : { code: "internal", message: "the step failed" };
}

export async function traced<T>(
  tracer: Tracer,
  spec: StepSpec,
  work: (step: StepHandle) => Promise<T>,
  summary: (result: T) => unknown,
): Promise<T> {
  const step = await tracer.step(spec.kind, spec.name, spec.input, spec.parentStepId);
  let result: T;
  try {
    result = await work(step);
  } catch (error) {
    await step.end({ error: stepError(error) }, "error");
    throw error;
  }
  await step.end(summary(result));
  return result;
}
