// The tasks a worker thread of the CPU pool runs (runtime/cpu-pool.ts): the guard detectors on one text,
// and the screener's per-CV preparation and assessment on a slice of CVs. Each answers data, never throws:
// an error travels back as its name, code, message and safe details, and the pool raises it again.

import type { Assessment, CandidateCv, JobProfile, PreparedCv } from "../agents/screener/index.js";
import { assess, prepareCv } from "../agents/screener/index.js";
import type { GuardId } from "../core/contract.js";
import { isGardeFouError } from "../core/errors.js";
import { detectGuards } from "../guards/detect.js";
import type { Detection, GuardInput } from "../guards/types.js";

export interface TaskError {
  name: string;
  message: string;
  code?: string;
  details?: Record<string, unknown>;
}
export type TaskAnswer<T> = { ok: true; value: T } | { ok: false; error: TaskError };

function answer<T>(work: () => T): TaskAnswer<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (isGardeFouError(error))
      return {
        ok: false,
        error: {
          name: error.name,
          message: error.message,
          code: error.code,
          ...(error.details ? { details: error.details } : {}),
        },
      };
    return error instanceof Error
      ? { ok: false, error: { name: error.name, message: error.message } }
      : { ok: false, error: { name: "Error", message: String(error) } };
  }
}

export function detect(task: {
  input: GuardInput;
  guards: GuardId[];
}): TaskAnswer<Partial<Record<GuardId, Detection>>> {
  return answer(() => detectGuards(task.input, task.guards));
}

export function prepareCvs(task: { cvs: CandidateCv[]; now: Date }): TaskAnswer<PreparedCv[]> {
  return answer(() => task.cvs.map((cv) => prepareCv(cv, task.now)));
}

export function assessCvs(task: {
  profile: JobProfile;
  cvs: PreparedCv[];
  similarities: number[];
}): TaskAnswer<Assessment[]> {
  return answer(() => task.cvs.map((cv, i) => assess(task.profile, cv, task.similarities[i] ?? 0)));
}
