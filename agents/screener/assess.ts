import { statedYears } from "./experience.js";
import { evidenceFor, indexCv } from "./requirements.js";
import type { Assessment, JobProfile, MetRequirement, PreparedCv } from "./types.js";

/**
 * The evidence for one CV: which requirements it meets and with which of its words, its years of
 * experience (from its date ranges, else as it states them), its embedding similarity. Years requirements
 * are listed with the others but weigh in the experience part of the score, not the coverage.
 */
export function assess(job: JobProfile, cv: PreparedCv, similarity: number): Assessment {
  const index = indexCv(cv.text);
  const stated = statedYears(cv.text);
  const yearsStated = cv.yearsFromDates ?? stated;
  const evidence: MetRequirement[] = [];
  const matched = job.requirements.filter((r) => {
    const met = evidenceFor(r, index, yearsStated);
    if (met) evidence.push(met);
    return met !== null;
  });
  const missing = job.requirements.filter((r) => !matched.includes(r));
  const skills = job.requirements.filter((r) => r.kind !== "years");
  return {
    id: cv.id,
    matched,
    missing,
    evidence,
    coverage: skills.length === 0 ? null : skills.filter((r) => matched.includes(r)).length / skills.length,
    yearsStated,
    yearsSource: cv.yearsFromDates !== null ? "dates" : stated !== null ? "stated" : null,
    yearsRequired: job.yearsRequired,
    similarity: Math.round(similarity * 10_000) / 10_000,
  };
}
