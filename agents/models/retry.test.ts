import { describe, expect, it } from "vitest";
import { ModelError } from "../../core/errors.js";
import { classifyProviderError } from "./provider-errors.js";
import { type RetryPolicy, withRetries } from "./retry.js";

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    maxRetries: 3,
    timeoutMs: 100,
    baseDelayMs: 500,
    maxRetryAfterMs: 20_000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    sleeps,
    ...overrides,
  };
}

const httpError = (status: number, headers?: Headers) =>
  Object.assign(new Error(`HTTP ${status} sk-secret`), { status, headers });

describe("withRetries", () => {
  it("doubles the backoff from 500 ms and stops after maxRetries", async () => {
    const p = policy();
    let calls = 0;
    const error = await withRetries(p, "openai", async () => {
      calls++;
      throw httpError(503);
    }).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(p.sleeps).toEqual([500, 1000, 2000]);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).message).toBe("openai model unavailable (HTTP 503) after 4 attempts");
  });

  it("honours retry-after up to its cap", async () => {
    const p = policy({ maxRetryAfterMs: 5_000 });
    let calls = 0;
    const result = await withRetries(p, "mistral", async () => {
      calls++;
      if (calls === 1) throw httpError(429, new Headers({ "retry-after": "3" }));
      if (calls === 2) throw httpError(429, new Headers({ "retry-after": "3600" }));
      return "ok";
    });
    expect(result).toEqual({ value: "ok", attempts: 3 });
    expect(p.sleeps).toEqual([3000, 5000]);
  });

  it("times out an attempt that never settles and aborts its signal", async () => {
    let seen: AbortSignal | undefined;
    const error = await withRetries(policy({ maxRetries: 0, timeoutMs: 50 }), "ollama", (signal) => {
      seen = signal;
      return new Promise<never>(() => {});
    }).catch((e: unknown) => e);
    expect((error as ModelError).code).toBe("model_timeout");
    expect(seen?.aborted).toBe(true);
  });

  it("retries invalid output once only, however many retries are allowed", async () => {
    const p = policy({ maxRetries: 5 });
    let calls = 0;
    const error = await withRetries(p, "openai", async () => {
      calls++;
      throw new ModelError("model_invalid_output", "bad", { paths: ["verdict"] });
    }).catch((e: unknown) => e);
    expect(calls).toBe(2);
    expect((error as ModelError).details).toMatchObject({ paths: ["verdict"], attempts: 2 });
  });

  it("keeps nothing of the provider's message", async () => {
    const error = await withRetries(policy({ maxRetries: 0 }), "openai", async () => {
      throw httpError(401);
    }).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain("sk-secret");
    expect((error as Error).cause).toBeUndefined();
  });
});

describe("classifyProviderError", () => {
  it("reads the status wherever the SDK keeps it", () => {
    expect(classifyProviderError({ statusCode: 429 }).code).toBe("model_rate_limited");
    expect(classifyProviderError({ status_code: 502 })).toEqual({ code: "model_unavailable", status: 502 });
    expect(classifyProviderError(new Error("x", { cause: { status: 408 } })).code).toBe("model_timeout");
    expect(classifyProviderError(new DOMException("t", "TimeoutError")).code).toBe("model_timeout");
    expect(classifyProviderError(new SyntaxError("Unexpected token")).code).toBe("model_invalid_output");
    expect(classifyProviderError(new TypeError("fetch failed")).code).toBe("model_unavailable");
  });
});
