// threshold and invariance: numbers compared against bounds, or against themselves across swapped attributes.
import { readMetric } from "./metric-path.js";
import type { AssertionHandler, AssertionOutcome } from "./types.js";

export const threshold: AssertionHandler<"threshold"> = (a, { output, measures }): AssertionOutcome => {
  const read = readMetric(a.metric, output, measures);
  if ("missing" in read) return { type: "threshold", status: "fail", message: read.missing };
  const v = read.value;
  const bounds = [a.min !== undefined && `≥ ${a.min}`, a.max !== undefined && `≤ ${a.max}`]
    .filter(Boolean)
    .join(" and ");
  const ok = (a.min === undefined || v >= a.min) && (a.max === undefined || v <= a.max);
  return {
    type: "threshold",
    status: ok ? "pass" : "fail",
    message: `${a.metric} = ${v}, expected ${bounds}`,
    score: v,
  };
};

export const invariance: AssertionHandler<"invariance"> = async (a, context): Promise<AssertionOutcome> => {
  const base = readMetric(a.metric, context.output, context.measures);
  if ("missing" in base) return { type: "invariance", status: "fail", message: `original: ${base.missing}` };
  let worst = 0;
  const parts: string[] = [];
  for (const [i, variant] of a.variants.entries()) {
    const label = variant.label ?? `variant ${i + 1}`;
    const out = await context.rerun(variant.replace);
    const read = readMetric(a.metric, out);
    if ("missing" in read)
      return { type: "invariance", status: "fail", message: `${label}: ${read.missing}` };
    const delta = Math.abs(read.value - base.value);
    worst = Math.max(worst, delta);
    parts.push(`${label} ${read.value} (Δ ${delta.toFixed(3)})`);
  }
  const ok = worst <= a.tolerance;
  return {
    type: "invariance",
    status: ok ? "pass" : "fail",
    message: `${a.metric}: original ${base.value}; ${parts.join("; ")}; tolerance ${a.tolerance}`,
    score: worst,
  };
};
