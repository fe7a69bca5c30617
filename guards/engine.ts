// The guard cascade. For each relevant guard, in parallel: its detector (fast, deterministic) → the
// policy of the run's jurisdiction (drop "allow" rules, set severity, legal basis, suggestion) → the model
// judge where needed (JUDGE_MODE: never; auto = where the detector is unsure or a rule says judge:
// always; always = every guard). The offline engine never judges. A failing judge or detector is
// recorded on the outcome; the verdict is still computed from what is known (verdict.ts).

import type { JudgeMode } from "../core/contract.js";
import { type Finding, type GuardId, VERDICTS, type Verdict } from "../core/contract.js";
import type { ModelEngine } from "../core/models.js";
import type { StepHandle, Tracer } from "../core/trace.js";
import { detectInChunks } from "./chunks.js";
import { runJudge } from "./judge/judge.js";
import { mergeJudge } from "./judge/merge.js";
import { applyPolicy } from "./policy/apply.js";
import { policies as loadedPolicies, type Policies } from "./policy/load.js";
import { type GuardEntry, guardsFor } from "./registry.js";
import type {
  DetectGuards,
  Detection,
  DetectorResult,
  GuardInput,
  GuardOutcome,
  GuardReport,
  JudgeStatus,
} from "./types.js";
import { lowerUnsure } from "./unsure.js";
import { aggregateVerdict } from "./verdict.js";

export interface GuardDeps {
  engine: ModelEngine;
  judgeMode: JudgeMode;
  tracer?: Tracer;
  parentStepId?: string;
  /** Where the detectors run: a worker-thread pool in the server and CLI; unset, in this thread. */
  detect?: DetectGuards;
}

export interface GuardOptions {
  /** Run only these guards (default: every guard relevant to the text kind). */
  guards?: GuardId[];
  /** Revision number of the draft, for the trace's findings (default 0). */
  revision?: number;
  /** Policy packs to apply (default: the packs shipped in guards/policies). */
  policies?: Policies;
  /** Which text of a multi-text draft this is (one CV's rationale…): set on every finding. */
  target?: string;
}

const rank = (v: Verdict) => VERDICTS.indexOf(v);
const worst = (a: Verdict, b: Verdict): Verdict => (rank(a) >= rank(b) ? a : b);

