// The wire shape of GET /v1/runs: filters in, a page of run summaries out.
import { z } from "@hono/zod-openapi";
import { CRITERIA, GUARDS, RUN_STATUSES, VERDICTS } from "../../core/contract.js";
import type { RunFilter, RunRow } from "../../db/queries/runs.js";
import { WORKFLOWS } from "../../graphs/registry.js";
import { csvOf, PageInfo, PageQuery } from "./paging.js";

export const RunListQuery = z.object({
  status: csvOf(RUN_STATUSES),
  workflow: csvOf(WORKFLOWS),
  verdict: csvOf(VERDICTS),
  guard: z.enum(GUARDS).optional(),
  criterion: z.enum(CRITERIA).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().openapi({ example: "2026-01-01" }),
  to: z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .optional()
    .openapi({ example: "2026-12-31T23:59:59Z" }),
  ...PageQuery,
});
export type RunListQuery = z.infer<typeof RunListQuery>;

export const RunSummary = z
  .object({
    runId: z.string(),
    workflow: z.string(),
    status: z.string(),
    verdict: z.string().nullable(),
    jurisdiction: z.string(),
    revisions: z.number().int(),
    engine: z.object({ provider: z.string(), model: z.string(), offline: z.boolean() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("RunSummary");

export const RunListResponse = z.object({ items: z.array(RunSummary), ...PageInfo }).openapi("RunList");

/** A date alone means the whole day: `to=2026-01-31` includes the 31st. */
function boundOf(value: string | undefined, end: boolean): Date | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T${end ? "23:59:59.999" : "00:00:00.000"}Z`);
  return new Date(value);
}

export function runFilterOf(q: RunListQuery): RunFilter {
  const from = boundOf(q.from, false);
  const to = boundOf(q.to, true);
  return {
    ...(q.status ? { status: q.status } : {}),
    ...(q.workflow ? { workflow: q.workflow } : {}),
    ...(q.verdict ? { verdict: q.verdict } : {}),
    ...(q.guard ? { guard: q.guard } : {}),
    ...(q.criterion ? { criterion: q.criterion } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    limit: q.limit,
    offset: q.offset,
  };
}

export function runSummary(run: RunRow): z.infer<typeof RunSummary> {
  return {
    runId: run.id,
    workflow: run.workflow,
    status: run.status,
    verdict: run.verdict,
    jurisdiction: run.jurisdiction,
    revisions: run.revisions,
    engine: { provider: run.provider, model: run.model, offline: run.offline },
    createdAt: run.createdAt.toISOString(),
    updatedAt: run.updatedAt.toISOString(),
  };
}
