// A candidate's explanation (AI Act art. 86, RGPD art. 22): the AI's role and the main elements of the
// screening's proposal about them, and who reviewed it, from the real run. The ranking entry comes from the
// released output, else the draft a person is deciding on, else (after the candidate-data purge) the
// screener's trace step, which keeps the score, the rank and the recommendation.
import { z } from "zod";
import { NotFoundError } from "../../core/errors.js";
import { decisionsForRun } from "../../db/queries/review.js";
import { getRunDetail } from "../../db/queries/runs.js";
import { draftsOf } from "../../graphs/drafts.js";
import type { AppDeps } from "../deps.js";
import { maskText } from "../trace/mask.js";

const Entry = z.object({
  id: z.string(),
  score: z.number(),
  rank: z.number(),
  recommendation: z.string(),
  rationale: z.string().optional(),
  matched: z.array(z.string()).optional(),
  missing: z.array(z.string()).optional(),
});
const Ranking = z.object({ ranking: z.array(Entry) });
const ScreenerStep = z.object({
  ranking: z.array(Entry),
  redacted: z.record(z.string(), z.record(z.string(), z.number())).optional(),
});

export interface CandidateExplanation {
  runId: string;
  candidateId: string;
  status: string;
  engine: { provider: string; model: string; offline: boolean };
  candidates: number;
  score: number;
  rank: number;
  recommendation: string;
  rationale: string | null;
  matched: string[] | null;
  missing: string[] | null;
  /** What the screener took out of the CV before reading it, by kind (age, surname, residence…). */
  removed: Record<string, number>;
  review:
    | { kind: "decided"; decision: string; reviewer: string; at: string; reason: string }
    | { kind: "waiting" }
    | { kind: "none" };
  /** The details (rationale, requirements) are gone with the candidate data: only the score and rank stay. */
  detailsPurged: boolean;
}

export async function explainCandidate(
  deps: Pick<AppDeps, "db" | "runs">,
  runId: string,
  candidateId: string,
  options: { clear: boolean },
): Promise<CandidateExplanation> {
  const detail = await getRunDetail(deps.db, runId);
  if (detail?.run.workflow !== "screening") throw new NotFoundError("screening run", runId);
  const { run } = detail;
  const step = detail.steps.find((s) => s.kind === "agent" && s.name === "screener" && s.status === "ok");
  const screener = ScreenerStep.safeParse(step?.output);
  const fromOutput = Ranking.safeParse(run.output);
  const draft = fromOutput.success
    ? undefined
    : Ranking.safeParse((await draftsOf(deps.runs, runId)).at(-1)?.output);
  const ranking = fromOutput.success
    ? fromOutput.data.ranking
    : draft?.success
      ? draft.data.ranking
      : screener.success
        ? screener.data.ranking
        : [];
  const entry = ranking.find((r) => r.id === candidateId);
  if (!entry) throw new NotFoundError("candidate", candidateId);
  const show = (text: string) => (options.clear ? text : maskText(text));
  const decisions = await decisionsForRun(deps.db, runId);
  const last = decisions.at(-1);
  const review: CandidateExplanation["review"] = last
    ? {
        kind: "decided",
        decision: last.decision,
        reviewer: last.reviewer,
        at: last.createdAt.toISOString(),
        reason: show(last.reason),
      }
    : run.status === "needs_review"
      ? { kind: "waiting" }
      : { kind: "none" };
  return {
    runId,
    candidateId,
    status: run.status,
    engine: { provider: run.provider, model: run.model, offline: run.offline },
    candidates: ranking.length,
    score: entry.score,
    rank: entry.rank,
    recommendation: entry.recommendation,
    rationale: entry.rationale === undefined ? null : show(entry.rationale),
    matched: entry.matched?.map(show) ?? null,
    missing: entry.missing?.map(show) ?? null,
    removed: (screener.success ? screener.data.redacted?.[candidateId] : undefined) ?? {},
    review,
    detailsPurged: entry.rationale === undefined,
  };
}
