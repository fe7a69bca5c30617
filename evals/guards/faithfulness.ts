// Faithfulness figures for the hallucination detector: SummEdits (public summary/source pairs, English,
// many domains) and a recruiting set written for this project (French and English CVs and interview
// notes, with the invented facts marked). Both are development sets: tune on them, never quote them as
// held-out results. For SummEdits the honest estimate is the leave-one-domain-out figure (cv_*), which
// retrains the classifier without the held-out domain; in_sample_* uses the shipped weights.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { TextKind } from "../../core/contract.js";
import { crossValidate, examplesOf, UNSURE_MARGIN } from "../../guards/hallucination/classifier-training.js";
import { assessFaithfulness, detectHallucination } from "../../guards/hallucination/detector.js";
import {
  balancedAccuracy,
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
 * (HA-01..04, HA-06), or when the classifier judges it inconsistent (it then reports the least supported
 * claim). HA-05 from the coverage rule alone is left out: on SummEdits faithful paraphrases use more new
 * words than the edited summaries. The rules-only figure is reported too.
 */
const DECISIVE = new Set(["HA-01", "HA-02", "HA-03", "HA-04", "HA-06"]);
function judged(
  text: string,
  sources: string[],
): { rules: boolean; system: boolean; classifier: boolean; unsure: boolean } {
  const { result, verdict } = assessFaithfulness({
    text,
    kind: "candidate_summary",
    jurisdiction: "FR",
    sources,
  });
  const rules = result.findings.some((f) => DECISIVE.has(f.rule) && !f.explanation?.includes("classifieur"));
  const classifier = verdict?.confident === true;
  return { rules, system: rules || classifier, classifier, unsure: result.certainty === "unsure" };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

async function measureSummEdits(dataDir: string): Promise<DatasetMetrics> {
  const rows = await readJsonl(join(dataDir, "faithfulness", "summedits.jsonl"), SummEditsRow);
  const c = emptyConfusion();
  const rulesOnly = emptyConfusion();
  const classifierOnly = emptyConfusion();
  const byEdit = new Map<string, { caught: number; n: number }>();
  const byDomain = new Map<string, { system: Confusion; rules: Confusion }>();
  const latencies: number[] = [];
  const rulesFlag: boolean[] = [];
  const cascade: CascadeCase[] = [];
  for (const r of rows) {
    const started = performance.now();
    const j = judged(r.summary, [r.source]);
    latencies.push(performance.now() - started);
    const gold = r.label === "inconsistent";
    count(c, gold, j.system);
    cascade.push({ expected: gold, predicted: j.system, unsure: j.unsure });
    count(rulesOnly, gold, j.rules);
    count(classifierOnly, gold, j.classifier);
    rulesFlag.push(j.rules);
    const d = byDomain.get(r.domain) ?? { system: emptyConfusion(), rules: emptyConfusion() };
    count(d.system, gold, j.system);
    count(d.rules, gold, j.rules);
    byDomain.set(r.domain, d);
    for (const e of r.edit_types) {
      const s = byEdit.get(e) ?? { caught: 0, n: 0 };
      s.n++;
      if (j.system) s.caught++;
      byEdit.set(e, s);
    }
  }
  // Honest figure: leave-one-domain-out. Each domain is scored by a model trained on the seven others,
  // with a threshold chosen on those seven (inner leave-one-domain-out); as in the detector, the
  // classifier decides alone only above threshold + margin, and the rules add their findings.
  const examples = examplesOf(rows);
  const cv = crossValidate(examples);
  const cvSystem: number[] = [];
  const cvClassifier: number[] = [];
  const metrics: Record<string, number> = {};
  for (const g of cv.byDomain) {
    const sys = emptyConfusion();
    rows.forEach((r, i) => {
      if (r.domain === g.group)
        count(sys, r.label === "inconsistent", rulesFlag[i]! || cv.oof[i]! >= g.threshold + UNSURE_MARGIN);
    });
    cvSystem.push(balancedAccuracy(sys));
    cvClassifier.push(g.balancedAccuracy);
    metrics[`cv_balanced_accuracy_${g.group}`] = round(balancedAccuracy(sys));
  }
  const inSampleByDomain = [...byDomain.values()];
  Object.assign(metrics, {
    cv_mean_balanced_accuracy: round(mean(cvSystem)),
    cv_mean_balanced_accuracy_classifier_only: round(mean(cvClassifier)),
    rules_only_mean_balanced_accuracy_by_domain: round(
      mean(inSampleByDomain.map((d) => balancedAccuracy(d.rules))),
    ),
    in_sample_mean_balanced_accuracy_by_domain: round(
      mean(inSampleByDomain.map((d) => balancedAccuracy(d.system))),
    ),
    in_sample_balanced_accuracy: round(balancedAccuracy(c)),
    in_sample_precision_inconsistent: round(precision(c)),
    in_sample_recall_inconsistent: round(recall(c)),
    in_sample_f1_inconsistent: round(f1(c)),
    in_sample_specificity: round(specificity(c)),
    in_sample_balanced_accuracy_classifier_only: round(balancedAccuracy(classifierOnly)),
    rules_only_balanced_accuracy: round(balancedAccuracy(rulesOnly)),
    latency_p50_ms: round(percentile(latencies, 50), 3),
  });
  for (const [edit, s] of byEdit) metrics[`in_sample_recall_${edit}`] = round(s.caught / s.n);
  return {
    dataset: "summedits",
    n: rows.length,
    guard: "hallucination",
    calibration: calibrate(cascade),
    metrics,
    notes: [
      "cv_* = leave-one-domain-out cross-validation (per held-out domain, then the mean over the 8 domains): the honest estimate; the threshold of each fold is chosen on the training domains only",
      "in_sample_* = the shipped classifier (trained on all of SummEdits) with the rules, scored on SummEdits itself: optimistic",
      "rules_only_* = findings HA-01..04 / HA-06 without the classifier; the rules and lexicons were also adjusted on this data, so they are in-sample too",
      "inconsistent = a finding HA-01..04 / HA-06, or a confident classifier verdict (score ≥ threshold + margin; the detector then adds an HA-05/HA-06 finding on the least supported claim)",
      "cv_mean_balanced_accuracy_classifier_only = the classifier alone at its fold threshold, without the rules' findings",
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
  const cascade: CascadeCase[] = [];
  for (const k of cases) {
    const result = detectHallucination({
      text: k.text,
      kind: k.kind,
      jurisdiction: "FR",
      sources: k.sources,
    });
    const raised = result.findings.filter((f) => f.severity !== "warn");
    cascade.push({
      expected: k.invented.length > 0,
      predicted: raised.length > 0,
      unsure: result.certainty === "unsure",
    });
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
    guard: "hallucination",
    calibration: calibrate(cascade),
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
