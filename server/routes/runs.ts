import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { RUN_KINDS, RunKind } from "../../core/contract.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../../core/errors.js";
import { appendAudit } from "../../db/queries/audit.js";
import { allChunkRuns, batchProgress, deleteBatchScores } from "../../db/queries/batch.js";
import { eraseRunData } from "../../db/queries/erasure.js";
import { findingOfRow, findRun, getRunDetail, latestFindings, listRuns } from "../../db/queries/runs.js";
import { deliveriesOf } from "../../db/queries/webhooks.js";
import { isBusy, queueRun } from "../../graphs/background.js";
import { compiledWorkflow, WorkflowId } from "../../graphs/registry.js";
import { startRun } from "../../graphs/runner.js";
import { pendingReview } from "../../graphs/supervisor/pending-review.js";
import type { AppDeps } from "../deps.js";
import { actorOf, principalOf } from "../middleware/principal.js";
import { ErrorResponse, QueuedRunResponse, RunRequestBody, RunResponse, RunResultBase } from "../schemas.js";
import { maskerFor } from "../trace/names.js";
import { validationHook } from "../validation.js";
import { queueOf, runUrls, webhookFor } from "./background.js";
import { RunListQuery, RunListResponse, runFilterOf, runSummary } from "./run-list.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const createRun = createRoute({
  method: "post",
  path: "/",
  summary: "Run a workflow; nothing is returned as output unless every guard let it pass.",
  request: {
    headers: z.object({
      prefer: z.string().max(200).optional().openapi({
        description: '`respond-async`: answer 202 at once and run in the background (as `"wait": false`)',
      }),
      "idempotency-key": z.string().min(1).max(200).optional().openapi({
        description:
          "Retry-safe: the same key with the same body gives back the same run (never a second one); with another body, a 409.",
      }),
    }),
    body: { content: { "application/json": { schema: RunRequestBody } }, required: true },
  },
  responses: {
    200: json(RunResponse, "The run's outcome: released, blocked, needs_review or failed"),
    202: json(
      QueuedRunResponse,
      "Accepted for the background: follow `streamUrl` (server-sent events) or read `url`; the webhook, if any, gets the outcome",
    ),
    400: json(ErrorResponse, "Invalid request; the message names the field"),
    409: json(
      ErrorResponse,
      "The Idempotency-Key was used with another request, or the run it started is still running",
    ),
  },
});

// The output as this caller may see it (masked for reviewers and evaluators): its workflow's shape, see the
// per-workflow outputs of POST /v1/runs.
const RunDetailResponse = RunResultBase.extend({
  jurisdiction: z.string(),
  input: z.unknown(),
  createdAt: z.string(),
  updatedAt: z.string(),
  steps: z.array(
    z.object({
      id: z.string(),
      parentStepId: z.string().nullable(),
      kind: z.string(),
      name: z.string(),
      status: z.string(),
      input: z.unknown(),
      output: z.unknown(),
      startedAt: z.string(),
      endedAt: z.string().nullable(),
    }),
  ),
  kind: z.enum(RUN_KINDS).openapi({
    description: "batch: a screening batch (see `progress` and its ranking); chunk: one of its chunk runs",
  }),
  parentRunId: z.string().nullable(),
  progress: z
    .object({
      chunks: z.record(z.string(), z.number().int()),
      chunksTotal: z.number().int(),
      chunksBusy: z.number().int(),
      cvsScored: z.number().int(),
    })
    .optional(),
  webhook: z
    .object({
      url: z.string(),
      deliveries: z.array(
        z.object({
          event: z.string(),
          attempt: z.number().int(),
          ok: z.boolean(),
          statusCode: z.number().int().nullable(),
          error: z.string().nullable(),
          durationMs: z.number().int(),
          at: z.string(),
        }),
      ),
    })
    .optional(),
  modelCalls: z.array(
    z.object({
      stepId: z.string().nullable(),
      provider: z.string(),
      model: z.string(),
      promptName: z.string(),
      promptVersion: z.string(),
      inputTokens: z.number(),
      outputTokens: z.number(),
      latencyMs: z.number(),
      offline: z.boolean(),
      error: z.string().nullable(),
    }),
  ),
}).openapi("RunDetail");

const readRun = createRoute({
  method: "get",
  path: "/{id}",
  summary: "A run with its steps, model calls and findings.",
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: { 200: json(RunDetailResponse, "The run"), 404: json(ErrorResponse, "No such run") },
});

