// contains, not-contains, regex: the cheap checks that most cases carry (promptfoo's contains.ts shape).
import type { AssertionHandler, AssertionOutcome } from "./types.js";

const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
const quote = (values: string[]) => values.map((v) => JSON.stringify(v)).join(", ");

function found(text: string, needles: string[], ignoreCase: boolean | undefined): boolean[] {
  const haystack = ignoreCase ? text.toLocaleLowerCase() : text;
  return needles.map((n) => haystack.includes(ignoreCase ? n.toLocaleLowerCase() : n));
}

export const contains: AssertionHandler<"contains"> = (a, { output }) => {
  const needles = list(a.value);
  const hits = found(output.text, needles, a.ignoreCase);
  const missing = needles.filter((_, i) => !hits[i]);
  return missing.length === 0
    ? { type: "contains", status: "pass", message: `contains ${quote(needles)}` }
    : { type: "contains", status: "fail", message: `missing ${quote(missing)}` };
};

export const notContains: AssertionHandler<"not-contains"> = (a, { output }) => {
  const needles = list(a.value);
  const hits = found(output.text, needles, a.ignoreCase);
  const present = needles.filter((_, i) => hits[i]);
  return present.length === 0
    ? { type: "not-contains", status: "pass", message: `free of ${quote(needles)}` }
    : { type: "not-contains", status: "fail", message: `contains forbidden ${quote(present)}` };
};

// Suites are validated once and cases share assertion objects through defaults: compile each pattern once.
const compiled = new WeakMap<object, RegExp>();

export const regex: AssertionHandler<"regex"> = (a, { output }): AssertionOutcome => {
  let re = compiled.get(a);
  if (!re) {
    re = new RegExp(a.pattern, (a.flags ?? "").replace(/[gy]/gu, ""));
    compiled.set(a, re);
  }
  const match = re.exec(output.text);
  const shown = `/${a.pattern}/${a.flags ?? ""}`;
  if (a.negate)
    return match
      ? {
          type: "regex",
          status: "fail",
          message: `${shown} should not match but matched ${JSON.stringify(match[0])}`,
        }
      : { type: "regex", status: "pass", message: `${shown} does not match` };
  return match
    ? { type: "regex", status: "pass", message: `${shown} matched ${JSON.stringify(match[0])}` }
    : { type: "regex", status: "fail", message: `${shown} did not match` };
};
