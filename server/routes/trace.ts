// GET /v1/runs/{id}/trace: what each agent produced and what each guard found, as a tree, with the
// drafts the guards checked and the reviewers' decisions. Personal data is masked.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { NotFoundError } from "../../core/errors.js";
import { decisionsForRun } from "../../db/queries/review.js";
import { getRunDetail } from "../../db/queries/runs.js";
import { draftsFromOutput, draftsOf } from "../../graphs/drafts.js";
import type { AppDeps } from "../deps.js";
import { ErrorResponse } from "../schemas.js";
import { maskValue } from "../trace/mask.js";
import { nameMaskerFor } from "../trace/names.js";
import { buildTraceTree, distinctFindings, maskDrafts, type TraceNode, traceFinding } from "../trace/tree.js";
import { validationHook } from "../validation.js";
import { RunSummary, runSummary } from "./run-list.js";

const TraceFinding = z
  .object({
    id: z.string(),
    stepId: z.string().nullable(),
    revision: z.number().int(),
    target: z.string().nullable(),
    guard: z.string(),
    rule: z.string(),
    criteria: z.array(z.string()),
    severity: z.string(),
    start: z
      .number()
      .int()
      .openapi({ description: "UTF-16 offset into the draft text of `revision` (and `target`)" }),
    end: z.number().int(),
    evidence: z.string(),
    legalBasis: z.array(z.string()),
    suggestion: z.string().nullable(),
    explanation: z.string().nullable(),
  })
  .openapi("TraceFinding");

const TraceNodeSchema = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ description: "graph, agent, guard, review, release, or model_call" }),
    name: z.string(),
    status: z.string(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    latencyMs: z.number().nullable(),
    input: z.unknown(),
    output: z.unknown(),
    modelCall: z
      .object({
        provider: z.string(),
        model: z.string(),
        promptName: z.string(),
        promptVersion: z.string(),
        inputTokens: z.number().int(),
        outputTokens: z.number().int(),
        attempts: z.number().int(),
        offline: z.boolean(),
        error: z.string().nullable(),
      })
      .nullable(),
    findings: z.array(TraceFinding),
    children: z.array(z.record(z.string(), z.unknown())).openapi({ description: "Nodes of this same shape" }),
  })
  .openapi("TraceNode");

export const TraceResponse = z
  .object({
    run: RunSummary.extend({ input: z.unknown(), output: z.unknown() }),
    steps: z.array(TraceNodeSchema),
    drafts: z.array(
      z.object({
        revision: z.number().int(),
        texts: z.array(z.object({ key: z.string(), kind: z.string(), text: z.string() })),
      }),
    ),
    findings: z.array(TraceFinding),
    decisions: z.array(
      z.object({
        id: z.string(),
        decision: z.string(),
        reason: z.string(),
        reviewer: z.string(),
        editedOutput: z.unknown(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi("RunTrace");

const traceRoute = createRoute({
  method: "get",
  path: "/{id}/trace",
  summary:
    "A run's trace as a tree of steps (agents, guards, model calls, review, release) with every finding.",
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: { description: "The trace", content: { "application/json": { schema: TraceResponse } } },
    404: { description: "No such run", content: { "application/json": { schema: ErrorResponse } } },
  },
});

export type RunTrace = Omit<z.infer<typeof TraceResponse>, "steps"> & { steps: TraceNode[] };

export async function loadTrace(deps: AppDeps, runId: string): Promise<RunTrace> {
  const detail = await getRunDetail(deps.db, runId);
  if (!detail) throw new NotFoundError("run", runId);
  const [drafts, decisions] = await Promise.all([
    draftsOf(deps.runs, runId),
    decisionsForRun(deps.db, runId),
  ]);
  const { run } = detail;
  // Every text of the trace, also the candidates' names the input points at (trace/names.ts).
  return nameMaskerFor(run.input)({
    run: { ...runSummary(run), input: maskValue(run.input), output: maskValue(run.output) },
    steps: buildTraceTree(detail),
    drafts: maskDrafts(drafts.length ? drafts : draftsFromOutput(run.output, run.revisions)),
    findings: distinctFindings(detail.findings).map(traceFinding),
    decisions: decisions.map((d) => ({
      id: d.id,
      decision: d.decision,
      reason: d.reason,
      reviewer: d.reviewer,
      editedOutput: maskValue(d.editedOutput),
      createdAt: d.createdAt.toISOString(),
    })),
  });
}

export function createTraceRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(traceRoute, async (c) => {
    const trace: z.infer<typeof TraceResponse> = await loadTrace(deps, c.req.valid("param").id);
    return c.json(trace, 200);
  });
}
