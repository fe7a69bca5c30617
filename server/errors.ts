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
  too_large: 413,
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
    logger.error("unhandled error", safeErrorFields(c, error));
    return c.json(errorBody("internal", "internal error"), 500);
  };
}

/**
 * What an unexpected error may put in the log: where it happened and what kind of error it was. Never its
 * message: a database driver's message quotes the query's parameters (a whole CV, a NIR), and a query string
 * may carry personal data too. The run id is in the path, which is enough to find the run's trace.
 */
export function safeErrorFields(c: Context, error: Error): Record<string, unknown> {
  const cause = (error as { cause?: unknown }).cause;
  const sqlState = [error, cause]
    .map((e) => (e && typeof e === "object" ? (e as { code?: unknown }).code : undefined))
    .find((code) => typeof code === "string" && /^[0-9A-Z]{5}$/.test(code));
  return {
    requestId: c.get("requestId"),
    method: c.req.method,
    path: c.req.path,
    name: error.name,
    ...(cause instanceof Error ? { cause: cause.name } : {}),
    ...(sqlState ? { sqlState } : {}),
  };
}
