// A guard writes its reasons through `reason(code)` only, so that the catalogue's types can require both
// renderings of every one (server/i18n/areas/reasons.ts). This walks the guards' sources for a reason
// written as a literal, which the pages could not render in the reader's language.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { holesOf, REASONS, reason } from "./reasons.js";

const ROOTS = ["guards", "core/recognizers"];
// The hallucination guard still writes French phrases (server/i18n/areas/explain.ts renders them in English).
const PHRASES_STILL = /^guards\/hallucination\//;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "test-support" ? [] : sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });

describe("guards' reasons", () => {
  it("are written from the table of codes, never as literals", () => {
    // A literal after `explanation:` or `why:` (or in a ternary there) holding words, not only `${…}` joins.
    const literal = /\b(?:explanation|why)\s*:\s*(?:[^\n`"']*\?\s*)?([`"'])(.*?)\1/g;
    const words = (text: string) => /[a-zA-Zé]{3}/.test(text.replace(/\$\{[^}]*\}/g, ""));
    const offenders = ROOTS.flatMap(sources)
      .filter((path) => !PHRASES_STILL.test(path))
      .flatMap((path) =>
        [...readFileSync(path, "utf8").matchAll(literal)]
          .filter((m) => words(m[2] ?? ""))
          .map((m) => `${path}: ${m[0]}`),
      );
    expect(offenders).toEqual([]);
    expect(ROOTS.flatMap(sources).length).toBeGreaterThan(20);
  });

  it("fill their holes and refuse a missing parameter", () => {
    expect(reason("discrimination.marker", { x: "uniquement" })).toBe(
      "requirement or exclusion marker «uniquement» in the same sentence",
    );
    expect(() => reason("discrimination.marker")).toThrow(/missing parameter \{x\}/);
    for (const text of Object.values(REASONS)) expect(holesOf(text).every((h) => h.length > 0)).toBe(true);
  });
});
