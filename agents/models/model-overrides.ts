import type { Sleep } from "./retry.js";

/** What tests (or an embedding host) may replace when building an engine. */
export interface ModelOverrides {
  /** Transport of the provider clients; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Waits between retries; tests pass one that returns at once. */
  sleep?: Sleep;
}
