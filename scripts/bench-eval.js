#!/usr/bin/env node
// Benchmark of `garde-fou eval` start-to-finish: generates a suite of N prompt cases (default 1,000) with
// recorded answers and three assertions each (contains, not-contains, regex) in a temporary directory, runs
// the compiled command line on it in replay mode several times as a child process, and prints the median
// wall time and the peak RSS against the target (< 2.5 s, < 150 MB).
//
//   npm run build && node scripts/bench-eval.js [--cases 1000] [--runs 5] [--keep]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const TARGET_MS = 2500;
const TARGET_MB = 150;
const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "1000" },
    runs: { type: "string", default: "5" },
    keep: { type: "boolean" },
  },
});
const cases = Number(values.cases);
const runs = Number(values.runs);

const recordingsModule = join(root, "dist", "evals", "runner", "recordings.js");
if (!existsSync(recordingsModule)) {
  process.stderr.write(
    "bench-eval: run `npm run build` first (the benchmark measures the compiled command line)\n",
  );
  process.exit(2);
}
// The recording keys come from the code under test, so that the generated answers are the ones a replay looks up.
const { chatKey } = await import(recordingsModule);

const CITIES = ["Lyon", "Lille", "Nantes", "Rennes", "Bordeaux", "Toulouse", "Nice", "Grenoble"];
const JOBS = [
  "vendeur",
  "comptable",
  "développeur",
  "infirmier",
  "cuisinier",
  "électricien",
  "chauffeur",
  "technicien",
];
const SYSTEM = "Tu rédiges des offres d'emploi en français, intitulé aux deux genres suivi de (H/F).";
const USER = "Rédige une courte annonce : {{job}} à {{city}}, référence {{ref}}.";

function generate(dir) {
  mkdirSync(join(dir, "suites"), { recursive: true });
  mkdirSync(join(dir, "recordings"), { recursive: true });
  const yaml = [
    "description: generated benchmark suite",
    "prompts:",
    "  bench-ad:",
    "    default: v1",
    "    versions:",
    "      v1:",
    "        - role: system",
    `          content: ${JSON.stringify(SYSTEM)}`,
    "        - role: user",
    `          content: ${JSON.stringify(USER)}`,
    "defaults:",
    "  target: prompt",
    "  prompt: bench-ad",
    "cases:",
  ];
  const lines = [];
  for (let i = 0; i < cases; i++) {
    const id = `case-${String(i).padStart(5, "0")}`;
    const job = JOBS[i % JOBS.length];
    const city = CITIES[(i >> 3) % CITIES.length];
    const ref = `R${i}`;
    yaml.push(
      `  - id: ${id}`,
      `    vars: { job: ${JSON.stringify(job)}, city: ${JSON.stringify(city)}, ref: ${JSON.stringify(ref)} }`,
      "    assert:",
      `      - { type: contains, value: ${JSON.stringify(city)} }`,
      `      - { type: not-contains, value: ["jeune", "moins de 30 ans"] }`,
      `      - { type: regex, pattern: "\\\\(H/F\\\\)" }`,
    );
    const messages = [
      { role: "system", content: SYSTEM },
      {
        role: "user",
        content: USER.replace("{{job}}", job).replace("{{city}}", city).replace("{{ref}}", ref),
      },
    ];
    const text = `${job[0].toUpperCase()}${job.slice(1)} (H/F) à ${city}, CDI. Missions et compétences détaillées. Réf. ${ref}.`;
    const key = chatKey({
      provider: "offline",
      model: "offline",
      promptName: "bench-ad",
      promptVersion: "v1",
      messages,
      structured: false,
    });
    lines.push(
      JSON.stringify({
        key,
        case: id,
        provider: "offline",
        model: "offline",
        prompt: "bench-ad@v1",
        text,
        inputTokens: 40,
        outputTokens: 30,
        latencyMs: 800 + (i % 400),
      }),
    );
  }
  writeFileSync(join(dir, "suites", "bench.yaml"), `${yaml.join("\n")}\n`);
  writeFileSync(join(dir, "recordings", "bench.jsonl"), `${lines.join("\n")}\n`);
  return join(dir, "suites", "bench.yaml");
}