const listRunsRoute = createRoute({
  method: "get",
  path: "/",
  summary:
    "Runs, newest first, filtered by status, workflow, verdict, guard, criterion and dates, a page at a time.",
  request: { query: RunListQuery },
  responses: { 200: json(RunListResponse, "A page of runs"), 400: json(ErrorResponse, "Invalid filter") },
});

const eraseRun = createRoute({
  method: "delete",
  path: "/{id}",
  summary:
    "Erase what a run holds about its candidates (RGPD art. 17): input, outputs, drafts and checkpoints, trace texts, findings' evidence, embeddings, reviewers' corrections; an audit entry records the erasure. A batch: every chunk run and its ranking too. Administrators only.",
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: json(
      z
        .object({
          runId: z.string(),
          erased: z.literal(true),
          counts: z.record(z.string(), z.number().int()),
        })
        .openapi("RunErasure"),
      "What was erased",
    ),
    404: json(ErrorResponse, "No such run"),
    409: json(ErrorResponse, "The run (or one of a batch's chunk runs) is still running"),
  },
});

/** One run: its rows (one transaction), then the drafts and state the graph kept between steps. */
async function eraseOne(deps: AppDeps, run: { id: string; status: string }, at: Date) {
  const counts = await eraseRunData(deps.db, run.id, { at, endWaiting: run.status === "needs_review" });
  // The drafts and the state the graph kept between steps (schema `langgraph`, or the memory saver).
  await deps.runs.checkpointer.deleteThread(run.id);
  return counts;
}

/**
 * A batch holds its candidates in its chunk runs and its ranking: every chunk is erased as a run of its own
 * (refused while one is still queued or running), then the ranking and the batch itself. A failure half-way
 * leaves each chunk erased or not, and the same DELETE again finishes the work.
 */
async function eraseBatch(deps: AppDeps, batchId: string, at: Date) {
  const chunks = await allChunkRuns(deps.db, batchId);
  const busy = chunks.filter((chunk) => isBusy(chunk.status));
  if (busy.length > 0)
    throw new ConflictError(
      `batch ${batchId} has ${busy.length} chunk run(s) still queued or running: erase it once they have ended`,
      { status: "running", busyChunks: busy.length },
    );
  const total: Record<string, number> = { chunks: chunks.length };
  const add = (counts: Record<string, number>) => {
    for (const [name, n] of Object.entries(counts)) total[name] = (total[name] ?? 0) + n;
  };
  for (const chunk of chunks) add({ ...(await eraseOne(deps, chunk, at)) });
  total.rankedCvs = await deleteBatchScores(deps.db, batchId);
  add({ ...(await eraseOne(deps, { id: batchId, status: "released" }, at)) });
  return total;
}

/**
 * Who sees a run's candidate data in clear: the app key that sent it (it had it already and must deliver
 * the output). Reviewers, evaluators and administrators judge, measure and manage: they see identifiers,
 * contact details, NIR, IBAN, addresses and birth dates masked (server/trace/mask.ts).
 */
export const seesClearData = (role: string) => role === "app";

