// Scores the hate-speech detector on our own fresh-wording probe batches (guards/hate-speech/probes-*.jsonl),
// checks that ordinary recruiting text raises no alarm, and times a 1 KB text.
// Run: npx tsx evals/guards/hate-speech-probe.ts [PROBE_FILE ...] [--data DATA_DIR] [--errors]
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fromRoot } from "../../core/paths.js";
import { analyseHate } from "../../guards/hate-speech/detector.js";
import { loadProbeFile, type ProbeRow } from "../../guards/hate-speech/probe-file.js";
import { binaryMacroF1, count, emptyConfusion, round } from "./metrics.js";

const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const dataIdx = args.indexOf("--data");
const dataDir = resolve(dataIdx >= 0 ? args[dataIdx + 1]! : "../shared/data");
const probeDir = fromRoot("guards", "hate-speech");
const files = args.filter((a, i) => a.endsWith(".jsonl") && args[i - 1] !== "--data");
const probeFiles =
  files.length > 0
    ? files.map((f) => resolve(f))
    : readdirSync(probeDir)
        .filter((f) => /^probes-.*\.jsonl$/.test(f))
        .sort()
        .map((f) => join(probeDir, f));

function score(label: string, rows: readonly ProbeRow[]): void {
  for (const lang of ["fr", "en"] as const) {
    const subset = rows.filter((r) => r.lang === lang);
    if (subset.length === 0) continue;
    const c = emptyConfusion();
    const errors: string[] = [];
    for (const r of subset) {
      const got = analyseHate(r.text).hateful;
      count(c, r.hateful, got);
      if (got !== r.hateful) errors.push(`    ${r.hateful ? "FN" : "FP"} ${r.functionality}: ${r.text}`);
    }
    console.log(
      `${label} ${lang}: macroF1 ${round(binaryMacroF1(c), 4)} (n=${subset.length}, FN=${c.fn}, FP=${c.fp})`,
    );
    if (showErrors) for (const e of errors) console.log(e);
  }
}

for (const file of probeFiles) score(file.split("/").pop()!, loadProbeFile(file));

// False alarms on ordinary recruiting text: the 55 recruiting lines (discrimination, not hate), our own job-ad
// sentences with risky words (guards/hate-speech/recruiting-benign.jsonl) and ESCO skills.
const recruiting = readFileSync(join(dataDir, "discrimination", "fr_recruiting_dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { id: string; text: string }).text);
const esco = readFileSync(join(dataDir, "referentials", "esco_fr", "skills_fr.csv"), "utf8")
  .split("\n")
  .slice(1)
  .filter((l) => l.trim());
recruiting.push(...loadProbeFile(join(probeDir, "recruiting-benign.jsonl")).map((r) => r.text));
const flaggedRecruiting = recruiting.filter((t) => analyseHate(t, "job_ad").hateful);
const flaggedEsco = esco.filter((t) => analyseHate(t, "job_ad").hateful);
console.log(
  `false alarms: recruiting ${flaggedRecruiting.length}/${recruiting.length}, ESCO skill lines ${flaggedEsco.length}/${esco.length}`,
);
for (const t of [...flaggedRecruiting, ...flaggedEsco].slice(0, 30)) console.log(`    ${t.slice(0, 200)}`);

const paragraph =
  "Nous recherchons un(e) développeur(se) pour notre équipe à Lyon. Vous travaillerez avec des collègues " +
  "venus de tous horizons ; les candidatures des personnes handicapées et des réfugiés sont les bienvenues. ";
const text = paragraph.repeat(Math.ceil(1024 / paragraph.length)).slice(0, 1024);
for (let i = 0; i < 50; i++) analyseHate(text);
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  analyseHate(text);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`speed 1 KB: p50 ${round(times[100]!, 3)} ms, p90 ${round(times[180]!, 3)} ms`);
