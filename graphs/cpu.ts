// CPU-bound work a workflow may hand to other threads so that the event loop keeps answering (/health,
// reads, other runs) while a long text is checked or hundreds of CVs are scored. The runtime gives a
// worker-thread pool (runtime/cpu-pool.ts); without one (tests, CPU_THREADS=0) nodes do the same work in
// their own thread. Either way the results are the same: the tasks are pure functions of their inputs.
import type { Assessment, CandidateCv, JobProfile, PreparedCv } from "../agents/screener/index.js";
import type { DetectGuards } from "../guards/types.js";

export interface CpuTasks {
  /** The detectors of the named guards on one text (the guard engine's GuardDeps.detect). */
  detect: DetectGuards;
  /** prepareCv on each CV (injections out, years counted, protected attributes redacted), in order. */
  prepareCvs(cvs: readonly CandidateCv[], now: Date): Promise<PreparedCv[]>;
  /** assess on each prepared CV against the job, with its similarity (same index), in order. */
  assessCvs(
    profile: JobProfile,
    cvs: readonly PreparedCv[],
    similarities: readonly number[],
  ): Promise<Assessment[]>;
}
