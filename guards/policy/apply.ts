// Detectors name rules; the policy of the run's jurisdiction decides what a rule means there. A finding
// whose rule is "allow" in the jurisdiction, absent from its packs, or limited to other text kinds is
// dropped (with a note saying why, so a reviewer can see what was set aside).
import type { Finding, Jurisdiction, TextKind } from "../../core/contract.js";
import type { Policies } from "./load.js";

export interface Applied {
  findings: Finding[];
  notes: string[];
}

export function applyPolicy(
  findings: readonly Finding[],
  jurisdiction: Jurisdiction,
  kind: TextKind,
  policies: Policies,
): Applied {
  const rules = policies.forJurisdiction(jurisdiction);
  const kept: Finding[] = [];
  const notes: string[] = [];
  for (const finding of findings) {
    const rule = rules.get(finding.rule);
    if (!rule) {
      notes.push(`${finding.rule} «${finding.evidence}»: no such rule in force in ${jurisdiction}, dropped`);
      continue;
    }
    if (rule.effective === "allow") {
      notes.push(
        `${finding.rule} «${finding.evidence}»: lawful in ${jurisdiction} (${rule.legalBasis.join("; ")})`,
      );
      continue;
    }
    if (rule.kinds.length > 0 && !rule.kinds.includes(kind)) {
      notes.push(`${finding.rule} «${finding.evidence}»: rule does not apply to ${kind}`);
      continue;
    }
    const applied: Finding = { ...finding, severity: rule.effective, legalBasis: [...rule.legalBasis] };
    if (rule.suggestion) applied.suggestion = rule.suggestion;
    else delete applied.suggestion;
    kept.push(applied);
  }
  return { findings: kept, notes };
}
