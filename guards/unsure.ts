// What becomes of a finding the detectors are unsure of when no judge can decide it. The policy says it per
// rule (`unsure: review|warn` in guards/policies): a person looks at it, or it passes with a warning. This is
// how the offline engine stays usable without releasing what it cannot judge: see the unsure band in
// ../shared/domain/contract.md.
import type { Finding } from "../core/contract.js";
import { reason } from "../core/reasons.js";
import type { ResolvedRule } from "./policy/schema.js";

/**
 * With no judge to decide them, block-level findings the detector marked unsure take the offline severity
 * their rule's policy gives (`unsure: review|warn`); rules without that setting keep their severity.
 */
export function lowerUnsure(
  findings: readonly Finding[],
  rules: readonly ResolvedRule[],
): { findings: Finding[]; notes: string[] } {
  const notes: string[] = [];
  const out = findings.map((f) => {
    const offline = rules.find((r) => r.id === f.rule)?.unsure;
    if (!f.unsure || f.severity !== "block" || offline === undefined) return f;
    notes.push(`${f.rule} «${f.evidence}»: unsure and no judge, policy sends it to ${offline}`);
    const why = reason(offline === "review" ? "unsure.review" : "unsure.warn");
    return { ...f, severity: offline, explanation: f.explanation ? `${f.explanation} ${why}.` : `${why}.` };
  });
  return { findings: out, notes };
}
