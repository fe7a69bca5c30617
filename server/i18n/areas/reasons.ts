// The guards' reasons (core/reasons.ts) as a reviewer reads them. The types make this complete by
// construction: French renders every code (a code the guards write in French is its own French entry),
// English renders every code (a code written in English is its own English entry), and every lawful frame
// and cultural practice a reason can name has its label. A new reason, frame or practice without its words
// here does not compile.
import {
  type ReasonCode,
  WRITTEN_EN,
  WRITTEN_FR,
  type WrittenInEnglish,
  type WrittenInFrench,
} from "../../../core/reasons.js";
import type { PracticeLabel } from "../../../guards/cultural/patterns.js";
import type { LawfulFrame } from "../../../guards/discrimination/frames.js";

const REASONS_IN_FRENCH: Record<WrittenInEnglish, string> = {
  "discrimination.equalOpportunity":
    "déclaration d'égalité des chances ou de non-usage («{x}») dans la phrase",
  "discrimination.refused": "demande discriminatoire rapportée comme refusée («{x}»)",
  "discrimination.accommodation": "un aménagement est prévu («{x}»), personne n'est écarté",
  "discrimination.lawfulFrame": "{frame} («{x}»), pas une exigence",
  "discrimination.inclusion": "déclaration d'inclusion («{x}») dans la phrase",
  "discrimination.beneficiary": "décrit le public servi («{x}…»), pas le candidat",
  "discrimination.claimed":
    "exception légale invoquée ({frame} : «{x}») : le juge ou une personne la vérifie",
  "discrimination.jobReason": "une raison liée au poste («{x}») accompagne le critère",
  "discrimination.question": "question posée au candidat sur le critère",
  "discrimination.rejectionNote": "le critère est cité dans une note qui écarte quelqu'un («{x}»)",
  "discrimination.rationale": "le critère est cité dans une justification de tri",
  "discrimination.summary":
    "une caractéristique personnelle sans lien avec le poste figure dans une synthèse",
  "discrimination.explicit": "formulation qui est une exigence à elle seule",
  "discrimination.marker": "marqueur d'exigence ou d'exclusion «{x}» dans la même phrase",
  "discrimination.bareWord": "mot du critère sans exigence, question ni exclusion autour",
  "discrimination.feminineWithHF": "intitulé «{x}» seulement au féminin, bien que (H/F) suive",
  "discrimination.selfIdentification":
    "auto-déclaration facultative tenue à part de la sélection («{x}»), licite dans cette juridiction",
  "discrimination.advanced": "la personne passe à l'étape suivante («{x}»), le trait ne lui est pas opposé",
  "discrimination.titleClaimed": "intitulé «{x}» à un seul sexe, exception de rôle invoquée",
  "discrimination.feminineOnly":
    "intitulé «{x}» seulement au féminin, sans (H/F) ni forme masculine : une offre à un seul sexe",
  "cultural.practiceNamed": "{practice} «{x}» : pratique citée dans le texte",
  "cultural.requested": "{practice} «{x}» demandé(e) au candidat",
  "cultural.selfIdNotVoluntary":
    "auto-déclaration démographique «{x}» non présentée comme facultative et séparée",
  "cultural.selfIdVoluntary": "auto-déclaration à l'américaine (EEO) de «{x}» (facultative, tenue à part)",
  "cultural.selfId": "auto-déclaration à l'américaine (EEO) de «{x}»",
  "hate.rules": "règles de discours de haine : cible {targets} + {attacks}",
  "hate.spelling": " ; orthographe lue comme {x}",
  "hate.target": "«{x}» ({criterion})",
  "hate.targetByReference": "«{x}» ({criterion}, par référence)",
  "hate.attack.dehum": "terme déshumanisant «{x}»",
  "hate.attack.derog": "qualificatif dénigrant «{x}»",
  "hate.attack.emotion": "haine ou dégoût exprimé «{x}»",
  "hate.attack.threat": "menace ou appel à la violence «{x}»",
  "hate.attack.exclusion": "appel à l'exclusion «{x}»",
  "hate.attack.profanity": "grossièreté visant le groupe «{x}»",
  "hate.attack.implicit": "dénigrement implicite «{x}»",
  "hate.attack.slur": "injure «{x}»",
  "hate.attack.deniedWorth": "négation de la valeur ou des droits «{x}»",
  "judge.said": "juge : {x}",
};

