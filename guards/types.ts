// The shapes every guard shares. A failed check is data (findings and a verdict), never an exception.
import type { Certainty, Finding, GuardId, Jurisdiction, TextKind, Verdict } from "../core/contract.js";

export type { Certainty } from "../core/contract.js";

export interface GuardInput {
  text: string;
  kind: TextKind;
  jurisdiction: Jurisdiction;
  /** What a summary, rationale or extraction must be faithful to (hallucination guard). */
  sources?: string[];
  /**
   * Text written by one of our workers (a draft) rather than received from outside: a worker can be
   * asked to revise its own draft, an outside text can only be passed, reviewed or blocked.
   */
  generated?: boolean;
}

export interface DetectorResult {
  findings: Finding[];
  certainty: Certainty;
  /**
   * Calibrated probability that the detector's verdict on this text (flagged or clean) is right; absent for
   * detectors not yet calibrated. `certainty` must be "unsure" whenever it falls in the detector's unsure band.
   */
  confidence?: number;
  /** Short reasons for a reviewer, e.g. which lexicon matched or why a mention was judged not a requirement. */
  notes?: string[];
}

/** A fast deterministic check. Must be pure: same input, same result, no I/O. */
export interface Detector {
  guard: GuardId;
  name: string;
  detect(input: GuardInput): DetectorResult;
}

export type JudgeStatus =
  | "skipped_offline"
  | "skipped_not_needed"
  | "confirmed"
  | "overruled"
  | "added"
  | "failed";

export interface GuardOutcome {
  guard: GuardId;
  verdict: Verdict;
  findings: Finding[];
  certainty: Certainty;
  /** The detector's calibrated confidence in its verdict (DetectorResult.confidence), when it gives one. */
  confidence?: number;
  judge: { status: JudgeStatus; reason?: string };
  notes: string[];
  latencyMs: number;
}

export interface GuardReport {
  verdict: Verdict;
  findings: Finding[];
  outcomes: GuardOutcome[];
  /** True when no model was consulted: the offline engine or detectors alone decided. */
  offline: boolean;
  policyVersion: string;
}

/**
 * Detectors fill `rule`, `criteria`, the span and the evidence; `severity`, `legalBasis` and `suggestion`
 * they set from their own rule table as a default, and the engine replaces them with the policy's values
 * for the run's jurisdiction (dropping findings whose rule is "allow" there).
 */
export type DetectorFinding = import("../core/contract.js").Finding;

/** What one detector made of a text, as data that crosses a thread: a thrown error travels as its message. */
export type Detection = { ok: true; result: DetectorResult } | { ok: false; error: string };

/**
 * Runs the named guards' detectors on a text somewhere else than the caller's event loop (a worker thread:
 * runtime/cpu-pool.ts) and answers one Detection per guard. Injected into the engine (GuardDeps.detect);
 * without it the engine runs the detectors in its own thread.
 */
export type DetectGuards = (
  input: GuardInput,
  guards: readonly GuardId[],
) => Promise<Partial<Record<GuardId, Detection>>>;
