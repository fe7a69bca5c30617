// Decides, for one criterion match, whether the text DEMANDS or USES the criterion (a finding) or only
// MENTIONS it (no finding), or cannot tell (the judge is asked). The order of the checks is the policy:
// an equal-opportunity sentence or a beneficiary ("auprès de personnes âgées") clears a match before any
// requirement marker can make it one.
import type { Criterion, TextKind } from "../../core/contract.js";
import { reason } from "../../core/reasons.js";
import { type SentenceFrame, sentenceFrame, type TextFrames } from "./frames.js";
import type { LexEntry, Use } from "./lexicon.js";
import { BENEFICIARY, EQUAL_OPPORTUNITY, INCLUSION, JOB_JUSTIFICATION, REQUIREMENT } from "./markers.js";
import type { Sentence } from "./sentences.js";

/**
 * `confidence`: how likely the decision is right, from the way it was reached (wording that is a demand by
 * itself, a strong exclusion, a weak marker such as "profil"), calibrated on the development batches
 * (evals/guards/discrimination-calibration.ts). A "claimed" finding is a lawful exception the text asserts
 * (the law's own age condition, an actor's role, positive action): rule AD-23, for the judge or a person.
 */
export type Decision =
  | { outcome: "finding"; use: Use; why: string; confidence: number; claimed?: boolean }
  | { outcome: "mention"; why: string; confidence: number }
  | { outcome: "unsure"; why: string; confidence: number };

const NO_FRAMES: TextFrames = { rejection: null, accommodation: null, refused: null };

// The criteria the law itself conditions (age for minors and apprentices, sex for same-sex searches and
// roles, nationality for the civil service, fitness for safety jobs): only they can be claimed as lawful.
const CLAIMABLE: ReadonlySet<Criterion> = new Set([
  "age",
  "sex",
  "origin",
  "physical_appearance",
  "disability",
  "health",
  "personal_data",
  // Contracts the law opens to jobseekers and benefit recipients (professionnalisation, contrats aidés).
  "economic_vulnerability",
]);
// An accommodation arranged settles these criteria; it says nothing about the others.
const ACCOMMODATED: ReadonlySet<Criterion> = new Set([
  "disability",
  "health",
  "pregnancy",
  "loss_of_autonomy",
]);

const BENEFICIARY_WINDOW = 70;
// Markers that only say someone is sought ("profil", "candidat", "vous êtes"), not that anyone is excluded.
const WEAK_MARKER =
  /^(?:profils?|candidat\w*|candidates?|applicants?|recherch\w*|cherch\w*|recrut\w*|vous etes|vous avez|you are|looking for|seeking|hiring|wanted|conditions?|criteres?|seule?s?|sans|without|no|aucune?|jamais)$/;

// "Vous aimez le contact client ?": an ad's rhetorical question describes the job, it asks nothing.
const RHETORICAL = /^\W*vous (?!etes-vous|avez-vous)/;

export function useFor(kind: TextKind, sentence: Sentence, frames: TextFrames = NO_FRAMES): Use {
  if (kind === "job_ad" && RHETORICAL.test(sentence.text)) return "requirement";
  if (sentence.question && (sentence.addressed || kind === "interview_questions")) return "question";
  if (kind === "interview_questions" && sentence.addressed) return "question";
  if (kind === "screening_rationale") return "rationale";
  if (kind === "candidate_summary") return "summary";
  // A note, a message or a document that turns someone down: what it cites about the person is a reason.
  if ((kind === "free_text" || kind === "document") && frames.rejection) return "rationale";
  return "requirement";
}

// "vos enfants", "your kids", "son handicap": the candidate's own, whatever verb comes before.
const POSSESSIVE_BEFORE =
  /\b(?:vos|votre|ton|ta|tes|your|ses|son|sa|his|her|their|leur|leurs|mes|mon|ma|my)\s+(?:\S+\s+)?$/;

