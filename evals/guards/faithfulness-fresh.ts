// Our fresh French batches for the hallucination guard (faithfulness-fresh-*.jsonl): CV and interview-notes
// → summary pairs written in other words than the rules, half faithful with heavy paraphrase (acronyms,
// numbers in words, computed durations, translated words), half with exactly one altered fact (a flipped
// negation, roles swapped between employers, the targeted job given as the current one, a level lowered,
// a year moved, a planned diploma reported as obtained). The "dev" batch was looked at while changing the
// guard; the "heldout" batch never was. Scored the way the product runs by default: offline, through the
// cascade with the FR policy, a summary "flagged" when its verdict is not pass.
// Run alone: npx tsx evals/guards/faithfulness-fresh.ts [--errors]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { createOfflineEngine } from "../../agents/models/offline.js";
import { TextKind } from "../../core/contract.js";
import { runGuards } from "../../guards/engine.js";
import { type CascadeCase, calibrate, type DatasetMetrics, round } from "./metrics.js";

export const FreshPair = z.object({
  id: z.string(),
  lang: z.enum(["fr", "en"]),
  kind: TextKind,
  family: z.string(),
  sources: z.array(z.string()).min(1),
  text: z.string().min(1),
  invented: z.array(z.object({ evidence: z.string().min(1), rule: z.string() })),
});
export type FreshPair = z.infer<typeof FreshPair>;

export const FRESH_BATCHES = {
  dev: new URL("./faithfulness-fresh-dev.jsonl", import.meta.url),
  heldout: new URL("./faithfulness-fresh-heldout.jsonl", import.meta.url),
  // Session 4's batch (89 pairs, FR and EN sources and summaries, new registers: telegraphic notes, US/UK
  // CVs, summaries across languages), written and split by source before the guard was changed for it.
  "fresh2-dev": new URL("./faithfulness-fresh2-dev.jsonl", import.meta.url),
  "fresh2-heldout": new URL("./faithfulness-fresh2-heldout.jsonl", import.meta.url),
  // Written after the first round on fresh2-dev, on the same dev sources, to look for more families.
  "fresh2-devb": new URL("./faithfulness-fresh2-devb.jsonl", import.meta.url),
} as const;
export type FreshSplit = keyof typeof FRESH_BATCHES;
const isSplit = (s: string): s is FreshSplit => Object.hasOwn(FRESH_BATCHES, s);

export function readPairs(path: URL): FreshPair[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => FreshPair.parse(JSON.parse(l)));
}

const OFFLINE = { engine: createOfflineEngine(), judgeMode: "never" as const };

export interface PairResult {
  pair: FreshPair;
  flagged: boolean;
  /** For an altered pair: a non-warn finding overlaps the altered fact. */
  atSpan: boolean;
  unsure: boolean;
  findings: string[];
}

export async function scorePair(pair: FreshPair): Promise<PairResult> {
  const report = await runGuards(
    { text: pair.text, kind: pair.kind, jurisdiction: "FR", sources: pair.sources },
    OFFLINE,
    { guards: ["hallucination"] },
  );
  const raised = report.findings.filter((f) => f.severity !== "warn");
  const atSpan = pair.invented.every((fact) => {
    const start = pair.text.indexOf(fact.evidence);
    const end = start + fact.evidence.length;
    return raised.some((f) => f.start < end && start < f.end);
  });
  return {
    pair,
    flagged: report.verdict !== "pass",
    atSpan: pair.invented.length > 0 && atSpan,
    unsure: report.outcomes.some((o) => o.certainty === "unsure"),
    findings: report.findings.map((f) => `${f.rule}/${f.severity}${f.unsure ? "?" : ""} «${f.evidence}»`),
  };
}

export async function measureBatch(split: FreshSplit): Promise<DatasetMetrics> {
  const results = await Promise.all(readPairs(FRESH_BATCHES[split]).map(scorePair));
  const altered = results.filter((r) => r.pair.invented.length > 0);
  const faithful = results.filter((r) => r.pair.invented.length === 0);
  const cases: CascadeCase[] = results.map((r) => ({
    expected: r.pair.invented.length > 0,
    predicted: r.flagged,
    unsure: r.unsure,
  }));
  const notes = results
    .filter((r) => r.flagged !== r.pair.invented.length > 0)
    .map(
      (r) =>
        `${r.pair.id} ${r.flagged ? "false flag" : "missed"} (${r.pair.family})${r.unsure ? " [unsure]" : ""}: ${r.findings.join("; ") || "no finding"}`,
    );
  return {
    dataset: `faithfulness-fresh-${split}`,
    n: results.length,
    guard: "hallucination",
    split: split.endsWith("heldout") ? "heldout" : "dev",
    calibration: calibrate(cases),
    metrics: {
      altered_caught: round(altered.filter((r) => r.flagged).length / Math.max(1, altered.length)),
      altered_caught_at_span: round(altered.filter((r) => r.atSpan).length / Math.max(1, altered.length)),
      faithful_flagged: round(faithful.filter((r) => r.flagged).length / Math.max(1, faithful.length)),
      altered: altered.length,
      faithful: faithful.length,
    },
    notes,
  };
}

export async function measure(): Promise<DatasetMetrics[]> {
  const out: DatasetMetrics[] = [];
  for (const split of Object.keys(FRESH_BATCHES)) if (isSplit(split)) out.push(await measureBatch(split));
  return out;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  // --split NAME scores one batch; --errors lists the errors of development batches only: a held-out
  // batch is read as figures, never case by case, so that nothing is tuned on it.
  const showErrors = process.argv.includes("--errors");
  const at = process.argv.indexOf("--split");
  const wanted = at >= 0 ? process.argv[at + 1] : undefined;
  if (wanted !== undefined && !isSplit(wanted)) {
    console.error(`unknown --split ${wanted}: one of ${Object.keys(FRESH_BATCHES).join(", ")}`);
    process.exit(2);
  }
  const batches = wanted !== undefined ? [await measureBatch(wanted)] : await measure();
  for (const m of batches) {
    console.log(`${m.dataset} (n=${m.n}) ${JSON.stringify(m.metrics)} band ${JSON.stringify(m.calibration)}`);
    if (showErrors && m.split === "dev") for (const n of m.notes ?? []) console.log(`  ${n}`);
  }
}
