// The deployer's evidence as data: the bias audit (JSON and CSV) and its counterfactual check. The pages
// under /ui render the same loaders.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { loadValueRows } from "../../db/queries/evidence.js";
import { biasAuditCsv } from "../audit/bias-audit.js";
import { latestCounterfactual, measureCounterfactual } from "../audit/counterfactual.js";
import { technicalDocumentation } from "../audit/documentation.js";
import { explainCandidate } from "../audit/explanation.js";
import { loadBiasAudit, windowOf } from "../audit/load.js";
import { computeValue, parseBaseline } from "../audit/value.js";
import type { AppDeps } from "../deps.js";
import { actorOf, principalOf } from "../middleware/principal.js";
import { validationHook } from "../validation.js";
import { DashboardQuery } from "./dashboard.js";

const Row = z.object({
  dimension: z.enum(["sex", "raceEthnicity", "intersection"]),
  category: z.string(),
  candidates: z.number().int(),
  share: z.number(),
  selected: z.number().int(),
  selectionRate: z.number(),
  selectionImpactRatio: z.number().nullable(),
  aboveMedian: z.number().int(),
  scoringRate: z.number(),
  scoringImpactRatio: z.number().nullable(),
  excluded: z
    .boolean()
    .openapi({ description: "Under 2 % of the audited candidates (LL144 allows leaving it out)" }),
  smallSample: z.boolean().openapi({ description: "Under 30 candidates: too few to conclude" }),
  selectionPValue: z
    .number()
    .nullable()
    .openapi({ description: "Fisher's exact test against the most selected category" }),
  adverse: z.boolean(),
});

const BiasAuditResponse = z
  .object({
    candidates: z.number().int(),
    runs: z.number().int(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    medianScore: z.number().nullable(),
    unknown: z.object({ sex: z.number().int(), raceEthnicity: z.number().int() }),
    rows: z.array(Row),
    adverse: z.boolean(),
  })
  .openapi("BiasAudit");

const Counterfactual = z
  .object({
    at: z.string(),
    actor: z.string(),
    runs: z.number().int(),
    candidates: z.number().int(),
    stable: z.number().int(),
    share: z.number().nullable(),
    maxScoreDelta: z.number(),
    moved: z.array(
      z.object({ runId: z.string(), candidateId: z.string(), rankBefore: z.number(), rankAfter: z.number() }),
    ),
  })
  .openapi("CounterfactualConsistency");

const biasRoute = createRoute({
  method: "get",
  path: "/bias",
  summary:
    "Bias audit (NYC LL144): selection and scoring rates and impact ratios per self-declared category.",
  request: { query: DashboardQuery },
  responses: {
    200: { description: "The audit", content: { "application/json": { schema: BiasAuditResponse } } },
  },
});

const biasCsvRoute = createRoute({
  method: "get",
  path: "/bias.csv",
  summary: "The bias audit as CSV, one row per category.",
  request: { query: DashboardQuery },
  responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } } },
});

const cfGetRoute = createRoute({
  method: "get",
  path: "/counterfactual",
  summary: "The latest counterfactual-consistency measurement (null when none was made).",
  responses: {
    200: {
      description: "The latest",
      content: { "application/json": { schema: Counterfactual.nullable() } },
    },
  },
});

const cfPostRoute = createRoute({
  method: "post",
  path: "/counterfactual",
  summary:
    "Re-scores the most recent screenings (CVs still kept) with protected attributes swapped; records and returns the share whose rank did not move.",
  request: { query: z.object({ sample: z.coerce.number().int().min(1).max(200).default(20) }) },
  responses: {
    200: { description: "The measurement", content: { "application/json": { schema: Counterfactual } } },
  },
});

type View = Awaited<ReturnType<typeof measureCounterfactual>>;
export const counterfactualJson = (v: View) => ({
  ...v,
  at: v.at.toISOString(),
  share: v.candidates ? v.stable / v.candidates : null,
});