export function createRunRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(listRunsRoute, async (c) => {
      const query = c.req.valid("query");
      const { items, total } = await listRuns(deps.db, runFilterOf(query));
      return c.json({ items: items.map(runSummary), total, limit: query.limit, offset: query.offset }, 200);
    })
    .openapi(createRun, async (c) => {
      const body = c.req.valid("json");
      const headers = c.req.valid("header");
      const key = headers["idempotency-key"];
      // Keys are the caller's own: two API keys may use the same Idempotency-Key without meeting.
      const principal = principalOf(c);
      const scope = principal.keyId ?? "open";
      const background =
        body.wait === false ||
        /(^|[\s,;])respond-async\b/i.test(headers.prefer ?? "") ||
        (body.webhook !== undefined && body.wait !== true);
      if (body.webhook !== undefined && !background)
        throw new InvalidInputError('webhook: only background runs report to a webhook; drop "wait": true', {
          field: "webhook",
        });
      if (background) {
        const webhook = await webhookFor(deps, principal.keyId, body.webhook);
        const queued = await queueRun(deps.runs, queueOf(deps), body, {
          ...(key ? { idempotencyKey: `${scope}:${key}` } : {}),
          ...(webhook ? { webhook } : {}),
        });
        c.header("location", `/v1/runs/${queued.runId}`);
        c.header("preference-applied", "respond-async");
        return c.json(
          { runId: queued.runId, workflow: queued.workflow, status: queued.status, ...runUrls(queued.runId) },
          202,
        );
      }
      const result = await startRun(deps.runs, body, key ? { idempotencyKey: `${scope}:${key}` } : {});
      return c.json(result, 200);
    })
    .openapi(readRun, async (c) => {
      const { id } = c.req.valid("param");
      const detail = await getRunDetail(deps.db, id);
      if (!detail) throw new NotFoundError("run", id);
      const { run } = detail;
      const error = run.error as { code: string; message: string } | null;
      // The run's own candidates' names too, where its input says which text is a name (trace/names.ts).
      const shown = seesClearData(principalOf(c).role) ? <T>(v: T) => v : maskerFor(run.input);
      // A waiting run's draft lives in the graph's checkpoints, not in the run row (nothing is released).
      const workflow = WorkflowId.safeParse(run.workflow);
      const held =
        run.status === "needs_review" && workflow.success
          ? await compiledWorkflow(deps.runs.checkpointer, workflow.data).state(id)
          : undefined;
      const pending = held ? pendingReview(held) : undefined;
      const review = pending
        ? { ...pending, draft: shown(pending.draft) as Record<string, unknown> | null }
        : undefined;
      const progress = run.kind === "batch" ? await batchProgress(deps.db, id) : undefined;
      const deliveries = run.webhook ? await deliveriesOf(deps.db, id) : [];
      return c.json(
        {
          runId: run.id,
          kind: RunKind.parse(run.kind),
          parentRunId: run.parentRunId,
          ...(progress ? { progress } : {}),
          ...(run.webhook
            ? {
                webhook: {
                  url: run.webhook,
                  deliveries: deliveries.map((d) => ({
                    event: d.event,
                    attempt: d.attempt,
                    ok: d.ok,
                    statusCode: d.statusCode,
                    error: d.error,
                    durationMs: d.durationMs,
                    at: d.at.toISOString(),
                  })),
                },
              }
            : {}),
          workflow: run.workflow as z.infer<typeof RunResultBase>["workflow"],
          status: run.status as z.infer<typeof RunResultBase>["status"],
          ...(run.output ? { output: shown(run.output) as Record<string, unknown> } : {}),
          verdict: run.verdict as z.infer<typeof RunResultBase>["verdict"],
          findings: latestFindings(detail)
            .map(findingOfRow)
            .map((f) => ({ ...f, evidence: shown(f.evidence) as string })),
          revisions: run.revisions,
          engine: { provider: run.provider, model: run.model, offline: run.offline },
          ...(error ? { error } : {}),
          ...(review ? { review } : {}),
          jurisdiction: run.jurisdiction,
          input: shown(run.input),
          createdAt: run.createdAt.toISOString(),
          updatedAt: run.updatedAt.toISOString(),
          steps: detail.steps.map((s) => ({
            id: s.id,
            parentStepId: s.parentStepId,
            kind: s.kind,
            name: s.name,
            status: s.status,
            input: shown(s.input),
            output: shown(s.output),
            startedAt: s.startedAt.toISOString(),
            endedAt: s.endedAt?.toISOString() ?? null,
          })),
          modelCalls: detail.modelCalls.map((m) => ({
            stepId: m.stepId,
            provider: m.provider,
            model: m.model,
            promptName: m.promptName,
            promptVersion: m.promptVersion,
            inputTokens: m.inputTokens,
            outputTokens: m.outputTokens,
            latencyMs: m.latencyMs,
            offline: m.offline,
            error: m.error,
          })),
        },
        200,
      );
    })
    .openapi(eraseRun, async (c) => {
      const { id } = c.req.valid("param");
      const run = await findRun(deps.db, id);
      if (!run) throw new NotFoundError("run", id);
      if (run.status === "running" || run.status === "queued")
        throw new ConflictError(`run ${id} is still ${run.status}: erase it once it has ended`, {
          status: run.status,
        });
      const at = deps.runs.clock.now();
      const counts = run.kind === "batch" ? await eraseBatch(deps, id, at) : await eraseOne(deps, run, at);
      await appendAudit(deps.db, {
        id: deps.runs.ids.next(),
        at,
        actor: actorOf(principalOf(c)),
        action: "run.erase",
        runId: id,
        details: { workflow: run.workflow, status: run.status, verdict: run.verdict, counts },
      });
      return c.json({ runId: id, erased: true as const, counts: { ...counts } }, 200);
    });
}
