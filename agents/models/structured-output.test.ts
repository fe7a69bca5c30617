import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ModelError } from "../../core/errors.js";
import { jsonTextOf, parseStructured } from "./structured-output.js";
import { fitToColumn } from "./vectors.js";

const schema = z.object({ verdict: z.enum(["pass", "block"]) });

describe("structured output", () => {
  it("takes bare JSON or the first fenced block", () => {
    expect(jsonTextOf('  {"a":1} ')).toBe('{"a":1}');
    expect(jsonTextOf('Verdict:\n```json\n{"a":1}\n```\nvoilà')).toBe('{"a":1}');
    expect(jsonTextOf('```\n{"a":2}\n```')).toBe('{"a":2}');
  });

  it("validates against the schema and reports paths, not the answer", () => {
    expect(parseStructured('{"verdict":"pass"}', schema)).toEqual({ verdict: "pass" });
    const mismatch = (() => {
      try {
        parseStructured('{"verdict":"secret-answer"}', schema);
      } catch (e) {
        return e;
      }
    })();
    expect(mismatch).toBeInstanceOf(ModelError);
    expect((mismatch as ModelError).code).toBe("model_invalid_output");
    expect((mismatch as ModelError).details).toEqual({ reason: "schema_mismatch", paths: ["verdict"] });
    expect((mismatch as ModelError).message).not.toContain("secret-answer");
    expect(() => parseStructured("pas du JSON", schema)).toThrow(/not valid JSON/);
  });
});

describe("fitToColumn", () => {
  it("pads, normalises, and refuses oversized or non-finite vectors", () => {
    const vector = fitToColumn([3, 4], 4);
    expect(vector).toEqual([0.6, 0.8, 0, 0]);
    expect(() => fitToColumn([1, 2, 3], 2)).toThrow(ModelError);
    expect(() => fitToColumn([Number.NaN], 2)).toThrow(ModelError);
  });
});
