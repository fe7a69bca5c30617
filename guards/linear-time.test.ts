// Every detector's time grows linearly with its text, over families of texts built to be expensive
// (evals/guards/adversarial-texts.ts). Wall-clock time on a shared 2-core machine is noisy, so the test
// counts CPU time, not elapsed time, and compares like with like: each detector on one text of 16,000 characters against 8 texts of 2,000 of
// the same family, the same number of characters either way. A linear detector takes about the same
// time for both; a quadratic one takes 8 × as long on the long text. The best of three runs counts, with
// a few milliseconds of slack for timer noise and a garbage collection. Past a piece (CHUNK_CHARS), the
// engine cuts the text (chunks.ts), so linear pieces make a linear whole; a 100,000-character text
// through every guard must also stay within a per-text budget of CPU time far above its expected time (under 1 s
// quiet) and far below what the quadratic code took (out of memory, or 9–11 s).
import { describe, expect, it } from "vitest";
import { createOfflineEngine } from "../agents/models/offline.js";
import {
  ADVERSARIAL_FAMILIES,
  ADVERSARIAL_SOURCES,
  adversarialText,
} from "../evals/guards/adversarial-texts.js";
import { CHUNK_CHARS, chunkBounds, detectInChunks } from "./chunks.js";
import { MAX_FINDINGS_PER_GUARD, runGuards } from "./engine.js";
import { GUARD_REGISTRY } from "./registry.js";
import type { Detector, GuardInput } from "./types.js";

const SHORT = 2_000;
const COPIES = 8;
/** Linear is about 1; quadratic is 8. */
const MAX_RATIO = 4;
const SLACK_MS = 10;
const PER_TEXT_BUDGET_CPU_MS = 10_000;

const input = (text: string): GuardInput => ({
  text,
  kind: "free_text",
  jurisdiction: "FR",
  sources: [...ADVERSARIAL_SOURCES],
});

/**
 * CPU milliseconds (not wall-clock: other processes on the machine do not count), best of three. Each run
 * and each copy has a slightly different length, so no detector's memo answers a run from the one before.
 */
function cpuTime(detector: Detector, texts: (run: number) => string[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const batch = texts(run);
    const started = process.cpuUsage();
    for (const text of batch) detector.detect(input(text));
    const spent = process.cpuUsage(started);
    best = Math.min(best, (spent.user + spent.system) / 1000);
  }
  return best;
}

describe("detectors run in time linear in their text", () => {
  for (const family of ADVERSARIAL_FAMILIES)
    it(`${family.name}: one text of 16,000 characters costs about as much as 8 of 2,000`, () => {
      const shorts = (run: number) =>
        Array.from({ length: COPIES }, (_, copy) =>
          adversarialText(family, SHORT - 2 * (run * COPIES + copy)),
        );
      const long = (run: number) => [adversarialText(family, SHORT * COPIES - 2 * run)];
      const slow: string[] = [];
      for (const { detector } of GUARD_REGISTRY) {
        detector.detect(input(adversarialText(family, 500)));
        const tShort = cpuTime(detector, shorts);
        const tLong = cpuTime(detector, long);
        if (tLong > MAX_RATIO * tShort + SLACK_MS)
          slow.push(
            `${detector.name}: 8 × 2,000 in ${tShort.toFixed(1)} ms, 16,000 in ${tLong.toFixed(1)} ms`,
          );
      }
      expect(slow).toEqual([]);
    });
});

describe("long texts through every guard", () => {
  it("cuts a text into pieces of at most CHUNK_CHARS that cover it in order, at a sentence end if it can", () => {
    const text = "Une phrase complète. ".repeat(5_000);
    const bounds = chunkBounds(text);
    expect(bounds[0]?.[0]).toBe(0);
    expect(bounds.at(-1)?.[1]).toBe(text.length);
    for (const [k, [start, end]] of bounds.entries()) {
      expect(end - start).toBeLessThanOrEqual(CHUNK_CHARS);
      expect(end).toBeGreaterThan(start);
      if (k > 0) expect(start).toBe(bounds[k - 1]?.[1]);
      if (end < text.length) expect(text.slice(start, end)).toMatch(/\. $/);
    }
    const word = "😀".repeat(20_000);
    for (const [start] of chunkBounds(word)) expect(word.charCodeAt(start)).toBe(0xd83d);
  });

  it("finds what a whole-text pass finds, at the same spans, in a text of many pieces", async () => {
    const text = adversarialText(
      ADVERSARIAL_FAMILIES.find((f) => f.name === "repeated age requirement")!,
      50_000,
    );
    const detector = GUARD_REGISTRY.find((e) => e.guard === "discrimination")!.detector;
    const whole = detector.detect(input(text)).findings.map((f) => [f.rule, f.start, f.end]);
    const pieces = (await detectInChunks(detector, input(text))).findings.map((f) => [
      f.rule,
      f.start,
      f.end,
    ]);
    expect(whole.length).toBeGreaterThan(1_000);
    expect(pieces).toEqual(whole);
  });

  it("gives the event loop a turn while it checks a long text", async () => {
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const text = adversarialText(ADVERSARIAL_FAMILIES[0]!, 100_000);
    await runGuards(input(text), { engine: createOfflineEngine(), judgeMode: "never" });
    clearInterval(timer);
    expect(turns).toBeGreaterThan(0);
  });

  for (const family of ADVERSARIAL_FAMILIES)
    it(`${family.name}: 100,000 characters within the per-text budget, findings capped`, async () => {
      const text = adversarialText(family, 100_000);
      const started = process.cpuUsage();
      const report = await runGuards(input(text), { engine: createOfflineEngine(), judgeMode: "never" });
      const spent = process.cpuUsage(started);
      expect((spent.user + spent.system) / 1000).toBeLessThan(PER_TEXT_BUDGET_CPU_MS);
      for (const outcome of report.outcomes)
        expect(outcome.findings.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_GUARD);
    });

  it("keeps the verdict of every finding when it lists only the first ones", async () => {
    const text = adversarialText(
      ADVERSARIAL_FAMILIES.find((f) => f.name === "repeated age requirement")!,
      100_000,
    );
    const report = await runGuards(input(text), { engine: createOfflineEngine(), judgeMode: "never" });
    const discrimination = report.outcomes.find((o) => o.guard === "discrimination")!;
    expect(discrimination.findings).toHaveLength(MAX_FINDINGS_PER_GUARD);
    expect(discrimination.notes.join(" ")).toMatch(/the 100 most severe are listed/);
    expect(report.verdict).toBe("block");
  });
});
