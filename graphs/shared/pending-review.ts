// What a run waiting for a person shows: why it waits and the draft it holds (a screening's ranking, a
// document check's fields). The draft is not released: it is what the reviewer decides on, shown so that
// neither the caller nor the reviewer has to approve blind. A workflow that knows its reasons puts them in
// its draft's `reviewReasons`; otherwise they are read from the guards' findings.
import type { Finding } from "../../core/contract.js";

export interface PendingReview {
  reasons: string[];
  draft: Record<string, unknown> | null;
}

function fromFindings(findings: Finding[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of findings) {
    if (f.severity === "warn") continue;
    const line = `${f.guard} : règle ${f.rule}${f.legalBasis.length ? ` (${f.legalBasis.join(", ")})` : ""}${f.target ? ` — ${f.target}` : ""}`;
    if (!seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}

export function pendingReview(draft: unknown, findings: Finding[]): PendingReview {
  const output = typeof draft === "object" && draft !== null ? (draft as Record<string, unknown>) : null;
  const own = output?.reviewReasons;
  const reasons = Array.isArray(own) ? own.filter((r): r is string => typeof r === "string") : [];
  const all = [...reasons, ...fromFindings(findings).filter((g) => !reasons.includes(g))];
  return { reasons: all.length > 0 ? all : ["les garde-fous demandent une décision humaine"], draft: output };
}
