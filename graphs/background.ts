// Background runs: a run queued in the durable queue, then taken and driven by a worker process. Knows no
// HTTP and no queue library: the queue is a port (JobQueue), implemented over pg-boss in runtime/queue.ts.
//
// A queued run enters the run life cycle (db/queries/run-lifecycle.ts) through one conditional update,
// queued → running, made by the worker that takes its job. From there it is an ordinary running run with a
// lease: if that worker dies, the job's expiry makes the queue hand the job to another worker, which takes
// the run over through the same recovery as start-up (graphs/recovery.ts) once its lease has expired; the
// recovery loop of any instance may also get there first. Whichever drives it, what follows its rest (a
// batch chunk's scores, a webhook) is written idempotently by any job that sees it at rest.
import { Jurisdiction, type Jurisdiction as JurisdictionId, RunStatus } from "../core/contract.js";
import { claimQueuedRun, insertQueuedRun } from "../db/queries/run-lifecycle.js";
import { findRun, type RunRow } from "../db/queries/runs.js";
import { recordChunk } from "./batch.js";
import { recoverRun } from "./recovery.js";
import { type WorkflowId, WorkflowId as WorkflowIdSchema, workflowDefinition } from "./registry.js";
import { drive, leasesOf, prepareRun, type RunRequest, type RunServiceDeps, replayOf } from "./runner.js";

/** A unit of work in the durable queue. */
export type Job = { name: "run"; runId: string } | { name: "webhook"; runId: string; event: string };

/** The queue as the run service sees it: jobs go in; workers (runtime/queue.ts) take them out. */
export interface JobQueue {
  /** Sends jobs; sending the same job twice while the first is still known to the queue adds nothing. */
  send(jobs: Job[]): Promise<void>;
}

/** Statuses from which a run still moves without a person. */
export const BUSY_STATUSES = ["queued", "running"] as const satisfies readonly RunStatus[];
export const isBusy = (status: string) => (BUSY_STATUSES as readonly string[]).includes(status);

export interface QueueOptions {
  idempotencyKey?: string;
  /** Where the outcome is POSTed, and whose secret signs it (the API key's id, or "open"). */
  webhook?: { url: string; keyId: string };
}

export interface Queued {
  runId: string;
  workflow: WorkflowId;
  status: RunStatus;
  /** False when the Idempotency-Key gave back a run started before. */
  created: boolean;
}

/** Validates and stores the run as `queued`, then sends its job; the caller answers at once. */
export async function queueRun(
  deps: RunServiceDeps,
  queue: JobQueue,
  request: RunRequest,
  options: QueueOptions = {},
): Promise<Queued> {
  const prepared = prepareRun(deps, request, options);
  const { runId, workflow } = prepared;
  const inserted = await insertQueuedRun(deps.db, {
    ...prepared.row,
    webhook: options.webhook?.url ?? null,
    webhookKey: options.webhook?.keyId ?? null,
  });
  if (!inserted.inserted) {
    const existing = replayOf(prepared, inserted.existing);
    // A replay of a run still queued sends its job again: harmless (claiming is conditional), and it heals
    // a first request whose process died between storing the run and sending its job.
    if (existing.status === "queued") await queue.send([{ name: "run", runId: existing.id }]);
    return {
      runId: existing.id,
      workflow: WorkflowIdSchema.parse(existing.workflow),
      status: RunStatus.parse(existing.status),
      created: false,
    };
  }
  await queue.send([{ name: "run", runId }]);
  return { runId, workflow, status: "queued", created: true };
}

/** The run is being driven by another live process: the queue tries the job again later. */
export class RunBusyElsewhere extends Error {
  override readonly name = "RunBusyElsewhere";
}

export type JobOutcome = "driven" | "taken_over" | "at_rest" | "gone";

/**
 * A worker's handling of a `run` job: claims and drives a queued run; takes over a run whose driver died;
 * for a run already at rest (a retried job), only makes sure what follows its rest is done.
 */
export async function runJob(deps: RunServiceDeps, queue: JobQueue, runId: string): Promise<JobOutcome> {
  let run = await findRun(deps.db, runId);
  if (!run) return "gone";
  let outcome: JobOutcome = "at_rest";
  if (run.status === "queued") {
    const claimed = await claimQueuedRun(deps.db, runId, leasesOf(deps), deps.clock.now());
    if (claimed) {
      await driveQueued(deps, claimed);
      outcome = "driven";
    }
    run = await findRun(deps.db, runId);
    if (!run) return "gone";
  }
  if (run.status === "running") {
    const recovered = await recoverRun(deps, runId);
    if (!recovered) throw new RunBusyElsewhere(`run ${runId} is being driven by another process`);
    outcome = "taken_over";
  }
  await afterRest(deps, queue, runId);
  return outcome;
}

async function driveQueued(deps: RunServiceDeps, run: RunRow): Promise<void> {
  const workflow = WorkflowIdSchema.parse(run.workflow);
  const input = workflowDefinition(workflow).input.parse(run.input);
  const jurisdiction: JurisdictionId = Jurisdiction.parse(run.jurisdiction);
  await drive(deps, run.id, workflow, { kind: "start", input, jurisdiction }, false);
}

export const webhookEvent = (status: string) => `run.${status}`;

/** What follows a run's rest, idempotent: its chunk's scores into its batch, its webhook sent. */
export async function afterRest(deps: RunServiceDeps, queue: JobQueue, runId: string): Promise<void> {
  const run = await findRun(deps.db, runId);
  if (!run || isBusy(run.status)) return;
  if (run.parentRunId) await recordChunk(deps, queue, run);
  if (run.webhook) await queue.send([{ name: "webhook", runId, event: webhookEvent(run.status) }]);
}