const REASONS_IN_ENGLISH: Record<WrittenInFrench, string> = {
  "unsure.review": "unsure with no judge: sent to a person (policy)",
  "unsure.warn": "unsure with no judge: flagged only (policy)",
  "pii.found": "pii-detector: {x} in a text of kind {kind}.",
  "injection.found": "injection-detector: {x} — {y}.",
};

const FRAMES_FR: Record<LawfulFrame, string> = {
  statute: "condition posée par la loi",
  role: "rôle à interpréter (acteur, modèle)",
  positive_action: "action positive prévue par la loi",
  accommodation: "aménagement raisonnable",
  anonymisation: "données masquées ou anonymisées",
  refused_demand: "demande discriminatoire refusée",
  rights: "rappel des droits",
  hiring_aid: "aide à l'embauche",
};
const FRAMES_EN: Record<LawfulFrame, string> = {
  statute: "the law's own condition",
  role: "a role to play (actor, model)",
  positive_action: "positive action the law provides",
  accommodation: "reasonable accommodation",
  anonymisation: "data masked or anonymised",
  refused_demand: "a discriminatory demand refused",
  rights: "a statement of rights",
  hiring_aid: "a hiring aid",
};

const PRACTICES_FR: Record<PracticeLabel, string> = {
  photo: "photo",
  "date of birth": "date de naissance",
  "marital status": "situation de famille",
  nationality: "nationalité",
  "national identifier or bank details": "identifiant national ou coordonnées bancaires",
  "pay history": "historique de rémunération",
  "race or ethnicity question": "question sur l'origine ou l'ethnie",
  "culture fit": "« culture fit » (adéquation culturelle)",
  "at-will employment": "licenciement sans motif (« at-will »)",
  "drug test": "dépistage de drogues",
  "credit check": "vérification de solvabilité",
  "background check": "vérification des antécédents",
  "emotion inference": "inférence des émotions",
  "automated rejection": "rejet automatisé",
  "social-media screening": "examen des réseaux sociaux",
  "graphology or astrology": "graphologie ou astrologie",
};
const PRACTICES_EN: Record<PracticeLabel, string> = {
  photo: "photo",
  "date of birth": "date of birth",
  "marital status": "marital status",
  nationality: "nationality",
  "national identifier or bank details": "national identifier or bank details",
  "pay history": "pay history",
  "race or ethnicity question": "race or ethnicity question",
  "culture fit": "culture fit",
  "at-will employment": "at-will employment",
  "drug test": "drug test",
  "credit check": "credit check",
  "background check": "background check",
  "emotion inference": "emotion inference",
  "automated rejection": "automated rejection",
  "social-media screening": "social-media screening",
  "graphology or astrology": "graphology or astrology",
};

/** Every reason code in both languages: the guards' own words in their language, the renderings above in the other. */
export const REASON_TEXT: Readonly<Record<"fr" | "en", Readonly<Record<ReasonCode, string>>>> = {
  fr: { ...WRITTEN_FR, ...REASONS_IN_FRENCH },
  en: { ...WRITTEN_EN, ...REASONS_IN_ENGLISH },
};

/** The labels of the codes a reason's hole can hold, besides the contract's own sets (criterion, kind). */
export const REASON_LABELS = {
  frame: { fr: FRAMES_FR, en: FRAMES_EN },
  practice: { fr: PRACTICES_FR, en: PRACTICES_EN },
} as const;
