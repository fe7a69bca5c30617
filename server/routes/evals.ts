// Eval runs as stored by `garde-fou eval --db`: a paginated list, and one run with its case results.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { asc, count, desc, eq } from "drizzle-orm";
import { NotFoundError } from "../../core/errors.js";
import type { Database } from "../../db/client.js";
import { evalCaseResults, evalRuns } from "../../db/schema.js";
import { ErrorResponse } from "../schemas.js";
import { validationHook } from "../validation.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const EvalRunSummary = z
  .object({
    id: z.string(),
    suites: z.array(z.string()),
    provider: z.string(),
    mode: z.string(),
    promptVersions: z.unknown(),
    baselineId: z.string().nullable(),
    total: z.number().int(),
    passed: z.number().int(),
    failed: z.number().int(),
    summary: z.unknown(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi("EvalRun");

const EvalRunList = z
  .object({
    items: z.array(EvalRunSummary),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi("EvalRunList");

const EvalCaseResult = z.object({
  suite: z.string(),
  caseId: z.string(),
  column: z.string(),
  passed: z.boolean(),
  assertions: z.unknown(),
  output: z.unknown(),
  latencyMs: z.number(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
});

const EvalRunDetail = EvalRunSummary.extend({ cases: z.array(EvalCaseResult) }).openapi("EvalRunDetail");

const listRuns = createRoute({
  method: "get",
  path: "/",
  summary: "Eval runs, newest first.",
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100).default(20),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: { 200: json(EvalRunList, "A page of eval runs"), 400: json(ErrorResponse, "Invalid query") },
});

const readRun = createRoute({
  method: "get",
  path: "/{id}",
  summary: "One eval run with the result of every case and column.",
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: { 200: json(EvalRunDetail, "The eval run"), 404: json(ErrorResponse, "No such eval run") },
});

type EvalRunRow = typeof evalRuns.$inferSelect;

const summaryOf = (row: EvalRunRow) => ({
  ...row,
  startedAt: row.startedAt.toISOString(),
  finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
});

export function createEvalRoutes(deps: { db: Database }) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(listRuns, async (c) => {
      const { limit, offset } = c.req.valid("query");
      const [rows, [total]] = await Promise.all([
        deps.db
          .select()
          .from(evalRuns)
          .orderBy(desc(evalRuns.startedAt), desc(evalRuns.id))
          .limit(limit)
          .offset(offset),
        deps.db.select({ n: count() }).from(evalRuns),
      ]);
      return c.json({ items: rows.map(summaryOf), total: total?.n ?? 0, limit, offset }, 200);
    })
    .openapi(readRun, async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await deps.db.select().from(evalRuns).where(eq(evalRuns.id, id));
      if (!row) throw new NotFoundError("eval run", id);
      const cases = await deps.db
        .select()
        .from(evalCaseResults)
        .where(eq(evalCaseResults.evalRunId, id))
        .orderBy(asc(evalCaseResults.id));
      return c.json(
        {
          ...summaryOf(row),
          cases: cases.map(({ id: _id, evalRunId: _run, ...rest }) => rest),
        },
        200,
      );
    });
}