function entryArgs() {
  const bin = join(root, "bin", "garde-fou.js");
  const probe = spawnSync(process.execPath, [bin, "eval", "--help"], { encoding: "utf8" });
  if (probe.status === 0) return { args: [bin, "eval"], note: "" };
  return {
    args: [join(root, "dist", "cli", "commands", "eval.js")],
    note: "bin/garde-fou.js does not dispatch `eval` yet: measuring dist/cli/commands/eval.js directly",
  };
}

const TIME = "/usr/bin/time";
// Without GNU time, the child reports its own peak RSS as it exits.
const RSS_HOOK = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nBENCH_MAXRSS_KB="+process.resourceUsage().maxRSS+"\\n"))`;

function measure(argv) {
  const useTime = existsSync(TIME);
  const [cmd, args] = useTime
    ? [TIME, ["-v", process.execPath, ...argv]]
    : [process.execPath, ["--import", RSS_HOOK, ...argv]];
  const started = performance.now();
  const child = spawnSync(cmd, args, { encoding: "utf8", cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  const rss = useTime
    ? /Maximum resident set size \(kbytes\): (\d+)/u.exec(child.stderr)
    : /BENCH_MAXRSS_KB=(\d+)/u.exec(child.stderr);
  return {
    wallMs,
    rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const dir = mkdtempSync(join(tmpdir(), "garde-fou-bench-"));
const suite = generate(dir);
const { args, note } = entryArgs();
const base = [...args, suite, "--mode", "replay", "--baseline", "none", "--report-dir", join(dir, "reports")];
const show = (argv) => `node ${argv.map((a) => (a.includes(" ") ? JSON.stringify(a) : a)).join(" ")}`;
if (note) process.stdout.write(`note: ${note}\n`);
process.stdout.write(
  `suite: ${cases} prompt cases × 3 assertions (contains, not-contains, regex), recorded answers; ${runs} runs each; peak RSS from ${existsSync(TIME) ? "/usr/bin/time -v" : "the child's process.resourceUsage()"}\n`,
);

function series(label, argv, count) {
  process.stdout.write(`${label}\n  command: ${show(argv)}\n`);
  const results = [];
  for (let i = 0; i < count; i++) {
    const r = measure(argv);
    if (r.status !== 0 || !r.stdout.includes(`${cases}/${cases} passed`)) {
      process.stderr.write(
        `bench-eval: a run did not pass every case (exit ${r.status})\n${r.stdout}\n${r.stderr}\n`,
      );
      process.exit(2);
    }
    results.push(r);
    process.stdout.write(`  run ${i + 1}: ${r.wallMs.toFixed(0)} ms, ${r.rssMb.toFixed(1)} MB\n`);
  }
  const wall = median(results.map((r) => r.wallMs));
  const rss = Math.max(...results.map((r) => r.rssMb));
  process.stdout.write(`  median wall time ${wall.toFixed(0)} ms · peak RSS ${rss.toFixed(1)} MB\n`);
  return { wall, rss };
}

// The headline: every run parses the YAML suite (what a fresh CI checkout does).
const cold = series("cold (--no-cache: the suite is parsed every run)", [...base, "--no-cache"], runs);
// A developer's second run reads the parsed suite from .garde-fou/eval-cache/suites.
measure(base);
const warm = series("warm (parsed-suite cache filled by a first run)", base, runs);
const ok = cold.wall < TARGET_MS && cold.rss < TARGET_MB;
process.stdout.write(
  `result: median ${cold.wall.toFixed(0)} ms (target < ${TARGET_MS}) · peak ${cold.rss.toFixed(1)} MB (target < ${TARGET_MB}) · warm ${warm.wall.toFixed(0)} ms / ${warm.rss.toFixed(1)} MB · ${ok ? "within target" : "OVER TARGET"}\n`,
);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
else process.stdout.write(`kept: ${dir}\n`);
process.exit(ok ? 0 : 1);
