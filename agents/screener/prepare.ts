// A CV on its way to the scorer: instructions aimed at the model are flagged and cut out first (they must
// change nothing), then protected attributes are taken out (they must weigh nothing).
import type { Jurisdiction } from "../../core/contract.js";
import { detectInjection, findInjections, stripInjections } from "../../guards/injection/index.js";
import { redactCv } from "./redact.js";
import type { CandidateCv, PreparedCv } from "./types.js";

export function prepareCv(cv: CandidateCv, jurisdiction: Jurisdiction): PreparedCv {
  const spans = findInjections(cv.text);
  const injections = detectInjection({ text: cv.text, kind: "document", jurisdiction }).findings.map((f) => ({
    ...f,
    target: cv.id,
  }));
  const redacted = redactCv(stripInjections(cv.text, spans).text);
  const counts: Record<string, number> = {};
  for (const [criterion, n] of Object.entries(redacted.counts)) if (n) counts[criterion] = n;
  return { id: cv.id, text: redacted.text, redacted: counts, injections };
}
