// GET /v1/dashboard: verdicts and criteria per day, flag rates per guard, guard–reviewer agreement, and
// selection-rate impact ratios per declared group for screening.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { loadDashboardRows } from "../../db/queries/dashboard.js";
import { computeDashboard, type DashboardStats } from "../dashboard/stats.js";
import type { AppDeps } from "../deps.js";
import { validationHook } from "../validation.js";

const DayCount = z.object({ day: z.string(), counts: z.record(z.string(), z.number()) });
const rate = z.number().nullable();

export const DashboardResponse = z
  .object({
    runs: z.number().int(),
    verdictsPerDay: z.array(DayCount),
    criteriaPerDay: z.array(DayCount),
    flagRates: z.array(
      z.object({ guard: z.string(), flaggedRuns: z.number(), checkedRuns: z.number(), rate: z.number() }),
    ),
    agreement: z.object({
      decisions: z.number(),
      agreed: z.number(),
      rate,
      byGuard: z.array(z.object({ guard: z.string(), decisions: z.number(), agreed: z.number(), rate })),
    }),
    screening: z.object({
      runs: z.number(),
      groups: z.array(
        z.object({
          group: z.string(),
          candidates: z.number(),
          selected: z.number(),
          rate: z.number(),
          impactRatio: rate,
          smallSample: z.boolean().openapi({ description: "Under 30 candidates: too few to conclude" }),
          adverse: z
            .boolean()
            .openapi({ description: "Impact ratio under 0.8 (four-fifths rule) on 30 candidates or more" }),
        }),
      ),
      adverseImpact: z.boolean(),
    }),
  })
  .openapi("Dashboard");

export const DashboardQuery = z.object({
  from: z.iso.date().optional().openapi({ example: "2026-01-01" }),
  to: z.iso.date().optional().openapi({ example: "2026-12-31" }),
});

const dashboardRoute = createRoute({
  method: "get",
  path: "/",
  summary:
    "Verdicts, criteria, flag rates, agreement with reviewers and screening impact ratios, between two dates.",
  request: { query: DashboardQuery },
  responses: {
    200: { description: "The numbers", content: { "application/json": { schema: DashboardResponse } } },
  },
});

export async function loadDashboard(
  deps: AppDeps,
  q: z.infer<typeof DashboardQuery>,
): Promise<DashboardStats> {
  const rows = await loadDashboardRows(deps.db, {
    ...(q.from ? { from: new Date(`${q.from}T00:00:00.000Z`) } : {}),
    ...(q.to ? { to: new Date(`${q.to}T23:59:59.999Z`) } : {}),
  });
  return computeDashboard(rows);
}

export function createDashboardRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(dashboardRoute, async (c) =>
    c.json(await loadDashboard(deps, c.req.valid("query")), 200),
  );
}
