// What a run waiting for a person shows: why it waits and the draft it holds (a screening's ranking, a
// document check's fields). The draft is not released: it is what the reviewer decides on, shown so that
// neither the caller nor the reviewer has to approve blind. The workflow's own reasons (settled after the
// guards) come first, then what the guards flagged.
import type { Finding } from "../../core/contract.js";
import type { GuardedValues } from "./snapshot.js";

export interface PendingReview {
  reasons: string[];
  draft: Record<string, unknown> | null;
}

function fromFindings(findings: Finding[]): string[] {
  const lines = findings
    .filter((f) => f.severity !== "warn")
    .map(
      (f) =>
        `${f.guard} : règle ${f.rule}${f.legalBasis.length ? ` (${f.legalBasis.join(", ")})` : ""}${f.target ? ` — ${f.target}` : ""}`,
    );
  return [...new Set(lines)];
}

export function pendingReview(
  state: Pick<GuardedValues, "draft" | "findings" | "reviewReasons">,
): PendingReview {
  const own = state.reviewReasons;
  const all = [...own, ...fromFindings(state.findings).filter((g) => !own.includes(g))];
  return {
    reasons: all.length > 0 ? all : ["les garde-fous demandent une décision humaine"],
    draft: state.draft?.output ?? null,
  };
}

/** A draft that recommends turning someone down (a screening's ranking with a "reject"): a person decides. */
export function rejectionRecommended(draft: Record<string, unknown> | null): boolean {
  const ranking = draft?.ranking;
  return (
    Array.isArray(ranking) &&
    ranking.some(
      (r) =>
        typeof r === "object" &&
        r !== null &&
        (r as { recommendation?: unknown }).recommendation === "reject",
    )
  );
}
