import { describe, expect, it } from "vitest";
import { EvalCase, TARGET_KINDS } from "../runner/suite-schema.js";
import { TARGETS } from "../targets/registry.js";
import { ASSERTIONS } from "./registry.js";
import { ASSERTION_TYPES, Assertion } from "./schema.js";

describe("assertion registry", () => {
  it("has exactly one handler per assertion type of the schema, and the reverse", () => {
    const inSchema = Assertion.options.map((option) => option.shape.type.value).sort();
    expect(inSchema).toEqual([...ASSERTION_TYPES].sort());
    expect(Object.keys(ASSERTIONS).sort()).toEqual([...ASSERTION_TYPES].sort());
  });
});

describe("target registry", () => {
  it("runs every target kind a case may name", () => {
    const families = new Set(TARGET_KINDS.map((kind) => kind.split(":")[0]));
    expect([...families].sort()).toEqual(Object.keys(TARGETS).sort());
    const schemaKinds = EvalCase.options.flatMap((o) => {
      const target = o.shape.target;
      return "options" in target ? [...target.options] : [target.value];
    });
    expect(schemaKinds.sort()).toEqual([...TARGET_KINDS].sort());
  });
});
