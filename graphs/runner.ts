// Starts and resumes runs: validates the input, persists the run and its trace, drives the graph, and
// turns its final state into what a caller gets. Knows no HTTP.
import { createHash } from "node:crypto";
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { z } from "zod";
import type { Clock, IdSource } from "../core/clock.js";
import {
  type BriefFinding,
  DEFAULT_JURISDICTION,
  type Finding,
  type JudgeMode,
  type Jurisdiction,
  RunStatus,
  Verdict,
} from "../core/contract.js";
import { ConflictError, InvalidInputError, isGardeFouError, NotFoundError } from "../core/errors.js";
import type { ModelEngine } from "../core/models.js";
import type { Database } from "../db/client.js";
import { liveClaim, recordWaiting } from "../db/queries/review-items.js";
import { claimDecision, endRun, insertRunningRun, type RunEnd } from "../db/queries/run-lifecycle.js";
import { findingOfRow, findRun, getRunDetail, latestFindings, type NewRun } from "../db/queries/runs.js";
import { DbTracer } from "../db/trace-store.js";
import type { CpuTasks } from "./cpu.js";
import type { RunInput } from "./define.js";
import {
  compiledWorkflow,
  type WorkflowId,
  WorkflowId as WorkflowIdSchema,
  workflowDefinition,
} from "./registry.js";
import { processLeases, type RunLeases } from "./run-leases.js";
import type { WorkflowContext } from "./supervisor/context.js";
import { type PendingReview, pendingReview, rejectionRecommended } from "./supervisor/pending-review.js";
import type { ReviewDecision } from "./supervisor/state.js";

export interface RunServiceDeps {
  db: Database;
  engine: ModelEngine;
  checkpointer: BaseCheckpointSaver;
  clock: Clock;
  ids: IdSource;
  judgeMode: JudgeMode;
  maxRevisions: number;
  /** Prompt name → version to use instead of the newest (evals compare prompt versions through this). */
  promptVersions?: Record<string, string>;
  /** Worker threads for CPU-bound work (runtime/cpu-pool.ts); unset: everything in this thread. */
  cpu?: CpuTasks;
  /** The leases of the runs this instance drives (one set per process unless given). */
  leases?: RunLeases;
}

export interface RunRequest {
  workflow: string;
  input: unknown;
  jurisdiction?: Jurisdiction;
}

export interface RunResult {
  runId: string;
  workflow: WorkflowId;
  status: Exclude<RunStatus, "running">;
  output?: Record<string, unknown>;
  verdict: Verdict | null;
  findings: Finding[];
  revisions: number;
  engine: { provider: string; model: string; offline: boolean };
  error?: { code: string; message: string };
  /** Ad writing: what the brief asked for that the law forbids, and what was done about it. */
  briefFindings?: BriefFinding[];
  /** For a run waiting for a person: why, and the draft the person decides on (not released). */
  review?: PendingReview;
}

function fieldErrors(error: z.ZodError, prefix: string): string {
  return error.issues.map((i) => `${[prefix, ...i.path.map(String)].join(".")}: ${i.message}`).join("; ");
}

export function validateRunRequest(request: RunRequest): {
  workflow: WorkflowId;
  input: Record<string, unknown>;
} {
  const workflow = WorkflowIdSchema.safeParse(request.workflow);
  if (!workflow.success)
    throw new InvalidInputError(`workflow: must be one of ${WorkflowIdSchema.options.join(", ")}`, {
      field: "workflow",
    });
  const definition = workflowDefinition(workflow.data);
  const input = definition.input.safeParse(request.input);
  if (!input.success)
    throw new InvalidInputError(fieldErrors(input.error, "input"), {
      field: ["input", ...(input.error.issues[0]?.path.map(String) ?? [])].join("."),
    });
  return { workflow: workflow.data, input: input.data };
}