async function runGuard(
  entry: GuardEntry,
  input: GuardInput,
  deps: GuardDeps,
  policies: Policies,
  revision: number,
  target: string | undefined,
  detections: Promise<Partial<Record<GuardId, Detection>>> | undefined,
): Promise<{ outcome: GuardOutcome; floor?: Verdict; consulted: boolean; all: Finding[] }> {
  const started = performance.now();
  const step: StepHandle | undefined = await deps.tracer?.step(
    "guard",
    entry.guard,
    {
      kind: input.kind,
      jurisdiction: input.jurisdiction,
      generated: input.generated ?? false,
      chars: input.text.length,
    },
    deps.parentStepId,
  );
  const notes: string[] = [];
  let detected: Finding[] = [];
  let certainty: GuardOutcome["certainty"] = "sure";
  let confidence: number | undefined;
  let detectorFailed = false;
  try {
    const result = detections
      ? fromDetection(entry, await detections)
      : await detectInChunks(entry.detector, input);
    detected = result.findings;
    // A finding in the unsure band makes the guard unsure, whatever the detector said of the whole text.
    certainty = result.certainty === "unsure" || detected.some((f) => f.unsure) ? "unsure" : "sure";
    confidence = result.confidence;
    notes.push(...(result.notes ?? []));
  } catch (error) {
    // A detector bug must not release a text unchecked: the guard becomes unsure so the judge (or a
    // person, through the review floor below) decides.
    certainty = "unsure";
    detectorFailed = true;
    notes.push(
      `detector ${entry.detector.name} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const applied = applyPolicy(detected, input.jurisdiction, input.kind, policies);
  notes.push(...applied.notes);
  let findings = applied.findings;

  const rules = [...policies.forJurisdiction(input.jurisdiction).values()].filter(
    (r) => r.guard === entry.guard && r.effective !== "allow",
  );
  const policyWantsJudge = findings.some((f) => rules.find((r) => r.id === f.rule)?.judge === "always");
  const needed =
    deps.judgeMode === "always" ||
    (deps.judgeMode === "auto" && (certainty === "unsure" || policyWantsJudge));
  let judge: { status: JudgeStatus; reason?: string };
  let floor: Verdict | undefined;
  let consulted = false;
  if (deps.judgeMode === "never") {
    judge = { status: "skipped_not_needed", reason: "JUDGE_MODE=never" };
  } else if (!needed) {
    judge = { status: "skipped_not_needed" };
  } else if (deps.engine.offline) {
    judge = {
      status: "skipped_offline",
      reason: "offline engine: no model judge, the detectors' verdict stands",
    };
    notes.push("judge skipped: offline engine, the detectors' verdict stands");
  } else {
    consulted = true;
    const sink = deps.tracer
      ? (record: Parameters<Tracer["modelCall"]>[0]) => deps.tracer?.modelCall(record, step?.id)
      : undefined;
    const result = await runJudge({
      guard: entry.guard,
      input,
      rules,
      detectorFindings: findings,
      engine: deps.engine,
      ...(sink ? { sink } : {}),
    });
    if (result.status === "failed") {
      judge = { status: "failed", reason: result.reason };
      notes.push(`judge failed (${result.reason}): the detectors' verdict stands`);
    } else {
      notes.push(...result.notes);
      const merged = mergeJudge(findings, certainty, result);
      findings = merged.findings;
      notes.push(...merged.notes);
      floor = merged.floor;
      judge = { status: merged.status, ...(result.reasoning ? { reason: result.reasoning } : {}) };
    }
  }
  if (detectorFailed && (!consulted || judge.status === "failed")) floor = worst(floor ?? "pass", "review");
  if (!consulted || judge.status === "failed") {
    const lowered = lowerUnsure(findings, rules);
    findings = lowered.findings;
    notes.push(...lowered.notes);
  }

  let verdict = aggregateVerdict(findings, input.generated ?? false);
  if (floor) verdict = worst(verdict, floor);
  const all = findings;
  findings = capFindings(findings);
  if (findings.length < all.length)
    notes.push(
      `${all.length} findings; the ${findings.length} most severe are listed, the verdict counts them all`,
    );
  if (target !== undefined) findings = findings.map((f) => ({ ...f, target }));
  const outcome: GuardOutcome = {
    guard: entry.guard,
    verdict,
    findings,
    certainty,
    ...(confidence !== undefined ? { confidence } : {}),
    judge,
    notes,
    latencyMs: performance.now() - started,
  };
  if (deps.tracer && step) {
    await deps.tracer.findings(findings, { stepId: step.id, revision });
    await step.end({
      verdict,
      findings: findings.length,
      certainty,
      judge: judge.status,
      policy: policies.versionFor(input.jurisdiction),
    });
  }
  return floor ? { outcome, floor, consulted, all } : { outcome, consulted, all };
}

/** A detection made elsewhere, or the error it raised there, thrown again here to be noted as in this thread. */
function fromDetection(entry: GuardEntry, detections: Partial<Record<GuardId, Detection>>): DetectorResult {
  const detection = detections[entry.guard];
  if (!detection) throw new Error(`no result for guard ${entry.guard}`);
  if (!detection.ok) throw new Error(detection.error);
  return detection.result;
}

/** Findings listed per guard and text; thousands of repeats of one phrase add nothing a reader needs. */
export const MAX_FINDINGS_PER_GUARD = 100;

const SEVERITY_RANK: Record<Finding["severity"], number> = { block: 0, review: 1, warn: 2 };

/** The most severe findings first, in text order within a severity, at most MAX_FINDINGS_PER_GUARD. */
function capFindings(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_GUARD) return findings;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .slice(0, MAX_FINDINGS_PER_GUARD)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.f);
}

export async function runGuards(
  input: GuardInput,
  deps: GuardDeps,
  options: GuardOptions = {},
): Promise<GuardReport> {
  const policies = options.policies ?? loadedPolicies();
  const entries = guardsFor(input, options.guards);
  // One task per text for all its detectors: the text crosses to the worker once.
  const detections =
    deps.detect && entries.length > 0
      ? deps.detect(
          input,
          entries.map((e) => e.guard),
        )
      : undefined;
  const results = await Promise.all(
    entries.map((e) => runGuard(e, input, deps, policies, options.revision ?? 0, options.target, detections)),
  );
  const findings = results.flatMap((r) => r.outcome.findings);
  // The verdict counts every finding, including those past a guard's listing cap.
  let verdict = aggregateVerdict(
    results.flatMap((r) => r.all),
    input.generated ?? false,
  );
  for (const r of results) if (r.floor) verdict = worst(verdict, r.floor);
  return {
    verdict,
    findings,
    outcomes: results.map((r) => r.outcome),
    offline: !results.some((r) => r.consulted),
    policyVersion: policies.versionFor(input.jurisdiction),
  };
}
