// A CV on its way to the scorer: instructions aimed at the model are flagged and cut out first (they must
// change nothing), then the years of work its date ranges cover are counted (only the duration is kept),
// then protected attributes are taken out (they must weigh nothing; the years go with them, SC-02).
import { findInjections } from "../../core/recognizers/injection/detect.js";
import { injectionFindings } from "../../core/recognizers/injection/findings.js";
import { stripInjections } from "../../core/recognizers/injection/strip.js";
import { yearsFromDates } from "./experience-dates.js";
import { redactCv } from "./redact.js";
import type { CandidateCv, PreparedCv } from "./types.js";

/** `now` comes from the run's clock: "aujourd'hui" and "Present" in a CV mean that day. */
export function prepareCv(cv: CandidateCv, now: Date): PreparedCv {
  const spans = findInjections(cv.text);
  const injections = injectionFindings(cv.text).map((f) => ({
    ...f,
    target: cv.id,
  }));
  const stripped = stripInjections(cv.text, spans).text;
  const redacted = redactCv(stripped);
  const counts: Record<string, number> = {};
  for (const [criterion, n] of Object.entries(redacted.counts)) if (n) counts[criterion] = n;
  return {
    id: cv.id,
    text: redacted.text,
    redacted: counts,
    injections,
    yearsFromDates: yearsFromDates(stripped, now),
  };
}