function engineInfo(engine: ModelEngine) {
  return { provider: engine.provider, model: engine.chatModel, offline: engine.offline };
}

export function leasesOf(deps: RunServiceDeps): RunLeases {
  return deps.leases ?? processLeases;
}

const ERROR_SHAPE = z.object({ code: z.string(), message: z.string() });

/** What the database says of a run, in the shape a caller gets: for a replayed or lost race. */
export async function storedResult(deps: Pick<RunServiceDeps, "db">, runId: string): Promise<RunResult> {
  const detail = await getRunDetail(deps.db, runId);
  if (!detail) throw new NotFoundError("run", runId);
  const { run } = detail;
  const status = RunStatus.parse(run.status);
  if (status === "running")
    throw new ConflictError(`run ${runId} is still running; ask again in a moment`, { runId, status });
  const error = ERROR_SHAPE.safeParse(run.error);
  return {
    runId,
    workflow: WorkflowIdSchema.parse(run.workflow),
    status,
    ...(status === "released" && run.output ? { output: run.output as Record<string, unknown> } : {}),
    verdict: run.verdict === null ? null : Verdict.parse(run.verdict),
    findings: latestFindings(detail).map(findingOfRow),
    revisions: run.revisions,
    engine: { provider: run.provider, model: run.model, offline: run.offline },
    ...(error.success ? { error: error.data } : {}),
  };
}

/**
 * Drives a run this process holds the lease of (a first input, a reviewer's decision, or "continue" from
 * the last checkpoint) to its next resting status, written with one conditional update. When that update
 * finds the run changed under it (another instance took it over), the database's version is what the
 * caller gets.
 */
export async function drive(
  deps: RunServiceDeps,
  runId: string,
  workflow: WorkflowId,
  graphInput: RunInput,
  resumed: boolean,
): Promise<RunResult> {
  const leases = leasesOf(deps);
  leases.active.add(runId);
  try {
    const tracer = new DbTracer(runId, { db: deps.db, clock: deps.clock, ids: deps.ids });
    const root = await tracer.step("graph", workflow, { resumed });
    const context: WorkflowContext = {
      engine: deps.engine,
      tracer,
      clock: deps.clock,
      judgeMode: deps.judgeMode,
      maxRevisions: deps.maxRevisions,
      rootStepId: root.id,
      db: deps.db,
      promptVersions: deps.promptVersions,
      cpu: deps.cpu,
    };
    let end: RunEnd;
    let findings: Finding[] = [];
    let briefFindings: BriefFinding[] | undefined;
    let review: PendingReview | undefined;
    try {
      const { waiting, state } = await compiledWorkflow(deps.checkpointer, workflow).run(
        graphInput,
        runId,
        context,
      );
      const status = waiting ? "needs_review" : state.outcome === "released" ? "released" : "blocked";
      end = {
        status,
        verdict: state.verdict,
        output: status === "released" ? state.released : null,
        revisions: state.revision,
        now: deps.clock.now(),
      };
      findings = state.findings;
      briefFindings = briefFindingsOf(state as unknown as BriefState, status);
      if (status === "needs_review") review = pendingReview(state);
      await root.end({ status, verdict: state.verdict });
    } catch (error) {
      // A failed run is a result the caller can read, with a code and a message safe to show.
      const safe = isGardeFouError(error)
        ? { code: error.code, message: error.message }
        : { code: "internal", message: "the workflow failed; see the run's trace" };
      await root.end({ error: safe }, "error");
      end = { status: "failed", error: safe, now: deps.clock.now() };
    }
    if (!(await endRun(deps.db, runId, leases.owner, end))) return storedResult(deps, runId);
    // The review queue shows why it waits, and lets a reviewer filter on a recommended rejection.
    if (review)
      await recordWaiting(deps.db, runId, {
        reasons: review.reasons,
        rejectRecommended: rejectionRecommended(review.draft),
        now: end.now,
      });
    return {
      runId,
      workflow,
      status: end.status,
      ...(end.status === "released" && end.output ? { output: end.output as Record<string, unknown> } : {}),
      verdict: (end.verdict ?? null) as Verdict | null,
      findings,
      revisions: end.revisions ?? 0,
      engine: engineInfo(deps.engine),
      ...(end.error ? { error: end.error } : {}),
      ...(briefFindings ? { briefFindings } : {}),
      ...(review ? { review } : {}),
    };
  } finally {
    leases.active.delete(runId);
  }
}

