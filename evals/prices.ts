// The price list lives in core/prices.ts (the value page reads it too); evals keep this path.
export * from "../core/prices.js";
