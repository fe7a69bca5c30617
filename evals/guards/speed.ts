// Detector speed: every registered detector, one after the other on one core (as a guard node does
// before any judge), on ~1 KB texts cut from the development data. Reports texts per second and the
// per-text latency of all detectors together (p50, p99). The budget is p50 <= 1 ms per detector pass.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TEXT_KINDS, type TextKind } from "../../core/contract.js";
import { GUARD_REGISTRY } from "../../guards/registry.js";
import type { GuardInput } from "../../guards/types.js";
import { type DatasetMetrics, percentile, round } from "./metrics.js";

const TARGET_CHARS = 1024;

export function loadTexts(dataDir: string): string[] {
  const texts: string[] = [];
  for (const folder of ["discrimination", "hate_speech", "faithfulness"]) {
    let files: string[];
    try {
      files = readdirSync(join(dataDir, folder)).filter((f) => f.endsWith(".jsonl"));
    } catch {
      continue;
    }
    for (const file of files)
      for (const line of readFileSync(join(dataDir, folder, file), "utf8")
        .split("\n")
        .slice(0, 400)) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as Record<string, unknown>;
        for (const key of ["text", "summary", "source"]) {
          const value = row[key];
          if (typeof value === "string" && value.length > 0) texts.push(value);
        }
      }
  }
  return texts;
}

/** Consecutive texts joined until about 1 KB, cut at a word boundary. */
export function kilobyteTexts(pool: readonly string[], count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count && pool.length > 0) {
    let text = "";
    while (text.length < TARGET_CHARS) text += `${pool[i++ % pool.length]} `;
    const cut = text.lastIndexOf(" ", TARGET_CHARS);
    out.push(text.slice(0, cut > 0 ? cut : TARGET_CHARS));
  }
  return out;
}

export interface SpeedSample {
  /** Milliseconds per text for all detectors together. */
  perText: number[];
  /**
   * CPU milliseconds per text for all detectors together (process.cpuUsage: the time this process ran, which
   * on a loaded machine is what "on one core" means; wall time also counts the waits for a core).
   */
  perTextCpu: number[];
  /** Milliseconds per text for each detector alone, by detector name. */
  perDetector: Map<string, number[]>;
  totalMs: number;
}

export function benchmark(inputs: readonly GuardInput[], rounds = 3): SpeedSample {
  const detectors = GUARD_REGISTRY.map((e) => e.detector);
  for (const input of inputs.slice(0, 50)) for (const d of detectors) d.detect(input);
  const perText: number[] = [];
  const perTextCpu: number[] = [];
  const perDetector = new Map<string, number[]>(detectors.map((d) => [d.name, []]));
  const started = performance.now();
  for (let r = 0; r < rounds; r++)
    for (const input of inputs) {
      let sum = 0;
      const cpu0 = process.cpuUsage();
      for (const d of detectors) {
        const t0 = performance.now();
        d.detect(input);
        const spent = performance.now() - t0;
        perDetector.get(d.name)?.push(spent);
        sum += spent;
      }
      const cpu = process.cpuUsage(cpu0);
      perTextCpu.push((cpu.user + cpu.system) / 1000);
      perText.push(sum);
    }
  return { perText, perTextCpu, perDetector, totalMs: performance.now() - started };
}

export async function measure(dataDir: string): Promise<DatasetMetrics[]> {
  const pool = loadTexts(dataDir);
  const texts = kilobyteTexts(pool, 300);
  const inputs: GuardInput[] = texts.map((text, i) => ({
    text,
    kind: TEXT_KINDS[i % TEXT_KINDS.length] as TextKind,
    jurisdiction: "FR",
    sources: [texts[(i + 1) % texts.length] ?? text],
  }));
  const { perText, perDetector, totalMs } = benchmark(inputs);
  const detectorP50 = Object.fromEntries(
    [...perDetector].map(([name, times]) => [`p50_ms_${name}`, round(percentile(times, 50), 3)]),
  );
  return [
    {
      dataset: "speed/all-detectors-1KB",
      n: perText.length,
      metrics: {
        texts_per_second: round((perText.length / totalMs) * 1000, 1),
        p50_ms: round(percentile(perText, 50), 3),
        p99_ms: round(percentile(perText, 99), 3),
        mean_chars: round(texts.reduce((s, t) => s + t.length, 0) / Math.max(1, texts.length), 0),
        ...detectorP50,
      },
      notes: [
        `${GUARD_REGISTRY.length} detectors in sequence on one core, ${texts.length} texts x 3 rounds, after warm-up`,
        "every text is given a ~1 KB source, so the hallucination detector runs on all of them (worst case)",
      ],
    },
  ];
}
