// `npm run eval:guards` (node dist/evals/guards/measure.js): runs every guard measurer on the development
// data in GARDE_FOU_DATA_DIR, prints one table and writes evals/guards/last-report.json. These figures
// come from data the guards were developed on; they are not held-out results and must not be quoted as such.
import { existsSync, writeFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fromRoot, PACKAGE_ROOT } from "../../core/paths.js";
import { loadSettings } from "../../core/settings.js";
import { measure as measureDiscrimination } from "./discrimination.js";
import { measure as measureFaithfulness } from "./faithfulness.js";
import { measure as measureFaithfulnessFresh } from "./faithfulness-fresh.js";
import { measure as measureHateSpeech } from "./hate-speech.js";
import {
  BAND_GOAL,
  bandGoalMet,
  type DatasetMetrics,
  errorsInBandShare,
  poolCalibration,
  round,
  unsureShare,
} from "./metrics.js";
import { measure as measureSpeed } from "./speed.js";

type Measurer = (dataDir: string) => Promise<DatasetMetrics[]>;

const MEASURERS: ReadonlyArray<[string, Measurer]> = [
  ["discrimination", measureDiscrimination],
  ["hate_speech", measureHateSpeech],
  ["faithfulness", measureFaithfulness],
  ["faithfulness_fresh", measureFaithfulnessFresh],
  ["speed", measureSpeed],
];

export const REPORT_PATH = fromRoot("evals", "guards", "last-report.json");

export function formatTable(title: string, rows: readonly DatasetMetrics[]): string {
  const lines = [title, "=".repeat(title.length)];
  for (const row of rows) {
    lines.push(`${row.dataset} (n=${row.n})`);
    for (const [name, value] of Object.entries(row.metrics)) lines.push(`  ${name.padEnd(24)} ${value}`);
    for (const note of row.notes ?? []) lines.push(`  · ${note}`);
  }
  return lines.join("\n");
}

const pct = (x: number) => `${round(100 * x, 1)} %`;

/**
 * The cascade table: per guard and dataset, the share of texts in the unsure band (what a configured judge
 * reads) and the share of offline errors inside it (what it can fix), then each guard pooled.
 */
export function formatCascade(rows: readonly DatasetMetrics[]): string {
  const calibrated = rows.filter((r) => r.calibration !== undefined && r.guard !== undefined);
  const title = `unsure band (goal: ≥ ${pct(BAND_GOAL.minErrorsInBand)} of offline errors inside a band of ≤ ${pct(BAND_GOAL.maxUnsureShare)} of texts)`;
  const lines = [title, "=".repeat(title.length)];
  const line = (label: string, c: NonNullable<DatasetMetrics["calibration"]>) =>
    `  ${label.padEnd(44)} texts ${String(c.texts).padStart(5)}  unsure ${pct(unsureShare(c)).padStart(7)}  errors ${String(c.errors).padStart(4)}  inside ${pct(errorsInBandShare(c)).padStart(7)}  ${bandGoalMet(c) ? "goal met" : "goal not met"}`;
  const guards = [...new Set(calibrated.map((r) => r.guard!))];
  for (const guard of guards) {
    lines.push(guard);
    const own = calibrated.filter((r) => r.guard === guard);
    for (const r of own) lines.push(line(`${r.dataset}${r.split ? ` [${r.split}]` : ""}`, r.calibration!));
    if (own.length > 1) lines.push(line("all of the above", poolCalibration(own.map((r) => r.calibration!))));
  }
  return lines.join("\n");
}

/** A missing data directory is a setting to fix, named as such, not a raw ENOENT from deep in a reader. */
export function missingDataMessage(configured: string, dataDir: string): string {
  return `GARDE_FOU_DATA_DIR=${configured} (${dataDir}) does not exist: the development datasets are not there. Set GARDE_FOU_DATA_DIR to the folder holding discrimination/, faithfulness/ and hate_speech/ (default ../shared/data, beside the project). Figures of the project's own batches follow.`;
}

/** A dataset missing under the data directory names the file and the setting, never a bare ENOENT. */
export function measurerError(error: unknown, configured: string): string {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (code === "ENOENT")
    return `dataset not found: ${typeof path === "string" ? path : "a file"} is missing under GARDE_FOU_DATA_DIR=${configured}; point GARDE_FOU_DATA_DIR at the development data folder`;
  return error instanceof Error ? error.message : String(error);
}

export async function main(out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const configured = loadSettings().GARDE_FOU_DATA_DIR;
  const dataDir = isAbsolute(configured) ? configured : resolve(PACKAGE_ROOT, configured);
  const rows: DatasetMetrics[] = [];
  const failures: Array<{ measurer: string; error: string }> = [];
  const dataMissing = !existsSync(dataDir);
  if (dataMissing) {
    out.write(`! ${missingDataMessage(configured, dataDir)}\n`);
    failures.push({ measurer: "data", error: missingDataMessage(configured, dataDir) });
  }
  for (const [name, measure] of MEASURERS) {
    try {
      rows.push(...(await measure(dataDir)));
    } catch (error) {
      // One missing dataset must not hide the others' figures; the failure is in the report, and a file
      // missing under the data directory names the setting that points there.
      failures.push({ measurer: name, error: measurerError(error, configured) });
    }
  }
  const title = `development figures (${configured}, not held-out)`;
  out.write(`${formatTable(title, rows)}\n\n${formatCascade(rows)}\n`);
  for (const f of failures)
    if (!(dataMissing && f.measurer === "data")) out.write(`! ${f.measurer}: ${f.error}\n`);
  writeFileSync(
    REPORT_PATH,
    `${JSON.stringify({ title, dataDir: configured, generatedAt: new Date().toISOString(), datasets: rows, failures }, null, 2)}\n`,
  );
  return failures.length === 0 ? 0 : 1;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = await main();
