// The offline rationale: built only from the job's own words and the computed facts (facts.ts), so it can
// neither invent a fact about the candidate nor bring back anything the redaction took out.
import { coverageFact, experienceFact, fr, recommendationWords } from "./facts.js";
import { fold } from "./text.js";
import type { RationaleRequest, RationaleWriter, Requirement, ScoredCv } from "./types.js";

function kept(requirements: Requirement[], avoid: string[]): string {
  return requirements
    .filter((r) => !avoid.some((a) => fold(r.label).includes(a) || a.includes(fold(r.label))))
    .map((r) => r.label)
    .join(", ");
}

const sentence = (text: string) => `${text.charAt(0).toLocaleUpperCase("fr")}${text.slice(1)}.`;

/** Every sentence is one of the fact sheet's lines, so the guards can match each against its source. */
export function offlineRationale(s: ScoredCv, avoid: string[] = []): string {
  const folded = avoid.map(fold).filter((a) => a.trim().length > 0);
  const parts: string[] = [];
  if (s.coverage === null) parts.push("L'offre ne nomme aucune compétence du référentiel ROME/ESCO.");
  else {
    parts.push(sentence(coverageFact(s, kept(s.matched, folded))));
    const missing = kept(s.missing, folded);
    if (missing) parts.push(`Compétences de l'offre absentes du CV : ${missing}.`);
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
        promptVersion: "offline-v1",
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
