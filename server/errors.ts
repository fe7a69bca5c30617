// The one place that turns errors into HTTP answers. Callers get a code and a message; never a stack trace.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type ErrorCode, isGardeFouError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  model_invalid_output: 502,
  model_unavailable: 503,
  model_rate_limited: 503,
  model_timeout: 504,
  configuration: 500,
  internal: 500,
};

export function errorBody(code: ErrorCode, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (isGardeFouError(error))
      return c.json(errorBody(error.code, error.message, error.details), STATUS[error.code]);
    // Hono's own HTTP errors (e.g. a malformed JSON body) carry a status worth keeping.
    const status = (error as { status?: unknown }).status;
    if (typeof status === "number" && status >= 400 && status < 500)
      return c.json(
        errorBody("invalid_input", error.message || "bad request"),
        status as ContentfulStatusCode,
      );
    logger.error("unhandled error", { path: c.req.path, name: error.name, message: error.message });
    return c.json(errorBody("internal", "internal error"), 500);
  };
}
