// createApp(deps) is shared by the server and the tests: one sub-app per resource, one error handler.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import type { AppDeps } from "./deps.js";
import { createErrorHandler, errorBody } from "./errors.js";
import { authenticate } from "./middleware/authenticate.js";
import { authorize } from "./middleware/authorize.js";
import { checkInput, limitBodySize } from "./middleware/input-limits.js";
import { runOwnership } from "./middleware/run-ownership.js";
import { withCommonErrors } from "./openapi.js";
import { withPageErrors } from "./pages/error-page.js";
import { createEvidencePageRoutes } from "./pages/evidence-routes.js";
import { createPageRoutes } from "./pages/routes.js";
import { createAuditRoutes } from "./routes/audit.js";
import { createBackgroundRoutes, createWebhookRoutes, isStreamedBatch } from "./routes/background.js";
import { createDashboardRoutes } from "./routes/dashboard.js";
import { createEvalRoutes } from "./routes/evals.js";
import { createEvidenceDocRoutes, createEvidenceRoutes } from "./routes/evidence.js";
import { createGuardRoutes } from "./routes/guard.js";
import { createHealthRoutes } from "./routes/health.js";
import { createKeyRoutes } from "./routes/keys.js";
import { createReviewRoutes } from "./routes/review.js";
import { createRunRoutes } from "./routes/runs.js";
import { createTraceRoutes } from "./routes/trace.js";
import { validationHook } from "./validation.js";

/**
 * Answers carry runs, CVs, decisions and keys: no browser or proxy cache may keep them. Only the pages'
 * static assets may be cached (they set their own Cache-Control).
 */
const noStore = (): MiddlewareHandler => async (c, next) => {
  await next();
  if (!c.res.headers.has("cache-control")) c.header("cache-control", "no-store");
};

/** Readable without a key: liveness, the API's description, and what the login page needs. */
export const isPublic = (path: string) =>
  path === "/health" || path === "/openapi.json" || path === "/ui/login" || path.startsWith("/ui/assets/");

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use("*", requestId());
  app.use("*", noStore());
  app.onError(withPageErrors(createErrorHandler(deps.logger)));
  app.notFound((c) => c.json(errorBody("not_found", `no route ${c.req.method} ${c.req.path}`), 404));
  app.use(
    "*",
    authenticate({
      db: deps.db,
      settings: deps.settings,
      clock: deps.runs.clock,
      localAdminToken: deps.localAdminToken,
      isPublic,
    }),
  );
  app.use("*", authorize({ isPublic }));
  // After access checks, so that an anonymous caller cannot make us read or parse a body at all.
  const bodyLimit = limitBodySize({ maxBodyBytes: deps.settings.MAX_BODY_BYTES });
  // A JSONL batch upload is read as a stream and counted against BATCH_MAX_BODY_BYTES by its route.
  app.use("*", (c, next) =>
    isStreamedBatch(c.req.method, c.req.path, c.req.header("content-type")) ? next() : bodyLimit(c, next),
  );
  app.use("*", checkInput({ maxDepth: deps.settings.MAX_JSON_DEPTH }));
  app.use("/v1/runs/*", runOwnership({ db: deps.db, clock: deps.runs.clock, ids: deps.runs.ids }));
  app.route("/health", createHealthRoutes(deps));
  app.route("/v1/runs", createBackgroundRoutes(deps));
  app.route("/v1/runs", createRunRoutes(deps));
  app.route("/v1/runs", createTraceRoutes(deps));
  app.route("/v1/review", createReviewRoutes(deps));
  app.route("/v1/audit", createAuditRoutes(deps));
  app.route("/v1/audit", createEvidenceRoutes(deps));
  app.route("/v1", createEvidenceDocRoutes(deps));
  app.route("/v1/dashboard", createDashboardRoutes(deps));
  app.route("/v1/keys", createKeyRoutes(deps));
  app.route("/v1/webhook", createWebhookRoutes(deps));
  app.route("/ui", createEvidencePageRoutes(deps));
  app.route("/ui", createPageRoutes(deps));
  app.route("/v1/guard", createGuardRoutes(deps));
  app.route("/v1/evals", createEvalRoutes({ db: deps.db }));
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", { type: "http", scheme: "bearer" });
  // Built once, on first request: every route is mounted by then.
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get("/openapi.json", (c) => {
    document ??= withCommonErrors(
      app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: {
          title: "garde-fou",
          version: deps.version,
          description: "Recruiting AI workers supervised by guard agents under French law.",
        },
        security: [{ apiKey: [] }],
      }),
      isPublic,
    );
    return c.json(document);
  });
  return app;
}
