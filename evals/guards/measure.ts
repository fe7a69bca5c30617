// `npm run eval:guards` (node dist/evals/guards/measure.js): runs every guard measurer on the development
// data in GARDE_FOU_DATA_DIR, prints one table and writes evals/guards/last-report.json. These figures
// come from data the guards were developed on; they are not held-out results and must not be quoted as such.
import { writeFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fromRoot, PACKAGE_ROOT } from "../../core/paths.js";
import { loadSettings } from "../../core/settings.js";
import { measure as measureDiscrimination } from "./discrimination.js";
import { measure as measureFaithfulness } from "./faithfulness.js";
import { measure as measureHateSpeech } from "./hate-speech.js";
import type { DatasetMetrics } from "./metrics.js";
import { measure as measureSpeed } from "./speed.js";

type Measurer = (dataDir: string) => Promise<DatasetMetrics[]>;

const MEASURERS: ReadonlyArray<[string, Measurer]> = [
  ["discrimination", measureDiscrimination],
  ["hate_speech", measureHateSpeech],
  ["faithfulness", measureFaithfulness],
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

export async function main(out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const configured = loadSettings().GARDE_FOU_DATA_DIR;
  const dataDir = isAbsolute(configured) ? configured : resolve(PACKAGE_ROOT, configured);
  const rows: DatasetMetrics[] = [];
  const failures: Array<{ measurer: string; error: string }> = [];
  for (const [name, measure] of MEASURERS) {
    try {
      rows.push(...(await measure(dataDir)));
    } catch (error) {
      // One missing dataset must not hide the others' figures; the failure is in the report.
      failures.push({ measurer: name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const title = `development figures (${configured}, not held-out)`;
  out.write(`${formatTable(title, rows)}\n`);
  for (const f of failures) out.write(`! ${f.measurer}: ${f.error}\n`);
  writeFileSync(
    REPORT_PATH,
    `${JSON.stringify({ title, dataDir: configured, generatedAt: new Date().toISOString(), datasets: rows, failures }, null, 2)}\n`,
  );
  return failures.length === 0 ? 0 : 1;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = await main();
