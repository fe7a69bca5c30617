// `npm run bench:eventloop`: does the server keep answering while heavy requests run? The compiled server
// (an in-process runtime on an in-memory PGlite, offline engine) is measured twice: with every CPU-bound
// step in the event loop's thread (CPU_THREADS=0, how it ran before the worker pool) and with the worker
// pool (CPU_THREADS unset: cores − 1). For each load, a client in its own thread probes `GET /health` and
// `GET /v1/runs` every 20 ms while the load runs; this process records its own event-loop delay
// (perf_hooks.monitorEventLoopDelay). Target (#9 point 5, #14 point 4): p99 under 100 ms.
//
// Loads: the adversarial families of #9 point 5 at 100,000 characters each to POST /v1/guard, two at a
// time (one very long word, a run of leet characters, letters joined by punctuation, thousands of repeated
// matches), and a 200-CV screening through POST /v1/runs.
//
// On a shared machine the wall-clock delay also counts the time the OS gave other processes; the bench
// therefore also reports the longest stretch between two ticks of a 10 ms timer counted in this thread's
// own CPU time (Linux /proc/thread-self/schedstat): what the stall would be on a quiet machine.
// DATABASE_URL runs it on that PostgreSQL database instead of the embedded one (use a scratch database:
// the runs stay in it).
//
//   npm run bench:eventloop [-- --only pool|inline] [-- --skip-screening] [-- --skip-guard]
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { fromRoot } from "../core/paths.js";
import { loadSettings } from "../core/settings.js";
import { ADVERSARIAL_FAMILIES, adversarialText } from "../evals/guards/adversarial-texts.js";
import { openRuntime } from "../runtime/index.js";
import { startServer } from "../server/main.js";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    "skip-screening": { type: "boolean" },
    "skip-guard": { type: "boolean" },
  },
});
const out = (line = "") => process.stdout.write(`${line}\n`);

const FAMILIES = [
  ["long word", "free_text"],
  ["run of mixed leet", "free_text"],
  ["letters joined by dots", "job_ad"],
  ["repeated age requirement", "job_ad"],
  ["repeated hate phrase", "free_text"],
] as const;

interface Request {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}

function guardLoad(): Request[] {
  return FAMILIES.map(([name, kind]) => {
    const family = ADVERSARIAL_FAMILIES.find((f) => f.name === name);
    if (!family) throw new Error(`no adversarial family ${name}`);
    return { method: "POST", path: "/v1/guard", body: { text: adversarialText(family, 100_000), kind } };
  });
}

function screeningLoad(count: number): Request[] {
  const sample = JSON.parse(readFileSync(fromRoot("samples/screening.json"), "utf8")) as {
    job: string;
    cvs: Array<{ id: string; text: string }>;
  };
  const cvs = Array.from({ length: count }, (_, i) => {
    const cv = sample.cvs[i % sample.cvs.length];
    return { id: `cv-${i}`, text: `${cv?.text ?? ""}\nProjet personnel n° ${i}.` };
  });
  return [
    { method: "POST", path: "/v1/runs", body: { workflow: "screening", input: { job: sample.job, cvs } } },
  ];
}