/**
 * Ad writing: each thing the brief asked for that the law forbids, and what became of it. Absent from the
 * released (or pending) ad: removed; still in it: it waits for a person, or the run was blocked.
 */
interface BriefState {
  briefFindings?: Finding[];
  briefActions?: Array<"removed" | "rewritten">;
  released: { text?: unknown } | null;
  draft: { output: { text?: unknown } } | null;
  decision: { editedOutput?: unknown } | null;
}

function briefFindingsOf(state: BriefState, status: RunResult["status"]): BriefFinding[] | undefined {
  // The graph hands back its guarded channels; the ad's draft carries what its brief check found.
  const output = (state.released ?? state.draft?.output) as
    | { briefFindings?: Finding[]; briefActions?: Array<"removed" | "rewritten"> }
    | undefined;
  const found = state.briefFindings ?? output?.briefFindings;
  const briefActions = state.briefActions ?? output?.briefActions ?? [];
  if (!found) return undefined;
  const released = state.released?.text ?? state.draft?.output.text;
  const text = typeof released === "string" ? released.toLocaleLowerCase("fr") : "";
  const actionOf = (f: Finding, i: number): BriefFinding["action"] => {
    if (status === "blocked" || status === "failed") return "blocked";
    if (briefActions[i] === "rewritten" && !state.decision?.editedOutput) return "rewritten";
    if (!text.includes(f.evidence.toLocaleLowerCase("fr"))) return "removed";
    return status === "released" ? "kept" : "kept_for_review";
  };
  return found.map((f, i) => ({ ...f, stage: "brief" as const, action: actionOf(f, i) }));
}

export interface StartOptions {
  /**
   * The caller's Idempotency-Key, already scoped to the caller: the same key with the same request gives
   * back the run it first started (no second run, no second set of embeddings); with another request, a 409.
   */
  idempotencyKey?: string;
}

/** A value as JSON with its object keys sorted, so that the order of keys does not change its digest. */
export function canonicalJson(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canonical(value));
}

