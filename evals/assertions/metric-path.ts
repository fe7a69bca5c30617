// Reads a number out of a case's measures and output by a short path, for threshold and invariance.
// `cvs.[id=c2].score` selects the array item whose `id` is "c2"; `items.0.score` selects by index.
import type { TargetOutput } from "../targets/types.js";
import type { CaseMeasures } from "./types.js";

const SELECTOR = /^\[([^=\]]+)=([^\]]*)\]$/u;

function step(value: unknown, segment: string): unknown {
  if (Array.isArray(value)) {
    const selector = SELECTOR.exec(segment);
    if (selector) {
      const [, key, wanted] = selector;
      return value.find(
        (item: unknown) =>
          typeof item === "object" &&
          item !== null &&
          String((item as Record<string, unknown>)[key ?? ""]) === wanted,
      );
    }
    return /^\d+$/u.test(segment) ? value[Number(segment)] : undefined;
  }
  if (typeof value === "object" && value !== null) return (value as Record<string, unknown>)[segment];
  return undefined;
}

export function metricScope(output: TargetOutput, measures?: CaseMeasures): Record<string, unknown> {
  return {
    ...measures,
    findings: output.findings?.length ?? 0,
    length: output.text.length,
    data: output.data,
    output,
  };
}

/** The number at `path`, or a message saying why there is none. */
export function readMetric(
  path: string,
  output: TargetOutput,
  measures?: CaseMeasures,
): { value: number } | { missing: string } {
  let value: unknown = metricScope(output, measures);
  for (const segment of path.split(".")) value = step(value, segment);
  if (typeof value === "number" && Number.isFinite(value)) return { value };
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return { value: Number(value) };
  return {
    missing: `${path} is ${value === undefined ? "absent" : `not a number (${JSON.stringify(value)})`}`,
  };
}