export function createEvidenceRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(biasRoute, async (c) => {
      const a = await loadBiasAudit(deps, windowOf(c.req.valid("query")));
      return c.json({ ...a, from: a.from?.toISOString() ?? null, to: a.to?.toISOString() ?? null }, 200);
    })
    .openapi(biasCsvRoute, async (c) => {
      const a = await loadBiasAudit(deps, windowOf(c.req.valid("query")));
      return c.body(biasAuditCsv(a), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="bias-audit.csv"',
      });
    })
    .openapi(cfGetRoute, async (c) => {
      const latest = await latestCounterfactual(deps.db);
      return c.json(latest ? counterfactualJson(latest) : null, 200);
    })
    .openapi(cfPostRoute, async (c) => {
      const view = await measureCounterfactual(
        { db: deps.db, engine: deps.runs.engine, clock: deps.runs.clock, ids: deps.runs.ids },
        c.req.valid("query").sample,
        actorOf(principalOf(c)),
      );
      return c.json(counterfactualJson(view), 200);
    });
}

const Explanation = z
  .object({
    runId: z.string(),
    candidateId: z.string(),
    status: z.string(),
    engine: z.object({ provider: z.string(), model: z.string(), offline: z.boolean() }),
    candidates: z.number().int(),
    score: z.number(),
    rank: z.number(),
    recommendation: z.string(),
    rationale: z.string().nullable(),
    matched: z.array(z.string()).nullable(),
    missing: z.array(z.string()).nullable(),
    removed: z.record(z.string(), z.number()),
    review: z.discriminatedUnion("kind", [
      z.object({
        kind: z.literal("decided"),
        decision: z.string(),
        reviewer: z.string(),
        at: z.string(),
        reason: z.string(),
      }),
      z.object({ kind: z.literal("waiting") }),
      z.object({ kind: z.literal("none") }),
    ]),
    detailsPurged: z.boolean(),
  })
  .openapi("CandidateExplanation");

const explanationRoute = createRoute({
  method: "get",
  path: "/runs/{id}/candidates/{candidateId}/explanation",
  summary:
    "A candidate's explanation (AI Act art. 86): the AI's role, the main elements of the screening's proposal, and who reviewed it.",
  request: { params: z.object({ id: z.string().min(1), candidateId: z.string().min(1) }) },
  responses: {
    200: { description: "The explanation", content: { "application/json": { schema: Explanation } } },
  },
});

const documentationRoute = createRoute({
  method: "get",
  path: "/documentation",
  summary: "Technical documentation generated from the live configuration (AI Act Annex IV, in spirit).",
  responses: {
    200: {
      description: "The documentation",
      content: {
        "application/json": { schema: z.record(z.string(), z.unknown()).openapi("TechnicalDocumentation") },
      },
    },
  },
});

const WorkflowValueSchema = z.object({
  workflow: z.string(),
  runs: z.number().int(),
  accepted: z.number().int(),
  edited: z.number().int(),
  rejected: z.number().int(),
  waiting: z.number().int(),
  failed: z.number().int(),
  meanRevisions: z.number(),
  medianMinutesToDecision: z.number().nullable(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
  baselineMinutes: z.number().nullable(),
  minutesSaved: z.number().nullable(),
});

const valueRoute = createRoute({
  method: "get",
  path: "/value",
  summary:
    "Value measured from real runs, per workflow, with the time saved against the deployer's baseline.",
  responses: {
    200: {
      description: "Per workflow",
      content: {
        "application/json": {
          schema: z.object({ workflows: z.array(WorkflowValueSchema) }).openapi("Value"),
        },
      },
    },
  },
});

export async function loadValue(deps: Pick<AppDeps, "db" | "settings">) {
  return computeValue(await loadValueRows(deps.db), {
    baselineMinutes: parseBaseline(deps.settings.VALUE_BASELINE_MINUTES),
    reviewMinutes: deps.settings.VALUE_REVIEW_MINUTES,
  });
}

/** Mounted at /v1: documentation, value, and a candidate's explanation under /v1/runs (ownership applies). */
export function createEvidenceDocRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(explanationRoute, async (c) => {
      const { id, candidateId } = c.req.valid("param");
      const e = await explainCandidate(deps, id, candidateId, { clear: principalOf(c).role === "app" });
      return c.json(e, 200);
    })
    .openapi(documentationRoute, async (c) => c.json({ ...(await technicalDocumentation(deps)) }, 200))
    .openapi(valueRoute, async (c) => c.json({ workflows: await loadValue(deps) }, 200));
}
