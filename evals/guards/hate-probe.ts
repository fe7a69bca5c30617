// Scores the hate-speech detector on our fresh functional batches (guards/hate-speech/test-support/heldout-*.jsonl):
// macro-F1 per language and split, accuracy per HateCheck family, and the unsure band (share of texts in it,
// share of errors inside it). The held-out half is never printed case by case unless asked (--show-heldout):
// tune on the dev half only.
// Run: npx tsx evals/guards/hate-probe.ts [FILE ...] [--split dev|heldout|all] [--errors] [--show-heldout]
import { resolve } from "node:path";
import { fromRoot } from "../../core/paths.js";
import { analyseHate } from "../../guards/hate-speech/detector.js";
import { type FreshRow, loadFreshBatch } from "../../guards/hate-speech/test-support/fresh-batch.js";
import {
  accuracy,
  binaryMacroF1,
  type CascadeCase,
  type Confusion,
  calibrate,
  count,
  emptyConfusion,
  errorsInBandShare,
  round,
  unsureShare,
} from "./metrics.js";

const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const showHeldout = args.includes("--show-heldout");
const splitIdx = args.indexOf("--split");
const wanted = splitIdx >= 0 ? args[splitIdx + 1] : "all";
const files = args.filter((a) => a.endsWith(".jsonl")).map((f) => resolve(f));
const batchFiles =
  files.length > 0
    ? files
    : ["heldout-fr", "heldout-en", "dev2-fr", "dev2-en", "dev3-fr", "dev3-en"].map((f) =>
        fromRoot("guards", "hate-speech", "test-support", `${f}.jsonl`),
      );

const pct = (x: number) => `${round(100 * x, 1)} %`;

function score(label: string, rows: readonly FreshRow[], printErrors: boolean): void {
  if (rows.length === 0) return;
  const c = emptyConfusion();
  const families = new Map<string, Confusion>();
  const cascade: CascadeCase[] = [];
  const errors: string[] = [];
  for (const r of rows) {
    const { hateful, result } = analyseHate(r.text);
    count(c, r.hateful, hateful);
    const fam = families.get(r.functionality) ?? emptyConfusion();
    count(fam, r.hateful, hateful);
    families.set(r.functionality, fam);
    const unsure = result.certainty === "unsure";
    cascade.push({ expected: r.hateful, predicted: hateful, unsure });
    if (hateful !== r.hateful)
      errors.push(
        `    ${r.hateful ? "FN" : "FP"}${unsure ? " (unsure)" : ""} ${r.functionality} [${r.register}] ${r.text}`,
      );
  }
  const cal = calibrate(cascade);
  console.log(
    `${label}: macroF1 ${round(binaryMacroF1(c), 4)} (n=${rows.length}, FN=${c.fn}, FP=${c.fp}); unsure band ${pct(unsureShare(cal))} of texts, ${pct(errorsInBandShare(cal))} of ${cal.errors} errors inside`,
  );
  const fams = [...families].sort(([a], [b]) => a.localeCompare(b));
  console.log(
    fams
      .map(([name, f]) => `    ${name.padEnd(20)} ${round(accuracy(f), 2)} (n=${f.tp + f.fp + f.tn + f.fn})`)
      .join("\n"),
  );
  const registers = [...new Set(rows.map((r) => r.register))].sort();
  for (const reg of registers) {
    const rc = emptyConfusion();
    for (const [k, r] of rows.entries()) if (r.register === reg) count(rc, r.hateful, cascade[k]!.predicted);
    console.log(
      `    register ${reg.padEnd(15)} accuracy ${round(accuracy(rc), 3)} (n=${rc.tp + rc.fp + rc.tn + rc.fn})`,
    );
  }
  if (printErrors) for (const e of errors) console.log(e);
}

for (const file of batchFiles) {
  const rows = loadFreshBatch(file);
  const name = file.split("/").pop()!;
  for (const split of ["dev", "heldout"] as const) {
    if (wanted !== "all" && wanted !== split) continue;
    score(
      `${name} [${split}]`,
      rows.filter((r) => r.split === split),
      showErrors && (split === "dev" || showHeldout),
    );
  }
  if (wanted === "all") score(`${name} [all]`, rows, false);
}
