// The one place where retries and timeouts of model calls are decided. Provider clients are built with
// their own retries off (maxRetries: 0): stacked retry layers multiplied the calls (7 for one failure).

import { ModelError } from "../../core/errors.js";
import type { Settings } from "../../core/settings.js";
import {
  type ClassifiedError,
  classifyProviderError,
  describeFailure,
  isRetryable,
} from "./provider-errors.js";

export type Sleep = (ms: number) => Promise<void>;

export interface RetryPolicy {
  /** Further attempts after the first one. */
  maxRetries: number;
  /** Bound of one attempt, not of the whole call. */
  timeoutMs: number;
  /** First backoff; each retry doubles it. */
  baseDelayMs: number;
  /** A provider's retry-after is honoured up to this much, so one header cannot stall a run. */
  maxRetryAfterMs: number;
  sleep: Sleep;
}

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function retryPolicyFromSettings(
  settings: Pick<Settings, "MODEL_MAX_RETRIES" | "MODEL_TIMEOUT_MS">,
  sleep: Sleep = realSleep,
): RetryPolicy {
  return {
    maxRetries: settings.MODEL_MAX_RETRIES,
    timeoutMs: settings.MODEL_TIMEOUT_MS,
    baseDelayMs: 500,
    maxRetryAfterMs: 20_000,
    sleep,
  };
}

export interface Attempted<T> {
  value: T;
  attempts: number;
}

/** What a failed call carries in ModelError.details, so the caller can still write its record. */
export interface FailureDetails {
  provider: string;
  attempts: number;
  status?: number;
}

export function attemptsOf(error: unknown, fallback: number): number {
  if (error instanceof ModelError && typeof error.details?.attempts === "number")
    return error.details.attempts;
  return fallback;
}

const TIMED_OUT = Symbol("timed out");

/** Runs one attempt; rejects with TIMED_OUT when the attempt outlives the policy, aborting its signal. */
async function boundedAttempt<T>(timeoutMs: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new DOMException("model call timed out", "TimeoutError"));
      reject(TIMED_OUT);
    }, timeoutMs);
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls `run` until it succeeds or the policy gives up. Retries after 429, 5xx and timeouts (up to
 * maxRetries) and after invalid output once; anything else fails at once. Throws ModelError whose message
 * names the provider, the status and the attempts, and nothing the provider said.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  provider: string,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<Attempted<T>> {
  let invalidOutputs = 0;
  for (let attempt = 1; ; attempt++) {
    let classified: ClassifiedError;
    // Our own errors (a schema mismatch) carry safe details worth keeping, such as the failing paths.
    let ownDetails: Record<string, unknown> | undefined;
    try {
      return { value: await boundedAttempt(policy.timeoutMs, run), attempts: attempt };
    } catch (error) {
      classified = error === TIMED_OUT ? { code: "model_timeout" } : classifyProviderError(error);
      if (error instanceof ModelError) ownDetails = error.details;
    }
    if (classified.code === "model_invalid_output") invalidOutputs++;
    const mayRetry =
      attempt <= policy.maxRetries &&
      isRetryable(classified) &&
      !(classified.code === "model_invalid_output" && invalidOutputs > 1);
    if (!mayRetry) {
      const details: FailureDetails = { provider, attempts: attempt };
      if (classified.status !== undefined) details.status = classified.status;
      throw new ModelError(classified.code, describeFailure(provider, classified, attempt), {
        ...ownDetails,
        ...details,
      });
    }
    const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
    const retryAfter = Math.min(classified.retryAfterMs ?? 0, policy.maxRetryAfterMs);
    await policy.sleep(Math.max(backoff, retryAfter));
  }
}

/**
 * A fetch whose every request is aborted after the policy's timeout. The race in withRetries already bounds
 * the caller; this also frees the socket, since not every LangChain client forwards the call's signal.
 */
export function fetchWithTimeout(
  policy: Pick<RetryPolicy, "timeoutMs">,
  base: typeof fetch = fetch,
): typeof fetch {
  return (input, init) => {
    const signals = [AbortSignal.timeout(policy.timeoutMs)];
    if (init?.signal) signals.push(init.signal);
    if (input instanceof Request) signals.push(input.signal);
    return base(input, { ...init, signal: AbortSignal.any(signals) });
  };
}
