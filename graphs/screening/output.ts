// What a screening run hands over: the ranking with each CV's rationale, recommendation, verdict and
// findings, why a person must look at it, and how the score was made.

import { z } from "zod";
import {
  ADVANCE_THRESHOLD,
  type AdverseImpact,
  adverseImpact,
  type JobProfile,
  RECOMMENDATIONS,
  SCORE_WEIGHTS,
  type ScoredCv,
} from "../../agents/screener/index.js";
import { Finding, Verdict } from "../../core/contract.js";
import { worstVerdict } from "../supervisor/guard-texts.js";
import type { Settle } from "../supervisor/nodes.js";
import type { ScreeningCvInput } from "./input.js";

const GroupRate = z.object({
  group: z.string(),
  candidates: z.number().int(),
  advanced: z.number().int(),
  selectionRate: z.number(),
  /** Selection rate ÷ the highest group's selection rate. */
  impactRatio: z.number(),
  flagged: z.boolean(),
});

const AdverseImpactShape = z.object({
  rule: z.literal("four-fifths"),
  threshold: z.number(),
  groups: z.array(GroupRate),
  flaggedGroups: z.array(z.string()),
  /** CVs that declared no group are left out of the rates. */
  undeclared: z.number().int(),
}) satisfies z.ZodType<AdverseImpact>;

export const RankingEntry = z.object({
  id: z.string(),
  score: z.number(),
  rank: z.number().int(),
  rationale: z.string(),
  recommendation: z.enum(RECOMMENDATIONS),
  /** pass, or review when a person must confirm (a rejection, an injection), or the guards' worse verdict. */
  verdict: Verdict,
  findings: z.array(Finding),
  matched: z.array(z.string()),
  missing: z.array(z.string()),
  yearsStated: z.number().nullable(),
  similarity: z.number(),
});
export type RankingEntry = z.infer<typeof RankingEntry>;

/** What a screening run hands over (besides the disclosure the supervisor adds). */
export const ScreeningOutputShape = z.object({
  ranking: z.array(RankingEntry),
  humanReviewRequired: z.boolean(),
  reviewReasons: z.array(z.string()),
  job: z.object({ requirements: z.array(z.string()), yearsRequired: z.number().nullable() }),
  scoring: z.object({
    weights: z.object({ coverage: z.number(), similarity: z.number(), experience: z.number() }),
    advanceThreshold: z.number(),
    embeddingModel: z.string(),
    store: z.enum(["pgvector", "memory"]),
  }),
  audit: AdverseImpactShape.nullable(),
});
export type ScreeningOutput = z.infer<typeof ScreeningOutputShape>;

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
      yearsStated: s.yearsStated,
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
      requirements: args.profile.requirements.map((r) => r.label),
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

/**
 * The supervisor's last word on a screening draft: each CV's entry gets the guards' findings on its
 * rationale beside the injection findings made on the CV itself, its verdict, and the run the reasons a
 * person must decide (RGPD art. 22: no rejection without one). The guards tag findings with the CV id only
 * when there are several rationales; a single one is tagged here.
 */
export const settleScreening: Settle<ScreeningOutput> = ({ draft, verdict, findings }) => {
  const only = draft.texts.length === 1 ? draft.texts[0]?.key : undefined;
  const guardFindings = findings.map((f) =>
    f.target === undefined && only !== undefined ? { ...f, target: only } : f,
  );
  // The draft's entries carry only what was found on the CVs at intake; the guards' findings join them.
  const intake = draft.output.ranking.flatMap((entry) => entry.findings);
  const ranking = draft.output.ranking.map((entry) => {
    const entryFindings = [...entry.findings, ...guardFindings.filter((f) => f.target === entry.id)];
    return { ...entry, findings: entryFindings, verdict: entryVerdict(entry, entryFindings, verdict) };
  });
  const reasons = reviewReasons(ranking);
  return {
    output: { ...draft.output, ranking, humanReviewRequired: reasons.length > 0, reviewReasons: reasons },
    findings: [...intake, ...guardFindings],
    reviewReasons: reasons,
  };
};
