import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { DEFAULT_JURISDICTION } from "../../core/contract.js";
import { runGuards } from "../../guards/engine.js";
import type { AppDeps } from "../deps.js";
import { ErrorResponse, GuardRequestBody, GuardResponse } from "../schemas.js";
import { validationHook } from "../validation.js";

const check = createRoute({
  method: "post",
  path: "/",
  summary: "Check one text with every guard relevant to its kind, as `garde-fou guard` does for a line.",
  request: { body: { content: { "application/json": { schema: GuardRequestBody } }, required: true } },
  responses: {
    200: { description: "Verdict and findings", content: { "application/json": { schema: GuardResponse } } },
    400: { description: "Invalid request", content: { "application/json": { schema: ErrorResponse } } },
  },
});

export function createGuardRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(check, async (c) => {
    const body = c.req.valid("json");
    const report = await runGuards(
      {
        text: body.text,
        kind: body.kind ?? "free_text",
        jurisdiction: body.jurisdiction ?? DEFAULT_JURISDICTION,
        ...(body.sources ? { sources: body.sources } : {}),
      },
      {
        engine: deps.runs.engine,
        judgeMode: deps.runs.judgeMode,
        ...(deps.runs.cpu ? { detect: deps.runs.cpu.detect } : {}),
      },
    );
    return c.json(
      {
        ...(body.id !== undefined ? { id: body.id } : {}),
        verdict: report.verdict,
        findings: report.findings,
        offline: report.offline,
        policyVersion: report.policyVersion,
        guards: report.outcomes.map((o) => ({
          guard: o.guard,
          verdict: o.verdict,
          certainty: o.certainty,
          ...(o.confidence !== undefined ? { confidence: o.confidence } : {}),
          judge: o.judge.status,
          latencyMs: o.latencyMs,
        })),
      },
      200,
    );
  });
}
