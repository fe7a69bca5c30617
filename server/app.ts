// createApp(deps) is shared by the server and the tests: one sub-app per resource, one error handler.
import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import type { AppDeps } from "./deps.js";
import { createErrorHandler, errorBody } from "./errors.js";
import { createGuardRoutes } from "./routes/guard.js";
import { createHealthRoutes } from "./routes/health.js";
import { createRunRoutes } from "./routes/runs.js";
import { validationHook } from "./validation.js";

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use("*", requestId());
  app.onError(createErrorHandler(deps.logger));
  app.notFound((c) => c.json(errorBody("not_found", `no route ${c.req.method} ${c.req.path}`), 404));
  app.route("/health", createHealthRoutes(deps));
  app.route("/v1/runs", createRunRoutes(deps));
  app.route("/v1/guard", createGuardRoutes(deps));
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "garde-fou",
      version: deps.version,
      description: "Recruiting AI workers supervised by guard agents under French law.",
    },
  });
  return app;
}
