// The computed facts behind one CV's score, in French: what the offline rationale says, what the model is
// given to write from, and the third source the guards check a rationale against (beside the redacted CV
// and the job), so that a figure or a word taken from the computation is not mistaken for an invention.
// Each met requirement is shown with the CV's own words; each missing one with why it counts as missing.
import { experienceCredit } from "./score.js";
import type { Requirement, ScoredCv } from "./types.js";

export const fr = (x: number) => x.toFixed(2).replace(".", ",");
const num = (x: number) => String(x).replace(".", ",");

const years = (n: number) => `${num(n)} an${n >= 2 ? "s" : ""}`;
const stated = (n: number, source: ScoredCv["yearsSource"]) =>
  source === "dates"
    ? `${years(n)} d'expérience d'après les périodes d'emploi du CV`
    : `${years(n)} d'expérience indiqué${n >= 2 ? "s" : ""} dans le CV`;
const asked = (n: number) => `${years(n)} d'expérience demandé${n >= 2 ? "s" : ""} par l'offre`;

export function labels(requirements: Requirement[]): string {
  return requirements.map((r) => r.label).join(", ");
}

export function experienceFact(s: ScoredCv): string | null {
  if (s.yearsRequired !== null && s.yearsRequired > 0) {
    if (s.yearsStated === null)
      return `aucune durée d'expérience lisible dans le CV (ni période datée, ni durée indiquée) ; ${asked(s.yearsRequired)}`;
    const reached = (experienceCredit(s) ?? 0) >= 1 ? " (durée atteinte)" : " (durée non atteinte)";
    return `${stated(s.yearsStated, s.yearsSource)} ; ${asked(s.yearsRequired)}${reached}`;
  }
  return s.yearsStated === null ? null : stated(s.yearsStated, s.yearsSource);
}

/** "Cegid ou Sage (« Cegid Expert »)": the requirement, then what the CV says for it. */
export function metWithEvidence(s: ScoredCv, shown: Requirement[] = s.matched): string {
  return shown
    .map((r) => {
      const words = s.evidence.find((e) => e.label === r.label)?.evidence;
      return words && r.kind !== "years" ? `${r.label} (« ${words} »)` : r.label;
    })
    .join(", ");
}

/** Why a requirement counts as missing, in a few words a recruiter can check against the CV. */
export function whyMissing(r: Requirement, s: ScoredCv): string {
  if (r.kind === "years")
    return s.yearsStated === null
      ? `${r.label} : aucune durée lisible dans le CV`
      : `${r.label} : ${years(s.yearsStated)} ${s.yearsStated !== null && r.years !== undefined && s.yearsStated >= r.years ? "dans un autre domaine" : "seulement"}`;
  if (r.options.length > 1)
    return `${r.label} : aucune des options (${r.options.map((o) => o.text).join(", ")}) n'apparaît dans le CV`;
  return `${r.label} : non mentionné dans le CV`;
}

/** "Exigences de l'offre présentes dans le CV (4 sur 6) : …", or the plain "aucune" sentence. */
export function coverageFact(s: ScoredCv, shown: Requirement[] = s.matched): string {
  const total = s.matched.length + s.missing.length;
  return s.matched.length === 0
    ? `aucune exigence de l'offre présente dans le CV (0 sur ${total})`
    : `exigences de l'offre présentes dans le CV (${s.matched.length} sur ${total}) : ${metWithEvidence(s, shown)}`;
}

export function missingFact(s: ScoredCv, shown: Requirement[] = s.missing): string | null {
  return shown.length === 0
    ? null
    : `exigences absentes du CV : ${shown.map((r) => whyMissing(r, s)).join(" ; ")}`;
}

export function recommendationWords(s: ScoredCv): string {
  return s.recommendation === "advance"
    ? "à retenir pour la suite"
    : "non retenu à ce stade, sous réserve de la décision d'un recruteur";
}

export function factSheet(s: ScoredCv): string {
  const lines = [
    "Éléments calculés par garde-fou pour ce CV (le score n'est pas rédigé par un modèle) :",
    s.coverage === null ? "- l'offre ne formule aucune exigence lisible" : `- ${coverageFact(s)}`,
    ...(s.coverage !== null ? [`- ${missingFact(s) ?? "exigences absentes du CV : aucune"}`] : []),
    ...(experienceFact(s) ? [`- expérience : ${experienceFact(s)}`] : []),
    `- proximité d'ensemble du CV avec l'offre : ${fr(s.similarity)}`,
    `- score calculé : ${fr(s.score)} ; recommandation : ${recommendationWords(s)}`,
  ];
  return lines.join("\n");
}
