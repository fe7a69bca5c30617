// The offline rationale: built only from the job's own words, the CV's own words for what it meets, and
// the computed facts (facts.ts), so it can neither invent a fact about the candidate nor bring back
// anything the redaction took out.

import { foldText as fold } from "../../core/text/fold.js";
import { coverageFact, experienceFact, fr, missingFact, recommendationWords } from "./facts.js";
import type { RationaleRequest, RationaleWriter, Requirement, ScoredCv } from "./types.js";

function kept(requirements: Requirement[], s: ScoredCv, avoid: string[]): Requirement[] {
  const flagged = (text: string) => avoid.some((a) => fold(text).includes(a) || a.includes(fold(text)));
  return requirements.filter((r) => {
    const words = s.evidence.find((e) => e.label === r.label)?.evidence ?? "";
    return !flagged(r.label) && !(words && flagged(words));
  });
}

const sentence = (text: string) => `${text.charAt(0).toLocaleUpperCase("fr")}${text.slice(1)}.`;

/** Every sentence is one of the fact sheet's lines, so the guards can match each against its source. */
export function offlineRationale(s: ScoredCv, avoid: string[] = []): string {
  const folded = avoid.map(fold).filter((a) => a.trim().length > 0);
  // That it is offline is said by the run (engine, disclosure, trace), not here: every sentence of a
  // rationale must be one the guards can hold to a source.
  const parts: string[] = [];
  if (s.coverage === null) parts.push("L'offre ne formule aucune exigence lisible.");
  else {
    parts.push(sentence(coverageFact(s, kept(s.matched, s, folded))));
    const missing = missingFact(s, kept(s.missing, s, folded));
    if (missing) parts.push(sentence(missing));
  }
  const experience = experienceFact(s);
  if (experience) parts.push(`Expérience : ${experience}.`);
  parts.push(`Proximité d'ensemble du CV avec l'offre : ${fr(s.similarity)}.`);
  parts.push(`Score calculé : ${fr(s.score)} ; recommandation : ${recommendationWords(s)}.`);
  return parts.join(" ");
}

export function createOfflineRationaleWriter(): RationaleWriter {
  return {
    offline: true,
    async write({ scored, avoid, sink }: RationaleRequest): Promise<string> {
      const started = performance.now();
      const text = offlineRationale(scored, avoid);
      await sink?.({
        provider: "offline",
        model: "offline-rules-v1",
        promptName: "screener",
        promptVersion: "offline-v2",
        inputTokens: 0,
        outputTokens: text.split(/\s+/u).length,
        latencyMs: performance.now() - started,
        attempts: 1,
        offline: true,
      });
      return text;
    },
  };
}
