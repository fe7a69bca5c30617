// The offline ad writer: arranges the brief's own sentences into a structured French job ad. It invents
// nothing (no salary, benefit or condition the brief does not give) and says that it is offline.

import { sentencesOf, titleOf, withoutEvidence } from "./brief.js";
import { withoutUngivenConditions } from "./conditions.js";
import { genderedTitle } from "./titles.js";
import type { AdDraft, AdWriteRequest, AdWriter } from "./types.js";

const SECTIONS = [
  {
    heading: "Le poste",
    pattern: /\b(?:CDI|CDD|intérim|stage|alternance|temps (?:plein|partiel)|poste|basée?|situé|à [A-ZÉ])/u,
  },
  {
    heading: "Vos missions",
    pattern:
      /\b(?:missions?|vous (?:serez|aurez|allez)|gérer|développer|assurer|participer|accompagner|concevoir|vendre|conseiller|piloter|animer|encadrer|réaliser|accueillir|préparer|entretenir|livrer|conduire)\b|\bvous\s+\p{L}+(?:erez|irez|rez)(?!\p{L})/iu,
  },
  {
    heading: "Votre profil",
    pattern:
      /\b(?:expériences?|maîtrise|maîtriser|connaissances?|diplômée?s?|compétences?|formation|bac|permis|anglais|niveau|savoir|qualités?|certifications?|CACES|habilitation)\b/iu,
  },
  {
    heading: "Conditions",
    pattern:
      /(?:salaire|rémunération|€|k€|euros|avantages?|tickets?|mutuelle|horaires?|télétravail|primes?|congés|RTT|week-ends?)/iu,
  },
] as const;

const OTHER = "À propos";
const CLOSING = "Toutes les candidatures sont étudiées sur la base des compétences et de l'expérience.";

function sectionOf(sentence: string): string {
  for (const section of SECTIONS) if (section.pattern.test(sentence)) return section.heading;
  return OTHER;
}

export function composeOfflineAd(brief: string, removedEvidence: string[]): AdDraft {
  const title = genderedTitle(titleOf(brief) ?? "Offre d'emploi");
  const grouped = new Map<string, string[]>();
  for (const raw of sentencesOf(brief)) {
    const sentence = removedEvidence.reduce((s, evidence) => (s ? withoutEvidence(s, evidence) : s), raw);
    if (!sentence) continue;
    const heading = sectionOf(sentence);
    grouped.set(heading, [...(grouped.get(heading) ?? []), sentence]);
  }
  const order = [...SECTIONS.map((s) => s.heading), OTHER];
  const body = order
    .filter((heading) => grouped.has(heading))
    .map((heading) => `${heading}\n${(grouped.get(heading) ?? []).map((s) => `- ${s}.`).join("\n")}`);
  return { title, text: withoutUngivenConditions([title, ...body, CLOSING].join("\n\n"), brief) };
}

export function createOfflineAdWriter(): AdWriter {
  return {
    offline: true,
    async write({ brief, feedback, sink }: AdWriteRequest): Promise<AdDraft> {
      const started = performance.now();
      const removed = [...new Set(feedback.map((f) => f.evidence).filter((e) => e.trim().length > 0))];
      const draft = composeOfflineAd(brief, removed);
      await sink?.({
        provider: "offline",
        model: "offline-rules-v1",
        promptName: "ad-writer",
        promptVersion: "offline-v1",
        inputTokens: brief.split(/\s+/u).length,
        outputTokens: draft.text.split(/\s+/u).length,
        latencyMs: performance.now() - started,
        attempts: 1,
        offline: true,
      });
      return draft;
    },
  };
}
