// The review queue and the decisions on it: GET /v1/review/queue, POST /v1/review/{runId}/decision,
// GET /v1/review/decisions/{id}/regression-case; who can be assigned an item (GET /v1/review/reviewers)
// and assigning it (POST /v1/review/{runId}/assignment).
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { findingSummaries } from "../../db/queries/review.js";
import { listRuns } from "../../db/queries/runs.js";
import type { AppDeps } from "../deps.js";
import { principalOf } from "../middleware/principal.js";
import { assignees, assignItem } from "../review/assign.js";
import { DECISIONS, deciderFor } from "../review/decide.js";
import { regressionCaseFor } from "../review/regression-case.js";
import { ErrorResponse } from "../schemas.js";
import { validationHook } from "../validation.js";
import { PageInfo, PageQuery } from "./paging.js";
import { RunSummary, runSummary } from "./run-list.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const QueueItem = RunSummary.extend({
  findings: z.number().int(),
  guards: z.array(z.string()),
  criteria: z.array(z.string()),
  rules: z.array(z.string()),
}).openapi("QueueItem");

const queueRoute = createRoute({
  method: "get",
  path: "/queue",
  summary: "Runs waiting for a person, newest first, with what their last draft was flagged for.",
  request: { query: z.object(PageQuery) },
  responses: {
    200: json(z.object({ items: z.array(QueueItem), ...PageInfo }).openapi("ReviewQueue"), "The queue"),
  },
});

export const DecisionBody = z
  .object({
    decision: z.enum(DECISIONS),
    reason: z.string().trim().min(1, "a decision needs a reason").max(5_000),
    editedOutput: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: "Required with edit_approve: the output to release instead of the draft" }),
  })
  .refine(
    (b) => b.decision !== "edit_approve" || (b.editedOutput && Object.keys(b.editedOutput).length > 0),
    {
      message: "required to edit and approve",
      path: ["editedOutput"],
    },
  )
  .openapi("ReviewDecisionRequest");

const StatusVerdict = z.object({ status: z.string(), verdict: z.string().nullable() });

const DecisionResponse = z
  .object({
    decisionId: z.string(),
    runId: z.string(),
    decision: z.enum(DECISIONS),
    reviewer: z.string(),
    before: StatusVerdict,
    after: StatusVerdict,
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    disagreesWithGuards: z.boolean(),
    editChecked: z
      .object({ verdict: z.string(), rules: z.array(z.string()) })
      .nullable()
      .openapi({ description: "The guards' verdict on an edited text; a blocked edit is refused with 400" }),
    regressionCase: z
      .string()
      .nullable()
      .openapi({ description: "Where to fetch the regression case, when exportable" }),
  })
  .openapi("ReviewDecisionResult");

const decideRoute = createRoute({
  method: "post",
  path: "/{runId}/decision",
  summary:
    "Approve, reject, or edit and approve a run waiting for review; the run resumes and the decision is audited.",
  request: {
    params: z.object({ runId: z.string().min(1) }),
    body: { content: { "application/json": { schema: DecisionBody } }, required: true },
  },
  responses: {
    200: json(DecisionResponse, "The decision, and the run's status before and after"),
    400: json(ErrorResponse, "Invalid decision; the message names the field"),
    404: json(ErrorResponse, "No such run"),
    409: json(ErrorResponse, "The run is not waiting for review"),
  },
});

const regressionRoute = createRoute({
  method: "get",
  path: "/decisions/{id}/regression-case",
  summary:
    "A decision that disagreed with the guards, as a regression suite file (YAML) for evals/suites/regressions/.",
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: { description: "The suite file", content: { "application/yaml": { schema: z.string() } } },
    404: json(ErrorResponse, "No such decision"),
    409: json(ErrorResponse, "The decision agrees with the guards"),
  },
});

const Reviewer = z.object({ keyId: z.string(), name: z.string(), role: z.string() }).openapi("Reviewer");

const reviewersRoute = createRoute({
  method: "get",
  path: "/reviewers",
  summary: "The people an item can be assigned to: active reviewer and administrator keys.",
  responses: { 200: json(z.object({ items: z.array(Reviewer) }).openapi("Reviewers"), "The reviewers") },
});

export const AssignmentBody = z
  .object({ keyId: z.string().trim().min(1, "name the reviewer's key id (GET /v1/review/reviewers)") })
  .openapi("ReviewAssignmentRequest");

const assignRoute = createRoute({
  method: "post",
  path: "/{runId}/assignment",
  summary:
    "Assign a waiting item to a reviewer: they hold its claim (it expires like a claim) and only they can decide it meanwhile; audited.",
  request: {
    params: z.object({ runId: z.string().min(1) }),
    body: { content: { "application/json": { schema: AssignmentBody } }, required: true },
  },
  responses: {
    200: json(
      z
        .object({
          runId: z.string(),
          keyId: z.string(),
          holder: z.string(),
          holderName: z.string(),
          assignedBy: z.string(),
          until: z.string(),
        })
        .openapi("ReviewAssignment"),
      "The assignment: who holds the item and until when",
    ),
    400: json(ErrorResponse, "No key id, or not an active reviewer or administrator key"),
    404: json(ErrorResponse, "No such run"),
    409: json(ErrorResponse, "The run is not waiting for review, or a colleague holds it (named)"),
  },
});

export const regressionCasePath = (decisionId: string) =>
  `/v1/review/decisions/${encodeURIComponent(decisionId)}/regression-case`;

export function createReviewRoutes(deps: AppDeps) {
  const decide = deciderFor(deps);
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(queueRoute, async (c) => {
      const { limit, offset } = c.req.valid("query");
      const { items, total } = await listRuns(deps.db, { status: ["needs_review"], limit, offset });
      const summaries = await findingSummaries(
        deps.db,
        items.map((r) => r.id),
      );
      return c.json(
        {
          items: items.map((r) => ({
            ...runSummary(r),
            ...(summaries.get(r.id) ?? { findings: 0, guards: [], criteria: [], rules: [] }),
          })),
          total,
          limit,
          offset,
        },
        200,
      );
    })
    .openapi(decideRoute, async (c) => {
      const { runId } = c.req.valid("param");
      const body = c.req.valid("json");
      const outcome = await decide(principalOf(c), runId, body);
      return c.json(
        {
          ...outcome,
          regressionCase: outcome.disagreesWithGuards ? regressionCasePath(outcome.decisionId) : null,
        },
        200,
      );
    })
    .openapi(reviewersRoute, async (c) => c.json({ items: await assignees(deps) }, 200))
    .openapi(assignRoute, async (c) => {
      const { runId } = c.req.valid("param");
      const a = await assignItem(deps, principalOf(c), runId, c.req.valid("json").keyId);
      return c.json({ ...a, until: a.until.toISOString() }, 200);
    })
    .openapi(regressionRoute, async (c) => {
      const file = await regressionCaseFor(
        { db: deps.db, checkpointer: deps.runs.checkpointer },
        c.req.valid("param").id,
      );
      c.header("content-disposition", `attachment; filename="${file.fileName}"`);
      return c.body(file.content, 200, { "content-type": "application/yaml; charset=utf-8" });
    });
}
