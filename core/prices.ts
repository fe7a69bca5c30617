// (Moved from evals/prices.ts: the value page reads it too, and product code never imports evals.)
// List prices in US dollars per million tokens, for the cost column of side-by-side reports. Check them
// against the providers' pages before quoting a figure; a model not listed costs 0 and says so in reports.
import type { ModelCallRecord } from "./models.js";

export interface Price {
  inputPerMTok: number;
  outputPerMTok: number;
}

export const PRICES: Record<string, Price> = {
  "mistral-small-latest": { inputPerMTok: 0.1, outputPerMTok: 0.3 },
  "mistral-medium-latest": { inputPerMTok: 0.4, outputPerMTok: 2 },
  "mistral-large-latest": { inputPerMTok: 2, outputPerMTok: 6 },
  "gpt-4o-mini": { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  "gpt-4o": { inputPerMTok: 2.5, outputPerMTok: 10 },
  "gpt-4.1-mini": { inputPerMTok: 0.4, outputPerMTok: 1.6 },
};

/** Offline and local (ollama) calls cost nothing; unknown models are counted as 0. */
export function callCost(
  record: Pick<ModelCallRecord, "provider" | "model" | "inputTokens" | "outputTokens">,
): number {
  if (record.provider === "offline" || record.provider === "ollama") return 0;
  const price = PRICES[record.model];
  if (!price) return 0;
  return (record.inputTokens * price.inputPerMTok + record.outputTokens * price.outputPerMTok) / 1_000_000;
}
