// `npm run eval:workers [-- --split dev|held-out|all] [--details]`: scores the workers on the worker-quality
// suite (evals/suites/worker-quality/) with the offline engine and, where a model is configured
// (MODEL_PROVIDER), with that model too, side by side. Writes evals/worker-quality/last-report.json.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createModelEngine } from "../../agents/models/factory.js";
import { createOfflineEngine } from "../../agents/models/offline.js";
import type { ModelEngine } from "../../core/models.js";
import { fromRoot } from "../../core/paths.js";
import { loadSettings } from "../../core/settings.js";
import { SPLITS, type Split } from "./cases.js";
import { scoreDocuments } from "./document-check.js";
import type { WorkerScore } from "./score-types.js";
import { scoreScreening } from "./screening.js";

/** One entry per worker: wad's ad-writing and summary scorers register here beside these. */
export const WORKER_SCORERS: Record<
  string,
  (split: Split, engine: ModelEngine) => Promise<{ score: WorkerScore; details: unknown[] }>
> = {
  screening: scoreScreening,
  document_check: scoreDocuments,
};

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "–" : v.toFixed(3));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: "string", default: "all" },
      worker: { type: "string", multiple: true },
      details: { type: "boolean", default: false },
    },
  });
  const splits: Split[] = values.split === "all" ? [...SPLITS] : SPLITS.filter((s) => s === values.split);
  if (splits.length === 0) throw new Error(`--split: one of ${SPLITS.join(", ")}, all`);
  const workers = values.worker ?? Object.keys(WORKER_SCORERS);
  const settings = loadSettings();
  const engines: ModelEngine[] = [createOfflineEngine()];
  if (settings.MODEL_PROVIDER !== "offline") engines.push(createModelEngine(settings));
  const report: Array<{ engine: string } & WorkerScore> = [];
  const details: Record<string, unknown[]> = {};
  for (const worker of workers) {
    const scorer = WORKER_SCORERS[worker];
    if (!scorer)
      throw new Error(`--worker: unknown ${worker}; known: ${Object.keys(WORKER_SCORERS).join(", ")}`);
    for (const split of splits) {
      const rows = [];
      for (const engine of engines) {
        const result = await scorer(split, engine);
        const label = engine.offline ? "offline" : `${engine.provider}:${engine.chatModel}`;
        rows.push({ engine: label, ...result.score });
        details[`${worker}/${split}/${label}`] = result.details;
      }
      report.push(...rows);
      const first = rows[0];
      if (!first || first.cases === 0) continue;
      console.log(`\n## ${worker} — ${split} (${first.cases} cases)\n`);
      console.log(`| metric | ${rows.map((r) => r.engine).join(" | ")} |`);
      console.log(`|---|${rows.map(() => "---").join("|")}|`);
      for (const metric of Object.keys(first.metrics))
        console.log(`| ${metric} | ${rows.map((r) => fmt(r.metrics[metric])).join(" | ")} |`);
    }
  }
  if (values.details) console.log(JSON.stringify(details, null, 2));
  writeFileSync(
    fromRoot("evals", "worker-quality", "last-report.json"),
    `${JSON.stringify({ now: new Date().toISOString(), report, details }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
