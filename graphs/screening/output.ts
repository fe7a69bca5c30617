// What a screening run hands over: the ranking with each CV's rationale, recommendation, verdict and
// findings, why a person must look at it, and how the score was made.
import {
  ADVANCE_THRESHOLD,
  type AdverseImpact,
  adverseImpact,
  type JobProfile,
  type Recommendation,
  type Requirement,
  SCORE_WEIGHTS,
  type ScoredCv,
} from "../../agents/screener/index.js";
import type { Finding, Verdict } from "../../core/contract.js";
import { worstVerdict } from "../shared/nodes.js";
import type { ScreeningCvInput } from "./input.js";

export interface RankingEntry {
  id: string;
  score: number;
  rank: number;
  rationale: string;
  recommendation: Recommendation;
  /** pass, or review when a person must confirm (a rejection, an injection), or the guards' worse verdict. */
  verdict: Verdict;
  findings: Finding[];
  matched: string[];
  missing: string[];
  /** For each matched requirement, the CV's own words that meet it. */
  evidence: Array<{ requirement: string; cvWords: string }>;
  yearsStated: number | null;
  /** "dates": counted from the CV's date ranges; "stated": as the CV states it. */
  yearsSource: "dates" | "stated" | null;
  similarity: number;
}

/** A requirement as the screener read it from the job, so a caller can check the reading. */
export interface RequirementEntry {
  text: string;
  kind: Requirement["kind"];
  /** The alternatives the ad accepts ("Cegid", "Sage" for "Cegid ou Sage"); absent for a single one. */
  options?: string[];
}

export interface ScreeningOutput extends Record<string, unknown> {
  ranking: RankingEntry[];
  humanReviewRequired: boolean;
  reviewReasons: string[];
  job: { requirements: RequirementEntry[]; yearsRequired: number | null };
  scoring: {
    weights: typeof SCORE_WEIGHTS;
    advanceThreshold: number;
    embeddingModel: string;
    store: "pgvector" | "memory";
  };
  audit: AdverseImpact | null;
}

/** A CV's verdict: what the guards said of its rationale, raised to review when a person must decide. */
export function entryVerdict(
  entry: Pick<RankingEntry, "recommendation">,
  findings: Finding[],
  runVerdict: Verdict | null,
): Verdict {
  const fromGuards = findings
    .filter((f) => f.guard !== "injection")
    .map<Verdict>((f) =>
      f.severity === "block"
        ? runVerdict === "block"
          ? "block"
          : "review"
        : f.severity === "review"
          ? "review"
          : "pass",
    );
  const needsPerson = entry.recommendation === "reject" || findings.some((f) => f.guard === "injection");
  return worstVerdict([...fromGuards, needsPerson ? "review" : "pass"]);
}

export function reviewReasons(ranking: RankingEntry[]): string[] {
  const reasons: string[] = [];
  const rejected = ranking.filter((r) => r.recommendation === "reject").length;
  if (rejected > 0)
    reasons.push(
      `${rejected} CV recommandé(s) au rejet : aucune décision de rejet sans intervention humaine (RGPD art. 22, règle SC-09).`,
    );
  const injected = ranking.filter((r) => r.findings.some((f) => f.guard === "injection")).map((r) => r.id);
  if (injected.length > 0)
    reasons.push(
      `Consignes visant le modèle trouvées et écartées dans : ${injected.join(", ")} (à signaler à un recruteur).`,
    );
  const flagged = ranking.filter((r) =>
    r.findings.some((f) => f.guard !== "injection" && f.severity !== "warn"),
  );
  if (flagged.length > 0)
    reasons.push(`Justification signalée par les garde-fous pour : ${flagged.map((r) => r.id).join(", ")}.`);
  return reasons;
}

export function requirementEntry(r: Requirement): RequirementEntry {
  return {
    text: r.label,
    kind: r.kind,
    ...(r.options.length > 1 ? { options: r.options.map((o) => o.text) } : {}),
  };
}

export function buildOutput(args: {
  ranking: ScoredCv[];
  rationales: Map<string, string>;
  findingsOf: (id: string) => Finding[];
  runVerdict: Verdict | null;
  profile: JobProfile;
  cvs: ScreeningCvInput[];
  embeddingModel: string;
  store: "pgvector" | "memory";
}): ScreeningOutput {
  const ranking: RankingEntry[] = args.ranking.map((s) => {
    const findings = args.findingsOf(s.id);
    return {
      id: s.id,
      score: s.score,
      rank: s.rank,
      rationale: args.rationales.get(s.id) ?? "",
      recommendation: s.recommendation,
      verdict: entryVerdict(s, findings, args.runVerdict),
      findings,
      matched: s.matched.map((r) => r.label),
      missing: s.missing.map((r) => r.label),
      evidence: s.evidence.map((e) => ({ requirement: e.label, cvWords: e.evidence })),
      yearsStated: s.yearsStated,
      yearsSource: s.yearsSource,
      similarity: s.similarity,
    };
  });
  const groups = new Map(args.cvs.flatMap((cv) => (cv.group ? [[cv.id, cv.group] as const] : [])));
  const reasons = reviewReasons(ranking);
  return {
    ranking,
    humanReviewRequired: reasons.length > 0,
    reviewReasons: reasons,
    job: {
      requirements: args.profile.requirements.map(requirementEntry),
      yearsRequired: args.profile.yearsRequired,
    },
    scoring: {
      weights: SCORE_WEIGHTS,
      advanceThreshold: ADVANCE_THRESHOLD,
      embeddingModel: args.embeddingModel,
      store: args.store,
    },
    audit: adverseImpact(ranking, groups),
  };
}
