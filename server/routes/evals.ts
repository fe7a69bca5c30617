// Eval runs as stored by `garde-fou eval --db`: a paginated list, and one run with its case results.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { asc, count, desc, eq } from "drizzle-orm";
import { ConflictError, NotFoundError } from "../../core/errors.js";
import type { Database } from "../../db/client.js";
import { insertEvalRun } from "../../db/queries/eval-runs.js";
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

const JsonObject = z.record(z.string(), z.unknown());
const StoredEvalRun = z
  .object({
    run: z.object({
      id: z.string().min(1).max(200),
      suites: z.array(z.string().max(200)).max(1_000),
      provider: z.string().min(1).max(200),
      mode: z.string().min(1).max(50),
      promptVersions: JsonObject,
      baselineId: z.string().max(2_000).nullable(),
      total: z.number().int().min(0),
      passed: z.number().int().min(0),
      failed: z.number().int().min(0),
      summary: JsonObject,
      startedAt: z.iso.datetime(),
      finishedAt: z.iso.datetime().nullable(),
    }),
    cases: z
      .array(
        z.object({
          id: z.string().min(1).max(300),
          suite: z.string().max(200),
          caseId: z.string().max(300),
          column: z.string().max(300),
          passed: z.boolean(),
          assertions: JsonObject,
          output: z.unknown(),
          latencyMs: z.number().min(0),
          inputTokens: z.number().int().min(0),
          outputTokens: z.number().int().min(0),
          costUsd: z.number().min(0),
        }),
      )
      .max(100_000),
  })
  .openapi("StoredEvalRun");

const storeRun = createRoute({
  method: "post",
  path: "/",
  summary: "Store an eval run (what `garde-fou eval --db` sends when a server holds the embedded database).",
  request: { body: { content: { "application/json": { schema: StoredEvalRun } }, required: true } },
  responses: {
    201: json(z.object({ id: z.string() }), "Stored"),
    400: json(ErrorResponse, "Invalid eval run; the message names the field"),
    409: json(ErrorResponse, "An eval run with this id exists"),
  },
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
    .openapi(storeRun, async (c) => {
      const { run, cases } = c.req.valid("json");
      const [existing] = await deps.db
        .select({ id: evalRuns.id })
        .from(evalRuns)
        .where(eq(evalRuns.id, run.id));
      if (existing) throw new ConflictError(`eval run ${run.id} is already stored`, { id: run.id });
      await insertEvalRun(deps.db, {
        run: {
          ...run,
          startedAt: new Date(run.startedAt),
          finishedAt: run.finishedAt ? new Date(run.finishedAt) : null,
        },
        cases: cases.map((k) => ({ ...k, output: k.output ?? null, evalRunId: run.id })),
      });
      return c.json({ id: run.id }, 201);
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
