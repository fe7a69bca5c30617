import { describe, expect, it } from "vitest";
import type { Finding, GuardId, Severity } from "../core/contract.js";
import { aggregateVerdict } from "./verdict.js";

const f = (guard: GuardId, severity: Severity, suggestion?: string): Finding => ({
  guard,
  rule: "AD-04",
  criteria: ["age"],
  severity,
  start: 0,
  end: 1,
  evidence: "x",
  legalBasis: ["C. trav. L5331-2"],
  ...(suggestion ? { suggestion } : {}),
});

describe("aggregateVerdict", () => {
  it("passes with no finding or warnings only", () => {
    expect(aggregateVerdict([])).toBe("pass");
    expect(aggregateVerdict([f("discrimination", "warn")])).toBe("pass");
  });
  it("blocks on any block, reviews on review", () => {
    expect(aggregateVerdict([f("discrimination", "review"), f("pii", "block")])).toBe("block");
    expect(aggregateVerdict([f("discrimination", "review"), f("cultural", "warn")])).toBe("review");
  });
  it("revises a generated draft when every serious finding is rewritable and has a suggestion", () => {
    const findings = [
      f("discrimination", "block", "Supprimer"),
      f("pii", "review", "Masquer"),
      f("cultural", "warn"),
    ];
    expect(aggregateVerdict(findings, true)).toBe("revise");
    expect(aggregateVerdict(findings, false)).toBe("block");
  });
  it("does not revise without a suggestion", () => {
    expect(aggregateVerdict([f("discrimination", "block")], true)).toBe("block");
    expect(aggregateVerdict([f("discrimination", "review", "  ")], true)).toBe("review");
  });
  it("never revises hate speech or injection", () => {
    expect(aggregateVerdict([f("discrimination", "block", "s"), f("hate_speech", "block", "s")], true)).toBe(
      "block",
    );
    expect(aggregateVerdict([f("injection", "review", "s")], true)).toBe("review");
  });
});
