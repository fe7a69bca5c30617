// GET /v1/audit: who decided what, when, and what changed; newest first.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { listAudit } from "../../db/queries/audit.js";
import type { AppDeps } from "../deps.js";
import { validationHook } from "../validation.js";
import { PageInfo, PageQuery } from "./paging.js";

const AuditEntry = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.string().openapi({ description: "The API key's name and id" }),
    action: z.string().openapi({ example: "review.approve" }),
    runId: z.string().nullable(),
    details: z.unknown(),
  })
  .openapi("AuditEntry");

const auditRoute = createRoute({
  method: "get",
  path: "/",
  summary: "The audit log, filtered by run, actor or action, a page at a time.",
  request: {
    query: z.object({
      runId: z.string().min(1).optional(),
      actor: z.string().min(1).optional(),
      action: z.string().min(1).optional(),
      ...PageQuery,
    }),
  },
  responses: {
    200: {
      description: "A page of the audit log",
      content: {
        "application/json": {
          schema: z.object({ items: z.array(AuditEntry), ...PageInfo }).openapi("AuditLog"),
        },
      },
    },
  },
});

export function createAuditRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(auditRoute, async (c) => {
    const q = c.req.valid("query");
    const { items, total } = await listAudit(deps.db, q);
    return c.json(
      {
        items: items.map((a) => ({
          id: a.id,
          at: a.at.toISOString(),
          actor: a.actor,
          action: a.action,
          runId: a.runId,
          details: a.details,
        })),
        total,
        limit: q.limit,
        offset: q.offset,
      },
      200,
    );
  });
}
