// CPU-bound work off the event loop: a piscina pool of worker threads runs the guard detectors and the
// screener's per-CV work (runtime/cpu-worker.ts), so /health and reads keep answering while a 100 KB text
// is checked or hundreds of CVs are scored. Threads start on the first task, not with the server (an idle
// server does not pay for them), and leave again after a minute without work.
//
// The worker entry: from dist/ (npm start, npx garde-fou) the compiled cpu-worker.js; from the TypeScript
// sources (vitest, tsx) cpu-worker-tsx.mjs, which registers tsx's loader in the thread first. So the tests
// run the same pool as production, on the sources they test.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Assessment, CandidateCv, JobProfile, PreparedCv } from "../agents/screener/index.js";
import type { GuardId } from "../core/contract.js";
import { ERROR_CODES, type ErrorCode, GardeFouError } from "../core/errors.js";
import type { CpuTasks } from "../graphs/cpu.js";
import type { Detection, GuardInput } from "../guards/types.js";
import type { TaskAnswer, TaskError } from "./cpu-worker.js";

/** CVs per task: small enough that two threads share a run, large enough that messages cost little. */
const CVS_PER_TASK = 25;
/** A thread idle this long leaves (and gives its memory back). */
const IDLE_MS = 60_000;
/** Heap of one worker thread: a runaway input ends that thread's task with an error, not the process. */
const WORKER_HEAP_MB = 512;

export interface CpuPool extends CpuTasks {
  readonly threads: number;
  /** Worker threads running now (0 until the first task). */
  running(): number;
  close(): Promise<void>;
}

/** The default number of threads: one core is left to the event loop. */
export function defaultCpuThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

function workerEntry(): string {
  const fromSources = import.meta.url.endsWith(".ts");
  return new URL(fromSources ? "./cpu-worker-tsx.mjs" : "./cpu-worker.js", import.meta.url).href;
}

/** The worker's error, raised again here with the same name, code, message and details. */
function raised(error: TaskError): Error {
  const out =
    error.code && (ERROR_CODES as readonly string[]).includes(error.code)
      ? new GardeFouError(error.code as ErrorCode, error.message, error.details)
      : new Error(error.message);
  Object.defineProperty(out, "name", { value: error.name });
  return out;
}

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function createCpuPool(options: { threads?: number } = {}): CpuPool {
  const threads = Math.max(1, options.threads ?? defaultCpuThreads());
  const pool = new Piscina({
    filename: workerEntry(),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: IDLE_MS,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const run = async <T>(name: string, task: unknown): Promise<T> => {
    const answer = (await pool.run(task, { name })) as TaskAnswer<T>;
    if (!answer.ok) throw raised(answer.error);
    return answer.value;
  };
  return {
    threads,
    running: () => pool.threads.length,
    detect: (input: GuardInput, guards: readonly GuardId[]) =>
      run<Partial<Record<GuardId, Detection>>>("detect", { input, guards: [...guards] }),
    prepareCvs: async (cvs: readonly CandidateCv[], now: Date) =>
      (
        await Promise.all(
          slices(cvs, CVS_PER_TASK).map((slice) => run<PreparedCv[]>("prepareCvs", { cvs: slice, now })),
        )
      ).flat(),
    assessCvs: async (profile: JobProfile, cvs: readonly PreparedCv[], similarities: readonly number[]) =>
      (
        await Promise.all(
          slices(
            cvs.map((cv, i) => ({ cv, similarity: similarities[i] ?? 0 })),
            CVS_PER_TASK,
          ).map((slice) =>
            run<Assessment[]>("assessCvs", {
              profile,
              cvs: slice.map((s) => s.cv),
              similarities: slice.map((s) => s.similarity),
            }),
          ),
        )
      ).flat(),
    close: () => pool.destroy(),
  };
}