// The client: its own thread and event loop, so its latencies are what a caller sees.
const CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
const { base, requests, concurrency, probeMs } = workerData;
const probes = { health: [], reads: [], errors: 0 };
let done = false;
async function probe() {
  let turn = 0;
  while (!done) {
    const path = turn++ % 2 === 0 ? "/health" : "/v1/runs?limit=5";
    const started = performance.now();
    try {
      const res = await fetch(base + path);
      await res.arrayBuffer();
      (path === "/health" ? probes.health : probes.reads).push(performance.now() - started);
    } catch {
      // A keep-alive connection the stalled server let time out: counted, not timed.
      probes.errors++;
    }
    await new Promise((r) => setTimeout(r, probeMs));
  }
}
async function load() {
  const queue = [...requests];
  const statuses = [];
  const worker = async () => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const res = await fetch(base + r.path, {
        method: r.method,
        headers: { "content-type": "application/json" },
        body: r.body === undefined ? undefined : JSON.stringify(r.body),
      });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ms: performance.now() - started, statuses };
}
(async () => {
  const probing = probe();
  const result = await load();
  done = true;
  await probing;
  parentPort.postMessage({ ...result, probes });
})();
`;

interface ClientResult {
  ms: number;
  statuses: number[];
  probes: { health: number[]; reads: number[]; errors: number };
}

function runClient(base: string, requests: Request[], concurrency: number): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, {
      eval: true,
      workerData: { base, requests, concurrency, probeMs: 20 },
    });
    worker.once("message", (m: ClientResult) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

const SCHEDSTAT = "/proc/thread-self/schedstat";
/** This thread's CPU time in ms (Linux), or undefined where the kernel does not say. */
const threadCpuMs = (): number | undefined =>
  existsSync(SCHEDSTAT) ? Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e6 : undefined;

/** The longest gap between two ticks of a 10 ms timer, in this thread's CPU time. */
function cpuStallWatch(): () => number | undefined {
  let last = threadCpuMs();
  let longest = 0;
  const timer = setInterval(() => {
    const now = threadCpuMs();
    if (now !== undefined && last !== undefined) longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return () => {
    clearInterval(timer);
    return last === undefined ? undefined : longest;
  };
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

async function measure(label: string, cpuThreads: string) {
  const settings = loadSettings({
    PGLITE_DIR: "memory://",
    LOG_LEVEL: "error",
    CPU_THREADS: cpuThreads,
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  const runtime = await openRuntime({ settings: { ...settings, PORT: 0 } });
  const server = await startServer(runtime);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    // Warm-up: the pool's first thread starts and compiles, as it does on a server's first request.
    const warm = await runClient(base, [...screeningLoad(5), guardLoad()[0] as Request], 1);
    if (warm.statuses.some((s) => s !== 200)) throw new Error(`warm-up answered ${warm.statuses.join(", ")}`);
    const loads: Array<[string, Request[], number]> = [];
    if (!values["skip-guard"])
      loads.push(["5 adversarial texts of 100 KB to /v1/guard, 2 at a time", guardLoad(), 2]);
    if (!values["skip-screening"]) loads.push(["a 200-CV screening (POST /v1/runs)", screeningLoad(200), 1]);
    out(`${label} (${runtime.database.kind}):`);
    for (const [name, requests, concurrency] of loads) {
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const stopWatch = cpuStallWatch();
      const result = await runClient(base, requests, concurrency);
      const cpuStall = stopWatch();
      delay.disable();
      const { health, reads, errors } = result.probes;
      out(
        `  ${name}: ${ms(result.ms)} (status ${[...new Set(result.statuses)].join(", ")})\n` +
          `    event-loop delay p50 ${ms(delay.percentile(50) / 1e6)}, p99 ${ms(delay.percentile(99) / 1e6)}, max ${ms(delay.max / 1e6)}\n` +
          (cpuStall === undefined ? "" : `    longest stall in this thread's CPU time ${ms(cpuStall)}\n`) +
          `    GET /health (${health.length}) p50 ${ms(pct(health, 50))}, p99 ${ms(pct(health, 99))}, max ${ms(Math.max(...health))}\n` +
          `    GET /v1/runs (${reads.length}) p50 ${ms(pct(reads, 50))}, p99 ${ms(pct(reads, 99))}, max ${ms(Math.max(...reads))}` +
          (errors ? `\n    ${errors} probes failed (connection reset)` : ""),
      );
    }
  } finally {
    await server.close(1000);
    await runtime.close();
  }
}

out("target: /health and reads p99 under 100 ms while the load runs (2-core machine, shared: see README)");
out(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(", ")}`,
);
if (values.only !== "pool") await measure("before: CPU work in the event loop's thread (CPU_THREADS=0)", "0");
if (values.only !== "inline") await measure("after: CPU work in the worker pool (CPU_THREADS unset)", "");
process.exit(0);
