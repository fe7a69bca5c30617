// The one generic test of the vocabularies (core/vocabulary/<criterion>.yaml): every entry's examples run
// through the discrimination detector. A "flag" example must match the entry's own pattern and yield a
// finding naming one of the entry's criteria; a "pass" example must yield no finding on those criteria.
// Adding a term is one pattern line and one example; this test says whether it works.
import { describe, expect, it } from "vitest";
import { CRITERIA } from "../../core/contract.js";
import { fold } from "../../core/text/fold.js";
import { vocabulary } from "../../core/vocabulary/load.js";
import { detectDiscrimination } from "./detector.js";

const { entries } = vocabulary();

describe("vocabularies as data", () => {
  it("has a file for every criterion of the contract", () => {
    const files = new Set(entries.map((e) => e.file));
    expect(CRITERIA.filter((c) => !files.has(c))).toEqual([]);
  });

  it("every entry has at least one example that must flag", () => {
    expect(entries.filter((e) => e.examples.flag.length === 0).map((e) => `${e.file}.yaml ${e.id}`)).toEqual(
      [],
    );
  });

  for (const entry of entries) {
    it(`${entry.file}.yaml ${entry.id}: its examples flag and pass as written`, () => {
      const wrong: string[] = [];
      for (const ex of entry.examples.flag) {
        const input = { text: ex.text, kind: ex.kind ?? "free_text", jurisdiction: ex.jurisdiction ?? "FR" };
        entry.re.lastIndex = 0;
        if (!entry.re.test(fold(ex.text, { inclusive: true }).text))
          wrong.push(`pattern does not match: ${ex.text}`);
        const found = detectDiscrimination(input).findings.some((f) =>
          f.criteria.some((c) => entry.criteria.includes(c) || entry.criteria.length === 0),
        );
        if (!found) wrong.push(`not flagged: ${ex.text}`);
      }
      for (const ex of entry.examples.pass) {
        const input = { text: ex.text, kind: ex.kind ?? "free_text", jurisdiction: ex.jurisdiction ?? "FR" };
        const hits = detectDiscrimination(input).findings.filter(
          (f) => f.severity !== "warn" && f.criteria.some((c) => entry.criteria.includes(c)),
        );
        if (hits.length > 0) wrong.push(`flagged: ${ex.text} (${hits.map((h) => h.rule).join(",")})`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