/** A stable digest of what was asked: the validated input with its keys sorted, so order does not matter. */
export function requestDigest(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/** A new run as started or queued: its validated request, its id, and the row that stores it. */
export interface PreparedRun {
  runId: string;
  workflow: WorkflowId;
  input: Record<string, unknown>;
  jurisdiction: Jurisdiction;
  /** The runs row, but for its status and lease, which starting and queueing each set. */
  row: Omit<NewRun, "status">;
}

/** What starting a run now and queueing it share: validation, jurisdiction, id, clock and request digest. */
export function prepareRun(
  deps: RunServiceDeps,
  request: RunRequest,
  options: StartOptions = {},
): PreparedRun {
  const { workflow, input } = validateRunRequest(request);
  const jurisdiction = request.jurisdiction ?? DEFAULT_JURISDICTION;
  const runId = deps.ids.next();
  const now = deps.clock.now();
  return {
    runId,
    workflow,
    input,
    jurisdiction,
    row: {
      id: runId,
      workflow,
      jurisdiction,
      input,
      provider: deps.engine.provider,
      model: deps.engine.chatModel,
      offline: deps.engine.offline,
      idempotencyKey: options.idempotencyKey ?? null,
      requestHash: options.idempotencyKey ? requestDigest({ workflow, input, jurisdiction }) : null,
      createdAt: now,
      updatedAt: now,
    },
  };
}

/**
 * The run an Idempotency-Key already started: the same request gets it back; another request with the
 * same key is refused (409), naming the header.
 */
export function replayOf<Existing extends { id: string; requestHash: string | null }>(
  prepared: PreparedRun,
  existing: Existing,
): Existing {
  if (existing.requestHash !== prepared.row.requestHash)
    throw new ConflictError("Idempotency-Key: already used with another request; use a new key", {
      field: "Idempotency-Key",
      runId: existing.id,
    });
  return existing;
}

export async function startRun(
  deps: RunServiceDeps,
  request: RunRequest,
  options: StartOptions = {},
): Promise<RunResult> {
  const prepared = prepareRun(deps, request, options);
  const inserted = await insertRunningRun(deps.db, prepared.row, leasesOf(deps));
  if (!inserted.inserted) return storedResult(deps, replayOf(prepared, inserted.existing).id);
  const { runId, workflow, input, jurisdiction } = prepared;
  return drive(deps, runId, workflow, { kind: "start", input, jurisdiction }, false);
}

/** What a reviewer's run becomes: an approval releases, a rejection blocks (the graph's review router). */
export function outcomeOfDecision(
  decision: ReviewDecision["decision"],
): Extract<RunStatus, "released" | "blocked"> {
  return decision === "reject" ? "blocked" : "released";
}

export interface DecisionRecord {
  /** Id of the decision row (the audit entry refers to it). */
  decisionId: string;
  /** Details the audit entry carries beyond the decision itself (who, with which key, what changed). */
  auditDetails?: Record<string, unknown>;
}

/**
 * Gives a person's decision to a run waiting for review and runs it to its end. The decision, its audit
 * entry and the run's move out of `needs_review` are one transaction: a second decision, on this instance
 * or another, finds the run taken and gets a ConflictError, and nothing of it is written.
 */
export async function resumeRun(
  deps: RunServiceDeps,
  runId: string,
  decision: ReviewDecision,
  record: Partial<DecisionRecord> = {},
): Promise<RunResult & { decisionId: string }> {
  const run = await findRun(deps.db, runId);
  if (!run) throw new NotFoundError("run", runId);
  const taken = () =>
    new ConflictError(`run ${runId} is ${run.status}, not waiting for review`, { status: run.status });
  if (run.status !== "needs_review") throw taken();
  const workflow = WorkflowIdSchema.parse(run.workflow);
  const decisionId = record.decisionId ?? deps.ids.next();
  const at = deps.clock.now();
  const before = { status: run.status, verdict: run.verdict };
  const claimed = await claimDecision(deps.db, {
    runId,
    lease: leasesOf(deps),
    now: at,
    decision: {
      id: decisionId,
      runId,
      decision: decision.decision,
      reason: decision.reason,
      editedOutput: decision.editedOutput ?? null,
      reviewer: decision.reviewer,
      createdAt: at,
    },
    audit: {
      id: deps.ids.next(),
      at,
      actor: decision.reviewer,
      action: `review.${decision.decision}`,
      runId,
      details: {
        decisionId,
        reason: decision.reason,
        before,
        after: { status: outcomeOfDecision(decision.decision), verdict: run.verdict },
        ...record.auditDetails,
      },
    },
  });
  if (!claimed) {
    const held = await liveClaim(deps.db, runId);
    if (held && held.holder !== decision.reviewer)
      throw new ConflictError(
        `run ${runId} is claimed by ${held.holderName} until ${held.until.toISOString()}; only they can decide it now`,
        { claimedBy: held.holderName, until: held.until.toISOString() },
      );
    const now = await findRun(deps.db, runId);
    throw new ConflictError(`run ${runId} was decided meanwhile; it is ${now?.status ?? "gone"}`, {
      status: now?.status ?? null,
    });
  }
  const result = await drive(deps, runId, workflow, { kind: "resume", decision }, true);
  return { ...result, decisionId };
}
