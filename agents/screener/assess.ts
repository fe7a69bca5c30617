import { statedYears } from "./experience.js";
import { keysOf, meets } from "./requirements.js";
import type { Assessment, JobProfile, PreparedCv } from "./types.js";

/** The evidence for one CV: which requirements it meets, its stated years, its embedding similarity. */
export function assess(job: JobProfile, cv: PreparedCv, similarity: number): Assessment {
  const keys = keysOf(cv.text);
  const matched = job.requirements.filter((r) => meets(r, keys));
  const missing = job.requirements.filter((r) => !meets(r, keys));
  return {
    id: cv.id,
    matched,
    missing,
    coverage: job.requirements.length === 0 ? null : matched.length / job.requirements.length,
    yearsStated: statedYears(cv.text),
    yearsRequired: job.yearsRequired,
    similarity: Math.round(similarity * 10_000) / 10_000,
  };
}
