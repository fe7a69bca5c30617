// Errors carry a stable name and code; only server/ maps them to HTTP, and the CLI to exit codes.
export const ERROR_CODES = [
  "invalid_input",
  "not_found",
  "conflict",
  "too_large",
  "unauthorized",
  "forbidden",
  "model_unavailable",
  "model_timeout",
  "model_rate_limited",
  "model_invalid_output",
  "configuration",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class GardeFouError extends Error {
  override readonly name: string = "GardeFouError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe to show a caller: field paths, ids. Never secrets or stack traces. */
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class InvalidInputError extends GardeFouError {
  override readonly name = "InvalidInputError";
  constructor(message: string, details?: Record<string, unknown>) {
    super("invalid_input", message, details);
  }
}

/** More than a limit allows (CVs in one batch, say): the message names the limit and its setting. */
export class TooLargeError extends GardeFouError {
  override readonly name = "TooLargeError";
  constructor(message: string, details?: Record<string, unknown>) {
    super("too_large", message, details);
  }
}

export class NotFoundError extends GardeFouError {
  override readonly name = "NotFoundError";
  constructor(what: string, id: string) {
    super("not_found", `${what} ${id} not found`, { id });
  }
}

export class ConflictError extends GardeFouError {
  override readonly name = "ConflictError";
  constructor(message: string, details?: Record<string, unknown>) {
    super("conflict", message, details);
  }
}

export class ConfigurationError extends GardeFouError {
  override readonly name = "ConfigurationError";
  constructor(message: string, details?: Record<string, unknown>) {
    super("configuration", message, details);
  }
}

export class ModelError extends GardeFouError {
  override readonly name = "ModelError";
  constructor(
    code: Extract<
      ErrorCode,
      "model_unavailable" | "model_timeout" | "model_rate_limited" | "model_invalid_output"
    >,
    message: string,
    details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(code, message, details, options);
  }
}

export function isGardeFouError(error: unknown): error is GardeFouError {
  return error instanceof GardeFouError;
}
