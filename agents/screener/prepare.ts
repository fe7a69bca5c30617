// A CV on its way to the scorer: instructions aimed at the model are flagged and cut out first (they must
// change nothing), then protected attributes are taken out (they must weigh nothing).
import { findInjections } from "../../core/recognizers/injection/detect.js";
import { injectionFindings } from "../../core/recognizers/injection/findings.js";
import { stripInjections } from "../../core/recognizers/injection/strip.js";
import { redactCv } from "./redact.js";
import type { CandidateCv, PreparedCv } from "./types.js";

export function prepareCv(cv: CandidateCv): PreparedCv {
  const spans = findInjections(cv.text);
  const injections = injectionFindings(cv.text).map((f) => ({
    ...f,
    target: cv.id,
  }));
  const redacted = redactCv(stripInjections(cv.text, spans).text);
  const counts: Record<string, number> = {};
  for (const [criterion, n] of Object.entries(redacted.counts)) if (n) counts[criterion] = n;
  return { id: cv.id, text: redacted.text, redacted: counts, injections };
}
