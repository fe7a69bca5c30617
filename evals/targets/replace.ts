// Swaps protected attributes (names, ages, addresses…) in every string of a case's input, for invariance.
import type { EvalCase } from "../runner/suite-schema.js";

function replaceAll(value: unknown, pairs: Array<[string, string]>): unknown {
  if (typeof value === "string") return pairs.reduce((text, [from, to]) => text.split(from).join(to), value);
  if (Array.isArray(value)) return value.map((v) => replaceAll(v, pairs));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceAll(v, pairs)]));
  return value;
}

export function withReplacements<C extends EvalCase>(c: C, replacements: Record<string, string>): C {
  const pairs = Object.entries(replacements);
  if (c.target === "prompt") return { ...c, vars: replaceAll(c.vars, pairs) as typeof c.vars };
  return { ...c, input: replaceAll(c.input, pairs) as typeof c.input };
}
