import { describe, expect, it } from "vitest";
import { changedFields, disagreesWithGuards, validateDecision } from "./decide.js";

describe("decisions", () => {
  it("need a reason, and an edited output for edit_approve only", () => {
    expect(() => validateDecision({ decision: "approve", reason: "  " })).toThrow(/reason/);
    expect(() => validateDecision({ decision: "edit_approve", reason: "ok" })).toThrow(/editedOutput/);
    expect(() => validateDecision({ decision: "reject", reason: "ok", editedOutput: { text: "x" } })).toThrow(
      /editedOutput/,
    );
    expect(() =>
      validateDecision({ decision: "edit_approve", reason: "ok", editedOutput: { text: "x" } }),
    ).not.toThrow();
  });

  it("disagree with the guards when approving what they stopped or rejecting what they passed", () => {
    expect(disagreesWithGuards("review", "approve")).toBe(true);
    expect(disagreesWithGuards("revise", "edit_approve")).toBe(true);
    expect(disagreesWithGuards("review", "reject")).toBe(false);
    expect(disagreesWithGuards("pass", "reject")).toBe(true);
    expect(disagreesWithGuards("pass", "approve")).toBe(false);
  });

  it("record which fields an edit changed", () => {
    expect(changedFields({ title: "T", text: "old" }, { title: "T", text: "new" })).toEqual([
      { field: "text", before: "old", after: "new" },
    ]);
    expect(changedFields(null, { text: "x" })).toEqual([{ field: "text", before: null, after: "x" }]);
  });
});
