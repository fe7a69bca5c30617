// The computed facts behind one CV's score, in French: what the offline rationale says, what the model is
// given to write from, and the third source the guards check a rationale against (beside the redacted CV
// and the job), so that a figure or a word taken from the computation is not mistaken for an invention.
import { experienceCredit } from "./score.js";
import type { Requirement, ScoredCv } from "./types.js";

export const fr = (x: number) => x.toFixed(2).replace(".", ",");

const years = (n: number) => `${n} an${n > 1 ? "s" : ""}`;
const stated = (n: number) => `${years(n)} d'expérience indiqué${n > 1 ? "s" : ""} dans le CV`;
const asked = (n: number) => `${years(n)} d'expérience demandé${n > 1 ? "s" : ""} par l'offre`;

export function labels(requirements: Requirement[]): string {
  return requirements.map((r) => r.label).join(", ");
}

export function experienceFact(s: ScoredCv): string | null {
  if (s.yearsRequired !== null && s.yearsRequired > 0) {
    if (s.yearsStated === null)
      return `aucune durée d'expérience indiquée dans le CV ; ${asked(s.yearsRequired)}`;
    const reached = (experienceCredit(s) ?? 0) >= 1 ? " (durée atteinte)" : "";
    return `${stated(s.yearsStated)} ; ${asked(s.yearsRequired)}${reached}`;
  }
  return s.yearsStated === null ? null : stated(s.yearsStated);
}

/** "Compétences de l'offre présentes dans le CV (4 sur 6) : Java, SQL…", or the plain "aucune" sentence. */
export function coverageFact(s: ScoredCv, shown: string = labels(s.matched)): string {
  const total = s.matched.length + s.missing.length;
  return s.matched.length === 0
    ? `aucune compétence de l'offre présente dans le CV (0 sur ${total})`
    : `compétences de l'offre présentes dans le CV (${s.matched.length} sur ${total}) : ${shown}`;
}

export function recommendationWords(s: ScoredCv): string {
  return s.recommendation === "advance"
    ? "à retenir pour la suite"
    : "non retenu à ce stade, sous réserve de la décision d'un recruteur";
}

export function factSheet(s: ScoredCv): string {
  const lines = [
    "Éléments calculés par garde-fou pour ce CV (le score n'est pas rédigé par un modèle) :",
    s.coverage === null
      ? "- l'offre ne nomme aucune compétence du référentiel ROME/ESCO"
      : `- ${coverageFact(s)}`,
    ...(s.coverage !== null
      ? [`- compétences de l'offre absentes du CV : ${labels(s.missing) || "aucune"}`]
      : []),
    ...(experienceFact(s) ? [`- expérience : ${experienceFact(s)}`] : []),
    `- proximité d'ensemble du CV avec l'offre : ${fr(s.similarity)}`,
    `- score calculé : ${fr(s.score)} ; recommandation : ${recommendationWords(s)}`,
  ];
  return lines.join("\n");
}
