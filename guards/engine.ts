// Foundation version of the guard engine: checks only the plainest cases (an age range, a title for one
// sex only). The guard-engine issue replaces the body; the signature is what graphs and the server use.
import type { Finding, GuardId, Verdict } from "../core/contract.js";
import type { Tracer } from "../core/trace.js";
import type { ModelEngine } from "../agents/models/types.js";
import type { GuardInput, GuardReport } from "./types.js";

export interface GuardDeps {
  engine: ModelEngine;
  judgeMode: "auto" | "always" | "never";
  tracer?: Tracer;
  parentStepId?: string;
}

export interface GuardOptions {
  /** Run only these guards (default: every guard relevant to the text kind). */
  guards?: GuardId[];
}

const AGE_RANGE = /\b(?:de\s+)?\d{2}\s*(?:à|a|-|–)\s*\d{2}\s*ans\b|\bmoins de \d{2}\s*ans\b/giu;
const ONE_SEX = /\b(?:jeune homme|jeune femme|JH|JF)\b/gu;

export async function runGuards(input: GuardInput, deps: GuardDeps, _options: GuardOptions = {}): Promise<GuardReport> {
  const started = performance.now();
  const findings: Finding[] = [];
  for (const m of input.text.matchAll(AGE_RANGE))
    findings.push({
      guard: "discrimination",
      rule: "AD-04",
      criteria: ["age"],
      severity: "block",
      start: m.index,
      end: m.index + m[0].length,
      evidence: m[0],
      legalBasis: ["C. trav. L5331-2", "C. trav. L1132-1"],
      suggestion: "Supprimer la limite d'âge ; décrire l'expérience et les compétences requises.",
    });
  for (const m of input.text.matchAll(ONE_SEX))
    findings.push({
      guard: "discrimination",
      rule: "AD-02",
      criteria: ["sex"],
      severity: "block",
      start: m.index,
      end: m.index + m[0].length,
      evidence: m[0],
      legalBasis: ["C. trav. L1142-1"],
      suggestion: "Intitulé aux deux genres suivi de (H/F).",
    });
  const verdict: Verdict = findings.length === 0 ? "pass" : input.generated ? "revise" : "block";
  return {
    verdict,
    findings,
    outcomes: [
      {
        guard: "discrimination",
        verdict,
        findings,
        certainty: "sure",
        judge: { status: deps.engine.offline ? "skipped_offline" : "skipped_not_needed" },
        notes: [],
        latencyMs: performance.now() - started,
      },
    ],
    offline: deps.engine.offline,
    policyVersion: "foundation",
  };
}
