// /v1/keys, for administrators: list, create (the key is shown once, in this answer) and revoke.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { NotFoundError } from "../../core/errors.js";
import { appendAudit } from "../../db/queries/audit.js";
import { type ApiKeyRow, createApiKey, listApiKeys, Role, revokeApiKey } from "../../db/queries/keys.js";
import type { AppDeps } from "../deps.js";
import { actorOf, principalOf } from "../middleware/principal.js";
import { ErrorResponse } from "../schemas.js";
import { validationHook } from "../validation.js";

const ApiKeyInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi("ApiKey");

export const keyInfo = (k: ApiKeyRow): z.infer<typeof ApiKeyInfo> => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.prefix,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
});

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const listRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Every API key (never the key itself).",
  responses: { 200: json(z.object({ items: z.array(ApiKeyInfo) }), "The keys") },
});

const createKeyRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Create a key; the answer is the only time it is shown.",
  request: {
    body: {
      content: {
        "application/json": { schema: z.object({ name: z.string().trim().min(1).max(100), role: Role }) },
      },
      required: true,
    },
  },
  responses: {
    201: json(ApiKeyInfo.extend({ key: z.string() }).openapi("CreatedApiKey"), "The key, shown once"),
    400: json(ErrorResponse, "Invalid request"),
  },
});

const revokeRoute = createRoute({
  method: "post",
  path: "/{id}/revoke",
  summary: "Revoke a key: it stops working at once.",
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: { 200: json(ApiKeyInfo, "The revoked key"), 404: json(ErrorResponse, "No such key") },
});

export function createKeyRoutes(deps: AppDeps) {
  const { clock, ids } = deps.runs;
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => c.json({ items: (await listApiKeys(deps.db)).map(keyInfo) }, 200))
    .openapi(createKeyRoute, async (c) => {
      const body = c.req.valid("json");
      const { key, row } = await createApiKey(deps.db, body, { clock, ids });
      await appendAudit(deps.db, {
        id: ids.next(),
        at: clock.now(),
        actor: actorOf(principalOf(c)),
        action: "key.create",
        details: { keyId: row.id, name: row.name, role: row.role },
      });
      return c.json({ ...keyInfo(row), key }, 201);
    })
    .openapi(revokeRoute, async (c) => {
      const { id } = c.req.valid("param");
      const row = await revokeApiKey(deps.db, id, clock.now());
      if (!row) throw new NotFoundError("API key", id);
      await appendAudit(deps.db, {
        id: ids.next(),
        at: clock.now(),
        actor: actorOf(principalOf(c)),
        action: "key.revoke",
        details: { keyId: row.id, name: row.name },
      });
      return c.json(keyInfo(row), 200);
    });
}
