// `garde-fou eval worker-quality`: scores what the workers hand a recruiter (ads, summaries) on the
// worker-quality sets, through the whole workflow, offline and, when a model is configured, with the model
// too, side by side. Prints Markdown tables; `--json FILE` keeps every case's score and defects.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { ModelEngine } from "../../core/models.js";
import type { Settings } from "../../core/settings.js";
import {
  type EngineColumn,
  runWorkerQuality,
  type WorkerQualityReport,
} from "../../evals/worker-quality/run.js";
import { formatTables } from "../../evals/worker-quality/table.js";
import {
  SCORED_WORKERS,
  type ScoredWorker,
  SPLITS,
  type Split,
} from "../../evals/worker-quality/writer-cases.js";
import type { CliIo } from "../io.js";

export const WORKER_QUALITY_USAGE = `Usage: garde-fou eval worker-quality [--worker ad_writing,summary] [--split tune,held-out]
                                     [--only ID] [--engines offline,model] [--json FILE] [--details]
  Scores the workers' outputs on evals/suites/worker-quality (offline engine, and the configured model
  when MODEL_PROVIDER is set).`;

function listOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T[] {
  if (!value) return [...allowed];
  const items = value.split(",").map((v) => v.trim());
  const wrong = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (wrong.length > 0) throw new Error(`${flag}: ${wrong.join(", ")} is not one of ${allowed.join(", ")}`);
  return items as T[];
}

export interface WorkerQualityDeps {
  settings: Settings;
  /** The engine of a column: "offline" always exists; "model" is the configured provider. */
  engineFor(column: "offline" | "model"): Promise<ModelEngine>;
}

function details(report: WorkerQualityReport): string {
  const lines: string[] = [];
  for (const s of report.ad_writing) {
    const problems = [
      s.titleExact ? "" : `title « ${s.title} »`,
      s.missing.length ? `missing ${s.missing.join(" | ")}` : "",
      s.misplaced.length ? `misplaced ${s.misplaced.join(" | ")}` : "",
      s.defects.length ? `shape ${s.defects.map((d) => `${d.rule}: ${d.evidence}`).join(" | ")}` : "",
      s.invented.length ? `invented ${s.invented.join(", ")}` : "",
      s.leaked.length ? `leaked ${s.leaked.join(", ")}` : "",
      s.briefCriteriaReported < s.briefCriteriaExpected ? "forbidden asks not all reported" : "",
    ].filter(Boolean);
    if (problems.length) lines.push(`${report.engine} ${s.id} [${s.status}]: ${problems.join("; ")}`);
  }
  for (const s of report.summary) {
    const problems = [
      s.missing.length ? `missing ${s.missing.join(" | ")}` : "",
      s.factsPlaced < s.factsFound ? `${s.factsFound - s.factsPlaced} facts in another section` : "",
      s.unfaithful.length ? `untraceable ${s.unfaithful.join(" | ")}` : "",
      s.repeated.length ? `repeated ${s.repeated.join(" | ")}` : "",
      s.defects.length ? `shape ${s.defects.map((d) => `${d.rule}: ${d.evidence}`).join(" | ")}` : "",
      s.leaked.length ? `leaked ${s.leaked.join(", ")}` : "",
    ].filter(Boolean);
    if (problems.length) lines.push(`${report.engine} ${s.id} [${s.status}]: ${problems.join("; ")}`);
  }
  return lines.join("\n");
}

export async function workerQualityCommand(
  args: string[],
  io: CliIo,
  deps: WorkerQualityDeps,
): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>["values"];
  let workers: ScoredWorker[];
  let splits: Split[];
  let engines: Array<"offline" | "model">;
  try {
    parsed = parseArgs({
      args,
      options: {
        worker: { type: "string" },
        split: { type: "string" },
        only: { type: "string" },
        engines: { type: "string" },
        json: { type: "string" },
        details: { type: "boolean" },
        help: { type: "boolean" },
      },
    }).values;
    workers = listOf(parsed.worker as string | undefined, SCORED_WORKERS, "--worker");
    splits = listOf(parsed.split as string | undefined, SPLITS, "--split");
    const configured = deps.settings.MODEL_PROVIDER !== "offline";
    engines = listOf(
      (parsed.engines as string | undefined) ?? (configured ? "offline,model" : "offline"),
      ["offline", "model"] as const,
      "--engines",
    );
    if (engines.includes("model") && !configured)
      throw new Error("--engines: model needs MODEL_PROVIDER (and its key) to be set");
  } catch (error) {
    io.stderr.write(
      `garde-fou eval worker-quality: ${(error as Error).message}\n\n${WORKER_QUALITY_USAGE}\n`,
    );
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(`${WORKER_QUALITY_USAGE}\n`);
    return 0;
  }
  const { createGraphWorkflowRunner } = await import("../../evals/targets/graph-runner.js");
  const runner = await createGraphWorkflowRunner(deps.settings);
  try {
    const reports: WorkerQualityReport[] = [];
    for (const name of engines) {
      const column: EngineColumn = {
        label: name === "offline" ? "offline" : `${deps.settings.MODEL_PROVIDER}`,
        engine: await deps.engineFor(name),
      };
      const options = { workers, splits, ...(parsed.only ? { only: String(parsed.only) } : {}) };
      reports.push(await runWorkerQuality(runner.run, column, options));
    }
    io.stdout.write(formatTables(reports, splits));
    if (parsed.details) io.stdout.write(`\n${reports.map(details).filter(Boolean).join("\n")}\n`);
    if (parsed.json) writeFileSync(String(parsed.json), `${JSON.stringify(reports, null, 1)}\n`);
    return 0;
  } finally {
    await runner.close();
  }
}
