import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { AppDeps } from "../deps.js";
import { authMode } from "../middleware/authenticate.js";
import { validationHook } from "../validation.js";

const health = createRoute({
  method: "get",
  path: "/",
  summary: "Liveness and readiness: the database answers and which model engine is in use.",
  responses: {
    200: {
      description: "Healthy",
      content: {
        "application/json": {
          schema: z.object({
            status: z.literal("ok"),
            version: z.string(),
            database: z.string(),
            engine: z.object({ provider: z.string(), model: z.string(), offline: z.boolean() }),
            auth: z
              .enum(["open", "keys"])
              .openapi({ description: "open: no API key exists yet, nothing is checked" }),
          }),
        },
      },
    },
    503: {
      description: "The database does not answer, or its directory is gone: the reason, until it is back",
      content: {
        "application/json": {
          schema: z.object({ status: z.literal("unavailable"), version: z.string(), reason: z.string() }),
        },
      },
    },
  },
});

export function createHealthRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(health, async (c) => {
    // Checked first and cheaply: PGlite keeps answering from memory after its directory is deleted,
    // while nothing it writes any more will survive.
    const storage = deps.storageProblem?.() ?? null;
    if (storage)
      return c.json({ status: "unavailable" as const, version: deps.version, reason: storage }, 503);
    try {
      await Promise.race([
        deps.db.execute(sql`select 1`),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error("no answer within 3 s")), 3_000).unref(),
        ),
      ]);
    } catch (error) {
      // Said without the driver's text (it may carry a host or a user name); the log has the details.
      deps.logger.warn("health: the database does not answer", {
        error: error instanceof Error ? error.message : String(error),
      });
      return c.json(
        { status: "unavailable" as const, version: deps.version, reason: "the database does not answer" },
        503,
      );
    }
    const engine = deps.runs.engine;
    return c.json(
      {
        status: "ok" as const,
        version: deps.version,
        database: deps.settings.DATABASE_URL ? "postgres" : "pglite",
        engine: { provider: engine.provider, model: engine.chatModel, offline: engine.offline },
        auth: await authMode(deps.db, deps.settings),
      },
      200,
    );
  });
}
