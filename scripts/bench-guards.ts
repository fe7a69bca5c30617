// `npm run bench:guards`: how fast the guards are, on ordinary and on hostile texts.
//  1. ~1 KB texts cut from the development data, the six detectors in a row on one core (what a guard
//     node does before any judge): p50 and p99 per text and p50 per detector. Target: p50 under 1 ms.
//  2. 100,000-character adversarial texts (evals/guards/adversarial-texts.ts) through the whole guard
//     engine, as POST /v1/guard runs them: time, the longest event-loop stall (perf_hooks
//     monitorEventLoopDelay; target under 100 ms), and heap growth sampled between pieces (bound: 256 MB).
//
//   npm run bench:guards [-- --rounds 3] [-- --skip-adversarial] [-- --only "leet"]
import { availableParallelism, loadavg } from "node:os";
import { isAbsolute, resolve } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createOfflineEngine } from "../agents/models/offline.js";
import { TEXT_KINDS, type TextKind } from "../core/contract.js";
import { PACKAGE_ROOT } from "../core/paths.js";
import { loadSettings } from "../core/settings.js";
import {
  ADVERSARIAL_FAMILIES,
  ADVERSARIAL_SOURCES,
  adversarialText,
} from "../evals/guards/adversarial-texts.js";
import { percentile } from "../evals/guards/metrics.js";
import { benchmark, kilobyteTexts, loadTexts } from "../evals/guards/speed.js";
import { runGuards } from "../guards/engine.js";
import type { GuardInput } from "../guards/types.js";

const HEAP_BOUND_MB = 256;
const STALL_TARGET_MS = 100;
const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    "skip-adversarial": { type: "boolean" },
    only: { type: "string" },
  },
});
const out = (line = "") => process.stdout.write(`${line}\n`);
const ms = (x: number) => `${x.toFixed(x < 10 ? 3 : 0)} ms`;

function kilobyte(): void {
  const configured = loadSettings().GARDE_FOU_DATA_DIR;
  const dataDir = isAbsolute(configured) ? configured : resolve(PACKAGE_ROOT, configured);
  const texts = kilobyteTexts(loadTexts(dataDir), 300);
  if (texts.length === 0) {
    out(`no development texts in ${dataDir}: skipping the 1 KB benchmark`);
    return;
  }
  const inputs: GuardInput[] = texts.map((text, i) => ({
    text,
    kind: TEXT_KINDS[i % TEXT_KINDS.length] as TextKind,
    jurisdiction: "FR",
    sources: [texts[(i + 1) % texts.length] ?? text],
  }));
  const { perText, perTextCpu, perDetector, totalMs } = benchmark(inputs, Number(values.rounds));
  out(`1 KB texts: ${texts.length} texts × ${values.rounds} rounds, six detectors in a row, one core`);
  out(
    `  all six: p50 ${ms(percentile(perText, 50))}, p99 ${ms(percentile(perText, 99))}, ` +
      `${((perText.length / totalMs) * 1000).toFixed(0)} texts/s (target: p50 under 1 ms)`,
  );
  out(
    `  all six, CPU time: p50 ${ms(percentile(perTextCpu, 50))}, p99 ${ms(percentile(perTextCpu, 99))} ` +
      `(load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  for (const [name, times] of perDetector) out(`  ${name.padEnd(34)} p50 ${ms(percentile(times, 50))}`);
}

async function adversarial(): Promise<void> {
  const deps = { engine: createOfflineEngine(), judgeMode: "never" as const };
  out();
  out("100,000-character adversarial texts, every guard, through the engine as POST /v1/guard runs them");
  let worstStall = 0;
  let worstHeap = 0;
  for (const family of ADVERSARIAL_FAMILIES) {
    if (values.only && !family.name.includes(values.only)) continue;
    const text = adversarialText(family, 100_000);
    const input: GuardInput = {
      text,
      kind: "free_text",
      jurisdiction: "FR",
      sources: [...ADVERSARIAL_SOURCES],
    };
    await runGuards({ ...input, text: text.slice(0, 1000) }, deps);
    globalThis.gc?.();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 1);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const report = await runGuards(input, deps);
    const elapsed = performance.now() - started;
    delay.disable();
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const stall = delay.max / 1e6;
    const heapMb = (peak - base) / 2 ** 20;
    worstStall = Math.max(worstStall, stall);
    worstHeap = Math.max(worstHeap, heapMb);
    const findings = report.outcomes.map((o) => o.findings.length).reduce((a, b) => a + b, 0);
    out(
      `  ${family.name.padEnd(32)} ${ms(elapsed).padStart(8)}  longest stall ${ms(stall).padStart(7)}  ` +
        `heap +${heapMb.toFixed(0).padStart(3)} MB  ${report.verdict.padEnd(6)} ${findings} findings listed`,
    );
  }
  out(
    `  worst stall ${ms(worstStall)} (target < ${STALL_TARGET_MS} ms), worst heap growth ${worstHeap.toFixed(0)} MB ` +
      `(bound ${HEAP_BOUND_MB} MB)${globalThis.gc ? "" : " (run with --expose-gc for a clean baseline)"}`,
  );
}

kilobyte();
if (!values["skip-adversarial"]) await adversarial();
