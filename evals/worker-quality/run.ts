// Runs the worker-quality sets through the product's workflows (the whole graph: worker, guards, revisions)
// and scores what a caller would get: the released output, or the draft a reviewer would release. One
// column per engine, so the offline engine and a configured model compare side by side.

import type { Criterion, Finding } from "../../core/contract.js";
import type { ModelEngine } from "../../core/models.js";
import type { WorkflowRunner } from "../targets/types.js";
import { type AdScore, scoreAd } from "./score-ad.js";
import { type SummaryScore, scoreSummary } from "./score-summary.js";
import { type AdCase, loadSet, type ScoredWorker, type Split, type SummaryCase } from "./writer-cases.js";

export interface EngineColumn {
  label: string;
  engine: ModelEngine;
}

export interface WorkerQualityOptions {
  workers: ScoredWorker[];
  splits: Split[];
  /** Only cases whose id contains this. */
  only?: string;
}

export interface WorkerQualityReport {
  engine: string;
  ad_writing: AdScore[];
  summary: SummaryScore[];
}

function textOf(output: unknown): string {
  if (typeof output !== "object" || output === null) return "";
  const text = (output as { text?: unknown }).text;
  return typeof text === "string" ? text : "";
}

function criteriaOf(findings: Finding[] | undefined): Criterion[] {
  return [...new Set((findings ?? []).flatMap((f) => f.criteria))];
}

export async function runWorkerQuality(
  run: WorkflowRunner,
  column: EngineColumn,
  options: WorkerQualityOptions,
): Promise<WorkerQualityReport> {
  const keep = (c: { id: string; split: Split }) =>
    options.splits.includes(c.split) && (!options.only || c.id.includes(options.only));
  const context = { engine: column.engine, promptVersions: {} };
  const report: WorkerQualityReport = { engine: column.label, ad_writing: [], summary: [] };
  if (options.workers.includes("ad_writing"))
    for (const c of (await loadSet("ad_writing")).filter(keep) as AdCase[]) {
      const result = await run("ad_writing", { brief: c.brief }, "FR", context);
      report.ad_writing.push(
        scoreAd(c, {
          status: result.status,
          text: textOf(result.output),
          // Before briefFindings existed, the POST answer's findings were all a caller could read.
          briefCriteria: criteriaOf(result.briefFindings ?? result.findings),
        }),
      );
    }
  if (options.workers.includes("summary"))
    for (const c of (await loadSet("summary")).filter(keep) as SummaryCase[]) {
      const result = await run("summary", { sources: c.sources }, "FR", context);
      report.summary.push(scoreSummary(c, { status: result.status, text: textOf(result.output) }));
    }
  return report;
}
