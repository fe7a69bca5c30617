// The score is computed, never asked of a model, so that it is reproducible and explainable:
//   score = 0.60 × coverage of the job's requirements (ROME/ESCO skills, synonyms included)
//         + 0.25 × cosine similarity of the job's and the redacted CV's embeddings
//         + 0.15 × experience (stated years ÷ required years, capped at 1; 0.5 when the CV states none)
// A component the job gives nothing for (no known skill, no years asked) drops out and the others are
// scaled up to sum to 1. Skills weigh most because they are what a recruiter can check line by line; the
// embedding catches what the lexicon misses; experience counts only as stated, never from dates.
import type { Assessment, Recommendation, ScoredCv } from "./types.js";

export const SCORE_WEIGHTS = { coverage: 0.6, similarity: 0.25, experience: 0.15 } as const;
/** At or above: `advance`. Below: `reject`, which a person must confirm (RGPD art. 22). */
export const ADVANCE_THRESHOLD = 0.5;
/** Experience credit when the job asks for years and the CV states none: neither proof nor disproof. */
export const UNSTATED_EXPERIENCE = 0.5;

export function experienceCredit(a: Pick<Assessment, "yearsStated" | "yearsRequired">): number | null {
  if (a.yearsRequired === null || a.yearsRequired === 0) return null;
  if (a.yearsStated === null) return UNSTATED_EXPERIENCE;
  return Math.min(1, a.yearsStated / a.yearsRequired);
}

export function scoreOf(a: Assessment): number {
  const parts: [number, number][] = [[SCORE_WEIGHTS.similarity, Math.max(0, Math.min(1, a.similarity))]];
  if (a.coverage !== null) parts.push([SCORE_WEIGHTS.coverage, a.coverage]);
  const experience = experienceCredit(a);
  if (experience !== null) parts.push([SCORE_WEIGHTS.experience, experience]);
  const weight = parts.reduce((sum, [w]) => sum + w, 0);
  const score = parts.reduce((sum, [w, v]) => sum + w * v, 0) / weight;
  return Math.round(score * 1000) / 1000;
}

export function recommendationFor(score: number): Recommendation {
  return score >= ADVANCE_THRESHOLD ? "advance" : "reject";
}

/** Best first; equal scores share a rank (1, 2, 2, 4), so that order of input never decides. */
export function rank(assessments: Assessment[]): ScoredCv[] {
  const scored = assessments.map((a) => ({ ...a, score: scoreOf(a) }));
  scored.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return scored.map((s) => ({
    ...s,
    rank: 1 + scored.filter((o) => o.score > s.score).length,
    recommendation: recommendationFor(s.score),
  }));
}
