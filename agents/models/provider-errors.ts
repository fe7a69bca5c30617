// Providers fail in their own vocabularies (OpenAI's APIError.status, Mistral's statusCode, Ollama's
// status_code, DOMException names…). This file reduces them to our codes without keeping their messages:
// a provider's error text can echo the request, headers included.
import { isGardeFouError, ModelError } from "../../core/errors.js";

export type ModelErrorCode = ConstructorParameters<typeof ModelError>[0];

export interface ClassifiedError {
  code: ModelErrorCode;
  /** HTTP status when the provider answered with one. */
  status?: number;
  /** Seconds or date from a retry-after header, converted to milliseconds. */
  retryAfterMs?: number;
}

const TIMEOUT_NAMES = new Set(["TimeoutError", "AbortError", "RequestTimeoutError", "RequestAbortedError"]);
const TIMEOUT_CLASSES = new Set(["APIConnectionTimeoutError", "APIUserAbortError"]);
// Bodies that are not the JSON the SDK expects surface as parse or schema errors of the SDK.
const INVALID_BODY_NAMES = new Set([
  "SyntaxError",
  "ResponseValidationError",
  "SDKValidationError",
  "ZodError",
]);
// ollama-js skips unparsable lines of its stream and then fails with this fixed sentence.
const INVALID_BODY_MESSAGES = [/did not receive done or success response in stream/i];

function fieldOf(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

function statusOf(error: object): number | undefined {
  for (const key of ["status", "statusCode", "status_code"]) {
    const value = fieldOf(error, key);
    if (typeof value === "number" && value >= 100 && value < 600) return value;
  }
  return undefined;
}

function retryAfterOf(error: object, now: number): number | undefined {
  const headers = fieldOf(error, "headers");
  let raw: unknown;
  if (headers instanceof Headers) raw = headers.get("retry-after");
  else if (headers && typeof headers === "object") raw = fieldOf(headers, "retry-after");
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Walks the cause chain: SDKs and LangChain wrap the transport error one or two levels deep. */
function* chain(error: unknown): Generator<object> {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    yield current;
    current = fieldOf(current, "cause");
  }
}

export function classifyProviderError(error: unknown, now = Date.now()): ClassifiedError {
  if (isGardeFouError(error) && error instanceof ModelError) return { code: error.code as ModelErrorCode };
  for (const link of chain(error)) {
    const name = fieldOf(link, "name");
    const className = link.constructor?.name;
    // Checked before the status: LangChain's Mistral client stamps status 400 on the SDK's own
    // validation errors of a response body.
    const message = fieldOf(link, "message");
    if (
      (typeof name === "string" && INVALID_BODY_NAMES.has(name)) ||
      INVALID_BODY_NAMES.has(className ?? "") ||
      (typeof message === "string" && INVALID_BODY_MESSAGES.some((pattern) => pattern.test(message)))
    )
      return { code: "model_invalid_output" };
    const status = statusOf(link);
    // An error carrying a success status means the client could not use the body it received.
    if (status !== undefined && status >= 200 && status < 300)
      return { code: "model_invalid_output", status };
    if (status !== undefined) {
      const retryAfterMs = retryAfterOf(link, now);
      const code: ModelErrorCode =
        status === 429 ? "model_rate_limited" : status === 408 ? "model_timeout" : "model_unavailable";
      return retryAfterMs === undefined ? { code, status } : { code, status, retryAfterMs };
    }
    if ((typeof name === "string" && TIMEOUT_NAMES.has(name)) || TIMEOUT_CLASSES.has(className ?? ""))
      return { code: "model_timeout" };
  }
  return { code: "model_unavailable" };
}

/** Whether another attempt may help; invalid output is retried by the policy at most once. */
export function isRetryable(classified: ClassifiedError): boolean {
  if (classified.code === "model_rate_limited" || classified.code === "model_timeout") return true;
  if (classified.code === "model_invalid_output") return true;
  return classified.status !== undefined && classified.status >= 500;
}

const DESCRIPTIONS: Record<ModelErrorCode, string> = {
  model_rate_limited: "rate limited",
  model_timeout: "timed out",
  model_unavailable: "unavailable",
  model_invalid_output: "returned output that is not the expected JSON",
};

/** A message built only from our own words and numbers, never from the provider's text. */
export function describeFailure(provider: string, classified: ClassifiedError, attempts: number): string {
  const status = classified.status === undefined ? "" : ` (HTTP ${classified.status})`;
  const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
  return `${provider} model ${DESCRIPTIONS[classified.code]}${status} after ${tries}`;
}
