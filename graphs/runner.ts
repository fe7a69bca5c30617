// Starts and resumes runs: validates the input, persists the run and its trace, drives the graph, and
// turns its final state into what a caller gets. Knows no HTTP.
import { type BaseCheckpointSaver, Command, isInterrupted } from "@langchain/langgraph";
import type { z } from "zod";
import type { ModelEngine } from "../agents/models/types.js";
import type { Clock, IdSource } from "../core/clock.js";
import {
  DEFAULT_JURISDICTION,
  type Finding,
  type Jurisdiction,
  type RunStatus,
  type Verdict,
  type WorkflowId,
  WorkflowId as WorkflowIdSchema,
} from "../core/contract.js";
import { ConflictError, InvalidInputError, isGardeFouError, NotFoundError } from "../core/errors.js";
import type { Database } from "../db/client.js";
import { findRun, insertRun, updateRun } from "../db/queries/runs.js";
import { DbTracer } from "../db/trace-store.js";
import { type RunnableWorkflow, workflowDefinition } from "./registry.js";
import type { WorkflowDeps } from "./shared/deps.js";
import { type PendingReview, pendingReview } from "./shared/pending-review.js";
import type { GuardedState, ReviewDecision } from "./shared/state.js";

export interface RunServiceDeps {
  db: Database;
  engine: ModelEngine;
  checkpointer: BaseCheckpointSaver;
  clock: Clock;
  ids: IdSource;
  judgeMode: WorkflowDeps["judgeMode"];
  maxRevisions: number;
  /** Prompt name → version to use instead of the newest (evals compare prompt versions through this). */
  promptVersions?: Record<string, string>;
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
  /** For a run waiting for a person: why, and the draft the person decides on (not released). */
  review?: PendingReview;
}

const compiled = new WeakMap<BaseCheckpointSaver, Map<WorkflowId, RunnableWorkflow>>();

function graphFor(deps: RunServiceDeps, workflow: WorkflowId): RunnableWorkflow {
  let perSaver = compiled.get(deps.checkpointer);
  if (!perSaver) {
    perSaver = new Map();
    compiled.set(deps.checkpointer, perSaver);
  }
  let graph = perSaver.get(workflow);
  if (!graph) {
    const definition = workflowDefinition(workflow);
    if (!definition)
      throw new InvalidInputError(`workflow: ${workflow} is not available`, { field: "workflow" });
    graph = definition.build(deps.checkpointer);
    perSaver.set(workflow, graph);
  }
  return graph;
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
  if (!definition)
    throw new InvalidInputError(`workflow: ${workflow.data} is not available`, { field: "workflow" });
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

async function drive(
  deps: RunServiceDeps,
  runId: string,
  workflow: WorkflowId,
  graphInput: unknown,
  revisionBase = 0,
): Promise<RunResult> {
  const tracer = new DbTracer(runId, { db: deps.db, clock: deps.clock, ids: deps.ids });
  const root = await tracer.step("graph", workflow, {
    resumed: revisionBase > 0 || graphInput instanceof Command,
  });
  const context: WorkflowDeps = {
    engine: deps.engine,
    tracer,
    clock: deps.clock,
    judgeMode: deps.judgeMode,
    maxRevisions: deps.maxRevisions,
    rootStepId: root.id,
    db: deps.db,
    ...(deps.promptVersions ? { promptVersions: deps.promptVersions } : {}),
  };
  const config = { configurable: { thread_id: runId }, context, recursionLimit: 50 };
  const graph = graphFor(deps, workflow);
  try {
    const result = await graph.invoke(graphInput, config);
    const state = (isInterrupted(result) ? (await graph.getState(config)).values : result) as GuardedState;
    const status: RunResult["status"] = isInterrupted(result)
      ? "needs_review"
      : state.outcome === "released"
        ? "released"
        : "blocked";
    await root.end({ status, verdict: state.verdict });
    await updateRun(deps.db, runId, {
      status,
      verdict: state.verdict,
      output: status === "released" ? state.released : null,
      revisions: state.revision,
      updatedAt: deps.clock.now(),
    });
    return {
      runId,
      workflow,
      status,
      ...(status === "released" && state.released ? { output: state.released } : {}),
      verdict: state.verdict,
      findings: state.findings,
      revisions: state.revision,
      engine: engineInfo(deps.engine),
      ...(status === "needs_review" ? { review: pendingReview(state.draft?.output, state.findings) } : {}),
    };
  } catch (error) {
    // A failed run is a result the caller can read, with a code and a message safe to show.
    const safe = isGardeFouError(error)
      ? { code: error.code, message: error.message }
      : { code: "internal", message: "the workflow failed; see the run's trace" };
    await root.end({ error: safe }, "error");
    await updateRun(deps.db, runId, { status: "failed", error: safe, updatedAt: deps.clock.now() });
    return {
      runId,
      workflow,
      status: "failed",
      verdict: null,
      findings: [],
      revisions: 0,
      engine: engineInfo(deps.engine),
      error: safe,
    };
  }
}

export async function startRun(deps: RunServiceDeps, request: RunRequest): Promise<RunResult> {
  const { workflow, input } = validateRunRequest(request);
  const jurisdiction = request.jurisdiction ?? DEFAULT_JURISDICTION;
  const definition = workflowDefinition(workflow);
  if (!definition)
    throw new InvalidInputError(`workflow: ${workflow} is not available`, { field: "workflow" });
  const runId = deps.ids.next();
  const now = deps.clock.now();
  await insertRun(deps.db, {
    id: runId,
    workflow,
    jurisdiction,
    status: "running",
    input,
    provider: deps.engine.provider,
    model: deps.engine.chatModel,
    offline: deps.engine.offline,
    createdAt: now,
    updatedAt: now,
  });
  return drive(deps, runId, workflow, definition.initialState(input, jurisdiction));
}

/** Gives a person's decision to a run waiting for review, and runs it to its end. */
export async function resumeRun(
  deps: RunServiceDeps,
  runId: string,
  decision: ReviewDecision,
): Promise<RunResult> {
  const run = await findRun(deps.db, runId);
  if (!run) throw new NotFoundError("run", runId);
  if (run.status !== "needs_review")
    throw new ConflictError(`run ${runId} is ${run.status}, not waiting for review`, { status: run.status });
  const workflow = WorkflowIdSchema.parse(run.workflow);
  return drive(deps, runId, workflow, new Command({ resume: decision }), run.revisions);
}
