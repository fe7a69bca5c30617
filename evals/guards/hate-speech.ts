// Development figures of the hate-speech detector on the shared hate-speech sets. The rules were written
// with these sets in view, so the figures are development figures, not held-out results.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { fromRoot } from "../../core/paths.js";
import { analyseHate } from "../../guards/hate-speech/detector.js";
import { PROBE_CASES } from "../../guards/hate-speech/probe-cases.js";
import { loadProbeFile } from "../../guards/hate-speech/probe-file.js";
import { loadFreshBatch } from "../../guards/hate-speech/test-support/fresh-batch.js";
import {
  accuracy,
  binaryMacroF1,
  type CascadeCase,
  type Confusion,
  calibrate,
  count,
  type DatasetMetrics,
  emptyConfusion,
  f1,
  percentile,
  precision,
  recall,
  round,
} from "./metrics.js";

export const HATE_SPEECH_DATASETS = ["mhc_fr", "hatecheck_en", "ftr_racism_fr"] as const;

const Row = z.object({
  id: z.string(),
  text: z.string(),
  label: z.enum(["hateful", "non-hateful"]),
  functionality: z.string().optional(),
  target: z.string().optional(),
});
type Row = z.infer<typeof Row>;

export function loadRows(dataDir: string, dataset: string): Row[] {
  const raw = readFileSync(join(dataDir, "hate_speech", `${dataset}.jsonl`), "utf8");
  return raw
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => Row.parse(JSON.parse(line)));
}

function measureRows(dataset: string, rows: readonly Row[]): DatasetMetrics {
  const all = emptyConfusion();
  const byFunctionality = new Map<string, Confusion>();
  const latencies: number[] = [];
  let unsure = 0;
  const cascade: CascadeCase[] = [];
  for (const row of rows) {
    const started = performance.now();
    const { hateful, result } = analyseHate(row.text);
    latencies.push(performance.now() - started);
    if (result.certainty === "unsure") unsure++;
    const expected = row.label === "hateful";
    count(all, expected, hateful);
    cascade.push({ expected, predicted: hateful, unsure: result.certainty === "unsure" });
    if (row.functionality !== undefined) {
      const c = byFunctionality.get(row.functionality) ?? emptyConfusion();
      count(c, expected, hateful);
      byFunctionality.set(row.functionality, c);
    }
  }
  const notes = [...byFunctionality]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, c]) => `${name}: accuracy ${round(accuracy(c), 3)} (n=${c.tp + c.fp + c.tn + c.fn})`);
  notes.push("development figures: rules and lexicons were tuned with this set in view; no model is trained");
  return {
    dataset,
    n: rows.length,
    guard: "hate_speech",
    calibration: calibrate(cascade),
    metrics: {
      precision: round(precision(all)),
      recall: round(recall(all)),
      f1: round(f1(all)),
      macroF1: round(binaryMacroF1(all)),
      accuracy: round(accuracy(all)),
      unsureRate: round(unsure / Math.max(1, rows.length)),
      latencyP50Ms: round(percentile(latencies, 50), 3),
      latencyP99Ms: round(percentile(latencies, 99), 3),
    },
    notes,
  };
}

/**
 * Our own cases (guards/hate-speech/probe-cases.ts), by language. Each batch was first scored before
 * any fix it prompted (figures in the guard's report); these are the figures after the fixes.
 */
function measureProbe(lang: "fr" | "en"): DatasetMetrics {
  const rows: Row[] = PROBE_CASES.filter((c) => c.lang === lang).map((c, i) => ({
    id: `probe-${lang}-${i}`,
    text: c.text,
    label: c.hateful ? "hateful" : "non-hateful",
    functionality: c.functionality,
  }));
  const metrics = measureRows(`own_probe_${lang}`, rows);
  metrics.notes = [...(metrics.notes ?? []).slice(0, -1), "own wordings; fixed after their first scoring"];
  return metrics;
}

/**
 * Our probe batches (guards/hate-speech/probes-round*.jsonl), all rounds together, by language. Each round was
 * scored before the fixes it prompted (npx tsx evals/guards/hate-speech-probe.ts); these are after-fix figures.
 */
function measureProbeRounds(lang: "fr" | "en"): DatasetMetrics {
  const dir = fromRoot("guards", "hate-speech");
  const rows: Row[] = readdirSync(dir)
    .filter((f) => /^probes-round\d+\.jsonl$/.test(f))
    .sort()
    .flatMap((f) =>
      loadProbeFile(join(dir, f))
        .filter((c) => c.lang === lang)
        .map((c, i) => ({
          id: `${f}-${lang}-${i}`,
          text: c.text,
          label: c.hateful ? ("hateful" as const) : ("non-hateful" as const),
          functionality: c.functionality,
        })),
    );
  const metrics = measureRows(`probe_rounds_${lang}`, rows);
  metrics.notes = [
    ...(metrics.notes ?? []).slice(0, -1),
    "own wordings in rounds; each round scored before its fixes (see hate-speech-probe.ts), these are after",
  ];
  return metrics;
}

/**
 * Our fresh functional batches (guards/hate-speech/test-support/heldout-*.jsonl, dev2-*.jsonl), by split: the
 * dev halves were tuned on; the held-out halves never were (npx tsx evals/guards/hate-probe.ts for families).
 */
function measureFresh(): DatasetMetrics[] {
  const dir = fromRoot("guards", "hate-speech", "test-support");
  return ["heldout-fr", "heldout-en", "dev2-fr", "dev2-en", "dev3-fr", "dev3-en"].flatMap((file) => {
    const rows = loadFreshBatch(join(dir, `${file}.jsonl`));
    return (["dev", "heldout"] as const).flatMap((split) => {
      const part = rows.filter((r) => r.split === split);
      if (part.length === 0) return [];
      const metrics = measureRows(
        `fresh_${file.replace("heldout-", "")}`,
        part.map((r) => ({
          id: r.id,
          text: r.text,
          label: r.hateful ? ("hateful" as const) : ("non-hateful" as const),
          functionality: r.functionality,
        })),
      );
      metrics.split = split;
      metrics.notes = [
        split === "heldout"
          ? "own fresh wordings, held out: never looked at case by case while the guard was changed"
          : "own fresh wordings, dev half: the guard was changed with these cases in view",
      ];
      return [metrics];
    });
  });
}

export async function measure(dataDir: string): Promise<DatasetMetrics[]> {
  return [
    ...measureFresh(),
    ...HATE_SPEECH_DATASETS.map((dataset) => measureRows(dataset, loadRows(dataDir, dataset))),
    measureProbe("fr"),
    measureProbe("en"),
    measureProbeRounds("fr"),
    measureProbeRounds("en"),
  ];
}
