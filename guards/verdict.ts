// Verdict aggregation, as ../shared/domain/contract.md says:
//  - any finding of severity "block" → block; else any "review" → review; "warn" only (or none) → pass,
//    and the warn findings travel with the pass;
//  - except that a draft of our own worker (input.generated) can be sent back instead: when every
//    block/review finding carries a suggestion and comes from a rewritable guard (discrimination,
//    cultural, pii), the verdict is "revise" and the findings are the feedback;
//  - hate speech and injection are never revised: a worker that produced them is not trusted to fix them,
//    and injected instructions must not reach a second model call. They block (or go to review) as is.
import type { Finding, GuardId, Verdict } from "../core/contract.js";

export const REVISABLE_GUARDS: readonly GuardId[] = ["discrimination", "cultural", "pii"];

export function aggregateVerdict(findings: readonly Finding[], generated = false): Verdict {
  const serious = findings.filter((f) => f.severity !== "warn");
  if (serious.length === 0) return "pass";
  if (generated && serious.every((f) => REVISABLE_GUARDS.includes(f.guard) && !!f.suggestion?.trim()))
    return "revise";
  return serious.some((f) => f.severity === "block") ? "block" : "review";
}
