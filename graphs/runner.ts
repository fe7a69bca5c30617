// Starts and resumes runs: validates the input, persists the run and its trace, drives the graph, and
// turns its final state into what a caller gets. Knows no HTTP.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { z } from "zod";
import type { Clock, IdSource } from "../core/clock.js";
import {
  DEFAULT_JURISDICTION,
  type Finding,
  type JudgeMode,
  type Jurisdiction,
  type RunStatus,
  type Verdict,
  type WorkflowId,
  WorkflowId as WorkflowIdSchema,
} from "../core/contract.js";
import { ConflictError, InvalidInputError, isGardeFouError, NotFoundError } from "../core/errors.js";
import type { ModelEngine } from "../core/models.js";
import type { Database } from "../db/client.js";
import { findRun, insertRun, updateRun } from "../db/queries/runs.js";
import { DbTracer } from "../db/trace-store.js";
import type { RunInput } from "./define.js";
import { compiledWorkflow, workflowDefinition } from "./registry.js";
import type { WorkflowContext } from "./supervisor/context.js";
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

async function drive(
  deps: RunServiceDeps,
  runId: string,
  workflow: WorkflowId,
  graphInput: RunInput,
  revisionBase = 0,
): Promise<RunResult> {
  const tracer = new DbTracer(runId, { db: deps.db, clock: deps.clock, ids: deps.ids });
  const root = await tracer.step("graph", workflow, {
    resumed: revisionBase > 0 || graphInput.kind === "resume",
  });
  const context: WorkflowContext = {
    engine: deps.engine,
    tracer,
    clock: deps.clock,
    judgeMode: deps.judgeMode,
    maxRevisions: deps.maxRevisions,
    rootStepId: root.id,
    db: deps.db,
    promptVersions: deps.promptVersions,
  };
  try {
    const { waiting, state } = await compiledWorkflow(deps.checkpointer, workflow).run(
      graphInput,
      runId,
      context,
    );
    const status: RunResult["status"] = waiting
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
  return drive(deps, runId, workflow, { kind: "start", input, jurisdiction });
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
  return drive(deps, runId, workflow, { kind: "resume", decision }, run.revisions);
}