// "candidats homosexuels", "applicants with…": the word right after a candidate noun is about the candidate.
const CANDIDATE_BEFORE =
  /\b(?:candidate?s?|candidatures?|profils?|postulante?s?|applicants?|candidates?|recrues?|new hires?)(?: (?:de|d'|du|des|with|avec|ayant|qui sont|who are|etant))? ?$/;
// A strong exclusion right after the criterion words ("… s'abstenir", "… non acceptés") is a demand on the
// candidate even when the job serves people ("animateur pour colonie de vacances, candidats … non acceptés").
const STRONG_EXCLUSION_AFTER =
  /^\W{0,3}(?:\S+ ){0,2}(?:s'abstenir|non (?:acceptee?s?|admise?s?|retenue?s?|souhaitee?s?|desiree?s?|toleree?s?)|need not apply|(?:are |will )?not (?:be )?(?:accepted|considered|welcome)|ne (?:seront|sera) pas (?:retenue?s?|acceptee?s?|considere\w*))/;

// "vous êtes bénéficiaire de l'AAH", "il est titulaire d'une RQTH": the candidate's own status, even
// though "bénéficiaire" usually names people served.
const SELF_BEFORE =
  /\b(?:vous etes|etes-vous|es-tu|tu es|il est|elle est|est-il|est-elle|you are|are you|is he|is she|he is|she is|etre|being) (?:un |une |le |la |a |an )?(?:beneficiaire|allocataire|titulaire|reconnue?|atteinte?|porteu(?:r|se)|recipient|on|sous|adherente?|membre|member|inscrite?|affiliee?|encartee?) (?:\S+ ){0,6}(?:l'|d')?$/;

// "pour les malvoyants", "for the elderly" right before the word: people served.
const SERVED_BEFORE =
  /(?<!\b(?:pas|not|non|uniquement|seulement|exclusivement|reserve|reservee|only|exclusively|sauf) )\b(?:(?:pour|for) (?:les |des |nos |vos |the |our |des personnes |people )|(?:master|experience|diplome|specialisee?|formation|experte?|licence|technicien(?:ne)?|docteur|chercheu(?:r|se)|ingenieur|doctorat|cursus|degree|phd|background|specialist|specialized|trained) (?:en|in) |(?:secteur|domaine|field|sector|laboratoire|service|unite|departement|droit|law|specialite|specialiste|expert|experte|expertise|mission|referente?|pole|politique|accord|cellule|correspondante?|semaine|journee|label|charte|plan|cause|observatoire|commission|office|policy|officer|lead) (?:de la |du |des |de l'|d'|de |en |of |in |on )?|(?:ligne|collection|gamme|mode|rayon|marque|boutique|magasin|vetements?|chaussures|coiffure|section|categorie|club|team|league|equipe) (?:de |d'|des |pour )?|(?:clients?|clientele|patients?|residents?|usagers?|publics?|customers?|students?|eleves?|beneficiaires?|adherents?|visiteurs?|voyageurs?|passagers?|consommateurs?) (?:(?!d'|de |des |du |un |une |d'un)[^\s,;:.()]+ )?(?:de |d'|des )?|(?<!\b(?:pas|not|non|no|only|uniquement|seulement|suitable|adaptee?|ouverte?|open|accessible|interdite?|closed|fermee?|reserved|reservee?|ideale?|idealement|ideally|perfect|parfaite?|suited|great|good|best|better|plutot|davantage|mieux) )\b(?:for|pour|aupres de|aux|to) (?:the |our |les |des |nos |vos |their )?(?!someone|somebody|anyone|one |quelqu)[a-z]+ (?:with|avec|ayant|atteints? d(?:e |')|souffrant d(?:e |')) |\b(?:un nouveau|une nouvelle|un|une|vos|nos|a new|a|an|your|our) (?:collegues?|collaborat(?:eur|rice)s?|salariee?s?|employee?s?|agents?|coworkers?|colleagues?|team members?|stagiaires?|equipiers?|equipieres?) (?:[^\s,;:.()]+ )?(?:en situation de |atteinte?s? d(?:e |')|souffrant d(?:e |')|ayant (?:un |une )?|avec (?:un |une )?|with (?:a |an )?)?|(?:pour|for|aupres|with|avec) (?:de |d')?(?:les |des |nos |vos |ses |leurs |the |our |their )(?:participants?|apprenants?|utilisateurs?|users?|learners?|retraitee?s|seniors|aines|personnes agees|elderly|spectateurs?|lecteurs?|auditeurs?|collegiens?|lyceens?|etudiants?|familles?|parents|salaries?|collaborat(?:eurs|rices)|travailleurs|agents|employes|employees|workers|colleagues|collegues|stagiaires|jeunes|enfants|children|kids|athletes|sportifs|joueurs|players|members|membres|delegues|representants|elus|organisations|partenaires sociaux|instances|unions|union representatives) (?:de |agee?s de |aged )?|(?<!\b(?:pas|sans|aucune?|ni|non|no|not|reservee?s?|ouverte?s?|adaptee?s?|destinee?s?|accessibles?|interdite?s?|fermee?s?|limitee?s?|exclusivement|uniquement|seulement|candidatures?|candidats?|profils?|cv|embauche|recrutement|emploi|recherch\w*|cherch\w*|recrut\w*|voulons|souhait\w*|privilegi\w*|embauch\w*|selectionn\w*|accept\w*|prenons|preferons|prefere\w*)(?: a)? )(?:de|des|aux|d') ?personnes? (?:a |en situation de |en |atteintes? d(?:e |')|souffrant d(?:e |')|ayant (?:un |une )?|avec (?:un |une )?)?)$/;

// "elderly patients", "personnes âgées résidentes": the word qualifies the people served that follow it.
const SERVED_AFTER =
  /^(?:\s(?:records|files|data|case files|claims handling)\b|\s(?:households?|menages|foyers)\b|[- ](?:accessible|friendly|inclusive|adapted|adaptee?s?|accessibles?)\b|\s(?:patients?|clients?|clientele|residents?|customers?|users?|usagers?|eleves?|students?|beneficiaires?|pupils|visitors|passengers|voyageurs)\b|'s\b)/;
// "pour enfants", "for disabled people": a plural person word straight after "pour"/"for" names who is served.
const FOR_PLURAL = /\b(?:pour|for) $/;
// "for pregnant teenagers", "pour jeunes mamans isolées": an adjective before people served after "for".
const FOR_BEFORE =
  /(?<!\b(?:pas|not|non|uniquement|seulement|only|exclusivement|reserve|reservee|sauf) )\b(?:pour|for) (?:les |des |the |nos |our )?$/;
const PERSON_PLURAL_AFTER =
  /^ (?:teenagers|teens|women|mothers|people|persons|adults|children|kids|girls|boys|families|workers|employees|individuals|youths?|adolescente?s|femmes|meres|personnes|adultes|enfants|jeunes|familles|patients|clients|eleves|etudiants|students|residents)\b/;

function beneficiaryBefore(
  sentence: Sentence,
  matchStartInSentence: number,
  matched = "",
  after = "",
  clauseOnly = false,
): string | undefined {
  if (SERVED_AFTER.test(after)) return after.trim().split(/\s/)[0];
  if (
    PERSON_PLURAL_AFTER.test(after) &&
    FOR_BEFORE.test(sentence.text.slice(Math.max(0, matchStartInSentence - 24), matchStartInSentence))
  )
    return "for";
  if (
    /(?:s|x|men|people|children|folk)$/.test(matched) &&
    FOR_PLURAL.test(sentence.text.slice(Math.max(0, matchStartInSentence - 6), matchStartInSentence))
  )
    return "pour";
  if (
    CANDIDATE_BEFORE.test(sentence.text.slice(Math.max(0, matchStartInSentence - 30), matchStartInSentence))
  )
    return undefined;
  if (SELF_BEFORE.test(sentence.text.slice(Math.max(0, matchStartInSentence - 80), matchStartInSentence)))
    return undefined;
  if (
    POSSESSIVE_BEFORE.test(sentence.text.slice(Math.max(0, matchStartInSentence - 24), matchStartInSentence))
  )
    return undefined;
  // Union or staff representatives met as counterparts: "réunions avec les délégués syndicaux".
  if (
    COUNTERPART.test(matched) &&
    COUNTERPART_BEFORE.test(sentence.text.slice(Math.max(0, matchStartInSentence - 40), matchStartInSentence))
  )
    return "avec";
  const near = sentence.text.slice(Math.max(0, matchStartInSentence - 48), matchStartInSentence);
  const served = SERVED_BEFORE.exec(near);
  // "section syndicale" is a union body, not a clothing section serving a group.
  if (served && !(/^syndica/.test(matched) && /\bsections? $/.test(served[0]))) return served[0];
  const from = Math.max(0, matchStartInSentence - BENEFICIARY_WINDOW);
  let window = sentence.text.slice(from, matchStartInSentence);
  // A summary or rationale lists facts about one person: "Gestionnaire de paie, catholique pratiquante"
  // names a job, then a belief. What clears a word there must sit in its own clause.
  // A list of complements continues its clause: "dossiers d'arrêt maladie, d'invalidité".
  if (clauseOnly) {
    const cut = Math.max(window.lastIndexOf(","), window.lastIndexOf(";"));
    if (cut < 0 || !LIST_CONTINUATION.test(window.slice(cut + 1))) window = window.slice(cut + 1);
  }
  let last: string | undefined;
  BENEFICIARY.lastIndex = 0;
  for (const m of window.matchAll(BENEFICIARY)) last = m[0];
  return last;
}

const COUNTERPART = /^(?:delegue|representant|elu|organisation|partenaire|union rep)/;
const COUNTERPART_BEFORE =
  /(?<!\b(?:son|sa|ses|ex|ancien|ancienne|etait|est|comme|as|was|is) )\b(?:avec|aupres|with|face|dialogue|negoci\w*|relations?|reunions?|meetings?) (?:avec |with )?(?:les |des |aux |the |de |d')?$/;
const LIST_CONTINUATION = /^\s*(?:et |ou |and |or )?(?:d'|de |des |du |de la |of )/;
const APPLICANTS_EXCLUDED =
  /^[\s\S]*\b(?:(?:please )?(?:do not|don't|dont) apply|need not apply|(?:ne|n') ?(?:postulez|candidatez) pas|merci de ne pas (?:postuler|candidater)|s'abstenir)\b/;

interface SentenceMarkers {
  /** End of the last exclusion of applicants in the sentence ("… please don't apply"), -1 if none. */
  excludedEnd: number;
  equal: RegExpExecArray | null;
  inclusion: RegExpExecArray | null;
  justified: RegExpExecArray | null;
  requirement: RegExpExecArray | null;
}

// Sentence-wide markers are computed once per sentence, not once per criterion word: a long sentence
// full of criterion words would otherwise cost (words x sentence length).
const markerCache = new WeakMap<Sentence, SentenceMarkers>();

function markersOf(sentence: Sentence): SentenceMarkers {
  let found = markerCache.get(sentence);
  if (!found) {
    found = {
      equal: EQUAL_OPPORTUNITY.exec(sentence.text),
      inclusion: INCLUSION.exec(sentence.text),
      justified: JOB_JUSTIFICATION.exec(sentence.text),
      requirement: REQUIREMENT.exec(sentence.text),
      excludedEnd: APPLICANTS_EXCLUDED.exec(sentence.text)?.[0].length ?? -1,
    };
    markerCache.set(sentence, found);
  }
  return found;
}

export function decide(
  entry: LexEntry,
  kind: TextKind,
  sentence: Sentence,
  matchStart: number,
  matchLength = 0,
  frames: TextFrames = NO_FRAMES,
): Decision {
  const use = useFor(kind, sentence, frames);
  const local = matchStart - sentence.start;
  const markers = markersOf(sentence);
  const equal = markers.equal;
  // A reservation to a group is itself worded like an inclusion statement; it must not clear itself.
  if (equal && entry.label !== "reserved" && !(use === "rationale" && entry.strength === "explicit"))
    return {
      outcome: "mention",
      why: reason("discrimination.equalOpportunity", { x: equal[0] }),
      confidence: 0.85,
    };
  if (frames.refused && entry.label !== "reserved")
    return {
      outcome: "mention",
      why: reason("discrimination.refused", { x: frames.refused[0] }),
      confidence: 0.8,
    };
  if (frames.selfIdentification && entry.label !== "reserved")
    return {
      outcome: "mention",
      why: reason("discrimination.selfIdentification", { x: frames.selfIdentification[0] }),
      confidence: 0.8,
    };
  if (frames.accommodation && entry.criteria.some((c) => ACCOMMODATED.has(c)) && use !== "rationale")
    return {
      outcome: "mention",
      why: reason("discrimination.accommodation", { x: frames.accommodation[0] }),
      confidence: 0.8,
    };
  const sentenceLevel =
    use === "requirement" || use === "question" ? sentenceFrame(sentence.text) : undefined;
  // A casting text claims the role's exception in every sentence, not only the one that says "casting".
  const frame: SentenceFrame | undefined =
    sentenceLevel ??
    (frames.role && use === "requirement"
      ? { frame: "role", evidence: frames.role[0], effect: "claims" }
      : undefined);
  if (frame?.effect === "clears")
    return {
      outcome: "mention",
      why: reason("discrimination.lawfulFrame", { frame: frame.frame, x: frame.evidence }),
      confidence: 0.8,
    };
  const inclusion = use === "requirement" ? markers.inclusion : null;
  // "Jeune retraité bienvenu": a welcome addressed to a demand worded by itself does not clear it.
  if (inclusion && entry.label !== "reserved" && entry.strength !== "explicit")
    return {
      outcome: "mention",
      why: reason("discrimination.inclusion", { x: inclusion[0] }),
      confidence: 0.8,
    };
  const strongAfter = STRONG_EXCLUSION_AFTER.test(
    sentence.text.slice(local + matchLength, local + matchLength + 40),
  );
  // "We can't accommodate wheelchair users …, so please don't apply": a later exclusion of applicants makes
  // the people named the candidates, not the people served.
  const excludedLater = markers.excludedEnd > local + matchLength;
  const beneficiary =
    strongAfter || excludedLater
      ? undefined
      : beneficiaryBefore(
          sentence,
          local,
          sentence.text.slice(local, local + matchLength),
          sentence.text.slice(local + matchLength, local + matchLength + 16),
          use === "summary" || use === "rationale",
        );
  // "Résidents de Seine-Saint-Denis": for the residence criterion, residents are the candidates.
  if (
    beneficiary &&
    entry.label !== "reserved" &&
    !(entry.criteria.includes("residence") && /^(?:residents?|habitants?)\b/.test(beneficiary.trim()))
  )
    return {
      outcome: "mention",
      why: reason("discrimination.beneficiary", { x: beneficiary.trim() }),
      confidence: 0.8,
    };
  // A role may ask for any trait the character has ("allure de père de famille"); other exceptions only
  // for the criteria the law itself conditions.
  if (
    frame?.effect === "claims" &&
    use === "requirement" &&
    (frame.frame === "role" ||
      entry.criteriaByMatch !== undefined ||
      entry.criteria.some((c) => CLAIMABLE.has(c)))
  )
    return {
      outcome: "finding",
      use,
      claimed: true,
      why: reason("discrimination.claimed", { frame: frame.frame, x: frame.evidence }),
      confidence: 0.5,
    };
  const justified = markers.justified;
  if (justified && use === "requirement")
    return {
      outcome: "unsure",
      why: reason("discrimination.jobReason", { x: justified[0] }),
      confidence: 0.5,
    };
  if (use === "question")
    return {
      outcome: "finding",
      use,
      why: reason("discrimination.question"),
      confidence: 0.9,
    };
  if (use === "rationale")
    return {
      outcome: "finding",
      use,
      why: frames.rejection
        ? reason("discrimination.rejectionNote", { x: frames.rejection[0].trim() })
        : reason("discrimination.rationale"),
      confidence: kind === "screening_rationale" ? 0.9 : 0.8,
    };
  if (use === "summary")
    return {
      outcome: "finding",
      use,
      why: reason("discrimination.summary"),
      confidence: 0.85,
    };
  if (entry.strength === "explicit")
    return { outcome: "finding", use, why: reason("discrimination.explicit"), confidence: 0.95 };
  const marker = markers.requirement;
  // "Le candidat a 57 ans …, on lui fait une offre": a weak marker ("candidat") in a note that moves the
  // person forward does not make a trait a demand.
  if (marker && frames.advanced && WEAK_MARKER.test(marker[0].trim()))
    return {
      outcome: "mention",
      why: reason("discrimination.advanced", { x: frames.advanced[0] }),
      confidence: 0.75,
    };
  if (marker)
    return {
      outcome: "finding",
      use,
      why: reason("discrimination.marker", { x: marker[0].trim() }),
      confidence: WEAK_MARKER.test(marker[0].trim()) ? 0.6 : 0.85,
    };
  return {
    outcome: "unsure",
    why: reason("discrimination.bareWord"),
    confidence: 0.6,
  };
}
