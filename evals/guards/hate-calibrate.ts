// Measures, per decision path of the hate-speech rules (guards/hate-speech/confidence.ts), the share of
// texts the rules decide right on the development data, and prints it as guards/hate-speech/calibration.yaml.
// Fitted on: the shared HateCheck-style sets (mhc_fr, hatecheck_en), our probe batches, and the dev half of
// our fresh batch; never on its held-out half. ftr_racism_fr (tweets, mostly with no group or attack word a
// rule can read) is left out: its texts are not what the guard checks in production, and a clean job ad
// must not be "unsure" because racist tweets without any group word exist. The recruiting texts the guard
// does check in production (the shared French recruiting lines, our risky job-ad sentences, ESCO skills)
// are in, as non-hateful.
// Run: npx tsx evals/guards/hate-calibrate.ts [DATA_DIR]   (default ../shared/data)
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fromRoot } from "../../core/paths.js";
import { read } from "../../guards/hate-speech/analyse.js";
import { PATHS, type Path, pathOf } from "../../guards/hate-speech/confidence.js";
import { decide } from "../../guards/hate-speech/decide.js";
import { PROBE_CASES } from "../../guards/hate-speech/probe-cases.js";
import { loadProbeFile } from "../../guards/hate-speech/probe-file.js";
import { loadFreshBatch } from "../../guards/hate-speech/test-support/fresh-batch.js";
import { loadRows } from "./hate-speech.js";
import { round } from "./metrics.js";

const dataDir = resolve(process.argv[2] ?? "../shared/data");
const dir = fromRoot("guards", "hate-speech");
const cases: Array<{ text: string; hateful: boolean }> = [
  ...["mhc_fr", "hatecheck_en"].flatMap((d) =>
    loadRows(dataDir, d).map((r) => ({ text: r.text, hateful: r.label === "hateful" })),
  ),
  ...PROBE_CASES.map((c) => ({ text: c.text, hateful: c.hateful })),
  ...readdirSync(dir)
    .filter((f) => /^probes-round\d+\.jsonl$/.test(f))
    .flatMap((f) => loadProbeFile(join(dir, f))),
  ...["fr", "en"].flatMap((l) =>
    loadFreshBatch(join(dir, "test-support", `heldout-${l}.jsonl`)).filter((r) => r.split === "dev"),
  ),
  ...loadProbeFile(join(dir, "recruiting-benign.jsonl")).map((r) => ({ text: r.text, hateful: false })),
  ...readFileSync(join(dataDir, "discrimination", "fr_recruiting_dev.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => ({ text: (JSON.parse(l) as { text: string }).text, hateful: false })),
  ...readFileSync(join(dataDir, "referentials", "esco_fr", "skills_fr.csv"), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim())
    .map((text) => ({ text, hateful: false })),
];
const stats = new Map<Path, { n: number; right: number }>(PATHS.map((p) => [p, { n: 0, right: 0 }]));
for (const c of cases) {
  const reading = read(c.text);
  const hits = decide(reading);
  const path = pathOf(reading, hits);
  const flagged = hits.some((h) => h.outcome === "hate");
  const s = stats.get(path)!;
  s.n++;
  if (flagged === c.hateful) s.right++;
}
console.log(`# ${cases.length} development texts; confidence = (right + 1) / (texts + 2) per path`);
for (const [p, s] of stats)
  console.log(`#   ${p.padEnd(20)} texts ${String(s.n).padStart(5)}  right ${s.right}`);
console.log("confidence:");
for (const [p, s] of stats) console.log(`  ${p}: ${round((s.right + 1) / (s.n + 2), 3)}`);
