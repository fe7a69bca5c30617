// Every guard of the contract and the detector that runs first for it. registry.test.ts checks that each
// GuardId has exactly one entry and that every rule an entry declares exists in a policy pack.
import type { GuardId } from "../core/contract.js";
import { CULTURAL_RULES, culturalDetector } from "./cultural/detector.js";
import { discriminationDetector } from "./discrimination/detector.js";
import { DISCRIMINATION_RULES } from "./discrimination/rules.js";
import { hallucinationDetector } from "./hallucination/detector.js";
import { hateSpeechDetector } from "./hate-speech/detector.js";
import { injectionDetector } from "./injection/detector.js";
import { piiDetector } from "./pii/detector.js";
import type { Detector, GuardInput } from "./types.js";

export interface GuardEntry {
  guard: GuardId;
  detector: Detector;
  /** Rule ids the detector can emit, when its owner lists them (checked against the packs). */
  rules?: readonly string[];
  /** Whether the guard is relevant to the input when nobody asked for it by name. */
  relevant(input: GuardInput): boolean;
}

const always = () => true;

export const GUARD_REGISTRY: readonly GuardEntry[] = [
  {
    guard: "discrimination",
    detector: discriminationDetector,
    rules: DISCRIMINATION_RULES,
    relevant: always,
  },
  { guard: "cultural", detector: culturalDetector, rules: CULTURAL_RULES, relevant: always },
  // Faithfulness can only be checked against sources.
  { guard: "hallucination", detector: hallucinationDetector, relevant: (i) => (i.sources?.length ?? 0) > 0 },
  { guard: "hate_speech", detector: hateSpeechDetector, relevant: always },
  { guard: "pii", detector: piiDetector, relevant: always },
  // Hidden instructions come in text we did not write: candidates' documents and free text.
  {
    guard: "injection",
    detector: injectionDetector,
    relevant: (i) => i.kind === "document" || i.kind === "free_text",
  },
];

/** Guards to run: the ones asked for (hallucination still needs sources), else the relevant ones. */
export function guardsFor(input: GuardInput, requested?: readonly GuardId[]): GuardEntry[] {
  if (requested && requested.length > 0)
    return GUARD_REGISTRY.filter(
      (e) => requested.includes(e.guard) && (e.guard !== "hallucination" || e.relevant(input)),
    );
  return GUARD_REGISTRY.filter((e) => e.relevant(input));
}
