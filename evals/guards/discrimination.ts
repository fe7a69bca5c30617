// Discrimination dataset measurer: the discrimination and cultural guards together (through runGuards,
// so the jurisdiction's policy applies), offline and without the judge, on every JSON line of
// <dataDir>/discrimination/*.jsonl. A text is flagged when its verdict is not "pass".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { createOfflineEngine } from "../../agents/models/offline.js";
import { Criterion, Jurisdiction, TextKind } from "../../core/contract.js";
import { fromRoot } from "../../core/paths.js";
import { runGuards } from "../../guards/engine.js";
import type { GuardReport } from "../../guards/types.js";
import {
  calibrate,
  count,
  type DatasetMetrics,
  emptyConfusion,
  f1,
  falsePositiveRate,
  precision,
  recall,
  round,
} from "./metrics.js";

const OFFLINE = { engine: createOfflineEngine(), judgeMode: "never" as const };

export const Case = z.object({
  id: z.string(),
  kind: TextKind.default("free_text"),
  jurisdiction: Jurisdiction.default("FR"),
  text: z.string(),
  expected: z.enum(["flag", "pass"]),
  criteria: z.array(Criterion).default([]),
  /** The family a fresh-batch case belongs to (informal rejection, pre-hire form, casting…): held-out halves are reported by family, never case by case. */
  family: z.string().optional(),
});
export type Case = z.infer<typeof Case>;

export interface CaseResult {
  id: string;
  expected: "flag" | "pass";
  flagged: boolean;
  expectedCriteria: Criterion[];
  predictedCriteria: Criterion[];
  /** A guard put the text in its unsure band: the judge decides it when a model is configured. */
  unsure: boolean;
}

/** One case through the discrimination and cultural guards, offline, judge off, the jurisdiction's policy applied. */
export async function checkCase(c: Case): Promise<GuardReport> {
  return runGuards({ text: c.text, kind: c.kind, jurisdiction: c.jurisdiction }, OFFLINE, {
    guards: ["discrimination", "cultural"],
  });
}

/** Criteria named by the findings that are more than a warning. */
export function seriousCriteria(report: GuardReport): Criterion[] {
  return [...new Set(report.findings.filter((f) => f.severity !== "warn").flatMap((f) => f.criteria))];
}

export async function measureCases(cases: readonly Case[]): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  for (const c of cases) {
    const report = await checkCase(c);
    out.push({
      id: c.id,
      expected: c.expected,
      flagged: report.verdict !== "pass",
      expectedCriteria: c.criteria,
      predictedCriteria: seriousCriteria(report),
      unsure: report.outcomes.some((o) => o.certainty === "unsure"),
    });
  }
  return out;
}

export function summarise(dataset: string, results: readonly CaseResult[]): DatasetMetrics {
  const confusion = emptyConfusion();
  for (const r of results) count(confusion, r.expected === "flag", r.flagged);
  const flaggedProblems = results.filter(
    (r) => r.expected === "flag" && r.flagged && r.expectedCriteria.length > 0,
  );
  const rightCriterion = flaggedProblems.filter((r) =>
    r.predictedCriteria.some((c) => r.expectedCriteria.includes(c)),
  );
  const criterionRecall =
    flaggedProblems.reduce(
      (sum, r) =>
        sum +
        r.expectedCriteria.filter((c) => r.predictedCriteria.includes(c)).length / r.expectedCriteria.length,
      0,
    ) / Math.max(1, flaggedProblems.length);
  const wrong = results.filter((r) => (r.expected === "flag") !== r.flagged);
  const misses = wrong.map((r) => `${r.id}:${r.expected}`);
  return {
    dataset,
    n: results.length,
    // The unsure band (a text any of whose two guards was unsure) against the offline errors: the cascade table.
    guard: "discrimination",
    calibration: calibrate(
      results.map((r) => ({ expected: r.expected === "flag", predicted: r.flagged, unsure: r.unsure })),
    ),
    metrics: {
      flag_recall: round(recall(confusion)),
      false_positive_rate: round(falsePositiveRate(confusion)),
      precision: round(precision(confusion)),
      recall: round(recall(confusion)),
      f1: round(f1(confusion)),
      criterion_accuracy: round(rightCriterion.length / Math.max(1, flaggedProblems.length)),
      criterion_recall: round(criterionRecall),
      // The cascade's calibration: how many texts the judge would see, and how many offline errors it could fix.
      unsure_share: round(results.filter((r) => r.unsure).length / Math.max(1, results.length)),
      errors_in_unsure_band: round(wrong.filter((r) => r.unsure).length / Math.max(1, wrong.length)),
    },
    notes: [
      "discrimination + cultural guards, offline, JUDGE_MODE=never; flagged = verdict other than pass",
      "criterion_accuracy: flagged problem texts whose findings name at least one expected criterion",
      ...(misses.length > 0 ? [`misclassified: ${misses.join(", ")}`] : []),
    ],
  };
}

/** Cases written by the guard's author while building it (guards/discrimination/test-support). */
export const OWN_CASES = fromRoot("guards", "discrimination", "test-support", "generalisation.jsonl");
/** Fresh batches: dev halves the guard was tuned on, and held-out halves it never was (case by case). */
const FRESH: ReadonlyArray<[string, string, string, "dev" | "heldout"]> = [
  [
    "dev-2026-12.jsonl",
    "discrimination/fresh-dev-2026-12",
    "fresh registers, tuned on: a development figure",
    "dev",
  ],
  [
    "heldout-2026-12.jsonl",
    "discrimination/fresh-heldout-2026-12",
    "fresh registers, scored before the work and never tuned on: a held-out figure",
    "heldout",
  ],
  [
    "dev-2026-12b.jsonl",
    "discrimination/fresh-dev-2026-12b",
    "second fresh batch (informal notes, forms, US and FR lawful frames), dev half, tuned on: a development figure",
    "dev",
  ],
  [
    "heldout-2026-12b.jsonl",
    "discrimination/fresh-heldout-2026-12b",
    "second fresh batch, held-out half: scored before the work, read by family only, never case by case",
    "heldout",
  ],
];

export function readCases(path: string): Case[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => Case.parse(JSON.parse(line)));
}

export async function measure(dataDir: string): Promise<DatasetMetrics[]> {
  const dir = join(dataDir, "discrimination");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  const metrics: DatasetMetrics[] = [];
  for (const file of files) {
    metrics.push(summarise(`discrimination/${file}`, await measureCases(readCases(join(dir, file)))));
  }
  if (existsSync(OWN_CASES)) {
    const own = summarise("discrimination/own-generalisation", await measureCases(readCases(OWN_CASES)));
    own.notes = [
      "the guard author's own varied cases (FR/EN/US, 24 criteria); fixed after their first scoring, so not held-out",
      ...(own.notes ?? []).slice(1),
    ];
    metrics.push(own);
  }
  for (const [file, name, note, split] of FRESH) {
    const path = fromRoot("guards", "discrimination", "test-support", file);
    if (!existsSync(path)) continue;
    const row = summarise(name, await measureCases(readCases(path)));
    row.split = split;
    // A held-out half names no case: its misclassified ids would invite tuning on it.
    const rest = (row.notes ?? []).slice(1).filter((n) => split === "dev" || !n.startsWith("misclassified"));
    row.notes = [note, ...rest];
    metrics.push(row);
  }
  return metrics;
}
