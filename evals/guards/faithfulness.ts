// Faithfulness figures for the hallucination detector: SummEdits (public summary/source pairs, English,
// many domains) and a recruiting set written for this project (French and English CVs and interview
// notes, with the invented facts marked). Both are development sets: tune on them, never quote them as
// held-out results.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { TextKind } from "../../core/contract.js";
import { detectHallucination } from "../../guards/hallucination/detector.js";
import {
  balancedAccuracy,
  count,
  type DatasetMetrics,
  emptyConfusion,
  f1,
  percentile,
  precision,
  recall,
  round,
  specificity,
} from "./metrics.js";

const SummEditsRow = z.object({
  id: z.string(),
  domain: z.string(),
  source: z.string(),
  summary: z.string(),
  label: z.enum(["consistent", "inconsistent"]),
  edit_types: z.array(z.string()),
});

const RecruitingCase = z.object({
  id: z.string(),
  lang: z.enum(["fr", "en"]),
  kind: TextKind,
  sources: z.array(z.string()).min(1),
  text: z.string(),
  invented: z.array(z.object({ evidence: z.string().min(1), rule: z.string() })),
});

/** The recruiting set ships beside this file. */
export const RECRUITING_SET = new URL("./faithfulness-recruiting.jsonl", import.meta.url);

async function readJsonl<T>(path: string | URL, schema: z.ZodType<T>): Promise<T[]> {
  const raw = await readFile(path, "utf8");
  return raw
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => schema.parse(JSON.parse(l)));
}

/**
 * A summary is judged inconsistent when the detector reports an invented fact or a contradiction
 * (HA-01..04, HA-06). HA-05 (softer unsupported content, mostly low word coverage) is left out by default:
 * on SummEdits faithful paraphrases use more new words than the edited summaries, so coverage points the
 * wrong way there; the figure with it is reported too.
 */
const DECISIVE = new Set(["HA-01", "HA-02", "HA-03", "HA-04", "HA-06"]);
function flagged(text: string, sources: string[], withCoverage: boolean): boolean {
  const result = detectHallucination({ text, kind: "candidate_summary", jurisdiction: "FR", sources });
  return result.findings.some((f) => DECISIVE.has(f.rule) || (withCoverage && f.rule === "HA-05"));
}

async function measureSummEdits(dataDir: string): Promise<DatasetMetrics> {
  const rows = await readJsonl(join(dataDir, "faithfulness", "summedits.jsonl"), SummEditsRow);
  const c = emptyConfusion();
  const withCoverage = emptyConfusion();
  const byEdit = new Map<string, { caught: number; n: number }>();
  const latencies: number[] = [];
  for (const r of rows) {
    const started = performance.now();
    const predicted = flagged(r.summary, [r.source], false);
    latencies.push(performance.now() - started);
    const gold = r.label === "inconsistent";
    count(c, gold, predicted);
    count(withCoverage, gold, flagged(r.summary, [r.source], true));
    for (const e of r.edit_types) {
      const s = byEdit.get(e) ?? { caught: 0, n: 0 };
      s.n++;
      if (predicted) s.caught++;
      byEdit.set(e, s);
    }
  }
  const metrics: Record<string, number> = {
    balanced_accuracy: round(balancedAccuracy(c)),
    precision_inconsistent: round(precision(c)),
    recall_inconsistent: round(recall(c)),
    f1_inconsistent: round(f1(c)),
    specificity: round(specificity(c)),
    balanced_accuracy_with_coverage_rule: round(balancedAccuracy(withCoverage)),
    latency_p50_ms: round(percentile(latencies, 50), 3),
  };
  for (const [edit, s] of byEdit) metrics[`recall_${edit}`] = round(s.caught / s.n);
  return {
    dataset: "summedits",
    n: rows.length,
    metrics,
    notes: [
      "inconsistent = any finding of HA-01..04 or HA-06; balanced_accuracy_with_coverage_rule adds HA-05",
      "development split: thresholds and lexicons were adjusted while looking at this data",
    ],
  };
}

async function measureRecruiting(): Promise<DatasetMetrics> {
  const cases = await readJsonl(RECRUITING_SET, RecruitingCase);
  let invented = 0;
  let caught = 0;
  let faithful = 0;
  let faithfulPassed = 0;
  let inventedCases = 0;
  let inventedCasesFlagged = 0;
  const missed: string[] = [];
  for (const k of cases) {
    const result = detectHallucination({
      text: k.text,
      kind: k.kind,
      jurisdiction: "FR",
      sources: k.sources,
    });
    const raised = result.findings.filter((f) => f.severity !== "warn");
    if (k.invented.length === 0) {
      faithful++;
      if (raised.length === 0) faithfulPassed++;
      else
        missed.push(`${k.id}: false alarm on ${raised.map((f) => `${f.rule} "${f.evidence}"`).join(", ")}`);
      continue;
    }
    inventedCases++;
    if (raised.length > 0) inventedCasesFlagged++;
    for (const fact of k.invented) {
      invented++;
      const start = k.text.indexOf(fact.evidence);
      const end = start + fact.evidence.length;
      if (raised.some((f) => f.start < end && start < f.end)) caught++;
      else missed.push(`${k.id}: missed "${fact.evidence}" (${fact.rule})`);
    }
  }
  return {
    dataset: "faithfulness-recruiting",
    n: cases.length,
    metrics: {
      invented_fact_recall: round(invented === 0 ? 0 : caught / invented),
      invented_case_recall: round(inventedCases === 0 ? 0 : inventedCasesFlagged / inventedCases),
      faithful_pass_rate: round(faithful === 0 ? 0 : faithfulPassed / faithful),
      invented_facts: invented,
    },
    notes: missed,
  };
}

export async function measure(dataDir: string): Promise<DatasetMetrics[]> {
  return [await measureSummEdits(dataDir), await measureRecruiting()];
}
