// Decides, for one criterion match, whether the text DEMANDS or USES the criterion (a finding) or only
// MENTIONS it (no finding), or cannot tell (the judge is asked). The order of the checks is the policy:
// an equal-opportunity sentence or a beneficiary ("auprès de personnes âgées") clears a match before any
// requirement marker can make it one.
import type { TextKind } from "../../core/contract.js";
import type { LexEntry, Use } from "./lexicon.js";
import { BENEFICIARY, EQUAL_OPPORTUNITY, INCLUSION, JOB_JUSTIFICATION, REQUIREMENT } from "./markers.js";
import type { Sentence } from "./sentences.js";

export type Decision =
  | { outcome: "finding"; use: Use; why: string }
  | { outcome: "mention"; why: string }
  | { outcome: "unsure"; why: string };

const BENEFICIARY_WINDOW = 70;

// "Vous aimez le contact client ?": an ad's rhetorical question describes the job, it asks nothing.
const RHETORICAL = /^\W*vous (?!etes-vous|avez-vous)/;

export function useFor(kind: TextKind, sentence: Sentence): Use {
  if (kind === "job_ad" && RHETORICAL.test(sentence.text)) return "requirement";
  if (sentence.question && (sentence.addressed || kind === "interview_questions")) return "question";
  if (kind === "interview_questions" && sentence.addressed) return "question";
  if (kind === "screening_rationale") return "rationale";
  if (kind === "candidate_summary") return "summary";
  return "requirement";
}

// "vos enfants", "your kids", "son handicap": the candidate's own, whatever verb comes before.
const POSSESSIVE_BEFORE =
  /\b(?:vos|votre|ton|ta|tes|your|ses|son|sa|his|her|their|leur|leurs|mes|mon|ma|my)\s+(?:\S+\s+)?$/;

// "pour les malvoyants", "for the elderly" right before the word: people served.
const SERVED_BEFORE =
  /(?<!\b(?:pas|not|non|uniquement|seulement|exclusivement|reserve|reservee|only|exclusively|sauf) )\b(?:(?:pour|for) (?:les |des |nos |vos |the |our |des personnes |people )|(?:master|experience|diplome|specialisee?|formation|experte?|licence|technicien(?:ne)?|docteur|chercheu(?:r|se)|ingenieur|doctorat|cursus|degree|phd|background|specialist|specialized|trained) (?:en|in) |(?:secteur|domaine|field|sector|laboratoire|service|unite|departement|droit|law|specialite|specialiste|expert|experte|expertise) (?:de la |du |des |de l'|d'|de |en |of |in )?|(?:ligne|collection|gamme|mode|rayon|marque|boutique|magasin|vetements?|chaussures|coiffure|section|categorie|club|team|league|equipe) (?:de |d'|des |pour )?|(?:clients?|clientele|patients?|residents?|usagers?|publics?|customers?|students?|eleves?|beneficiaires?|adherents?|visiteurs?|voyageurs?|passagers?|consommateurs?) (?:de |d'|des )?|(?<!\b(?:pas|sans|aucune?|ni|non|no|not|reservee?s?|ouverte?s?|adaptee?s?|destinee?s?|accessibles?|interdite?s?|fermee?s?|limitee?s?|exclusivement|uniquement|seulement)(?: a)? )(?:de|des|aux|d') ?personnes? (?:a |en situation de |en |atteintes? d(?:e |')|souffrant d(?:e |')|ayant (?:un |une )?|avec (?:un |une )?)?)$/;

// "elderly patients", "personnes âgées résidentes": the word qualifies the people served that follow it.
const SERVED_AFTER =
  /^(?:\s(?:patients?|clients?|clientele|residents?|customers?|users?|usagers?|eleves?|students?|beneficiaires?|pupils|visitors|passengers|voyageurs)\b|'s\b)/;
// "pour enfants", "for disabled people": a plural person word straight after "pour"/"for" names who is served.
const FOR_PLURAL = /\b(?:pour|for) $/;

function beneficiaryBefore(
  sentence: Sentence,
  matchStartInSentence: number,
  matched = "",
  after = "",
): string | undefined {
  if (SERVED_AFTER.test(after)) return after.trim().split(/\s/)[0];
  if (
    /s$/.test(matched) &&
    FOR_PLURAL.test(sentence.text.slice(Math.max(0, matchStartInSentence - 6), matchStartInSentence))
  )
    return "pour";
  if (
    POSSESSIVE_BEFORE.test(sentence.text.slice(Math.max(0, matchStartInSentence - 24), matchStartInSentence))
  )
    return undefined;
  const near = sentence.text.slice(Math.max(0, matchStartInSentence - 48), matchStartInSentence);
  const served = SERVED_BEFORE.exec(near);
  if (served) return served[0];
  const from = Math.max(0, matchStartInSentence - BENEFICIARY_WINDOW);
  const window = sentence.text.slice(from, matchStartInSentence);
  let last: string | undefined;
  BENEFICIARY.lastIndex = 0;
  for (const m of window.matchAll(BENEFICIARY)) last = m[0];
  return last;
}

interface SentenceMarkers {
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
): Decision {
  const use = useFor(kind, sentence);
  const local = matchStart - sentence.start;
  const markers = markersOf(sentence);
  const equal = markers.equal;
  // A reservation to a group is itself worded like an inclusion statement; it must not clear itself.
  if (equal && entry.label !== "reserved" && !(use === "rationale" && entry.strength === "explicit"))
    return {
      outcome: "mention",
      why: `equal-opportunity or non-use statement («${equal[0]}») in the sentence`,
    };
  const inclusion = use === "requirement" ? markers.inclusion : null;
  if (inclusion && entry.label !== "reserved")
    return { outcome: "mention", why: `inclusion statement («${inclusion[0]}») in the sentence` };
  const beneficiary = beneficiaryBefore(
    sentence,
    local,
    sentence.text.slice(local, local + matchLength),
    sentence.text.slice(local + matchLength, local + matchLength + 16),
  );
  if (beneficiary && entry.label !== "reserved")
    return {
      outcome: "mention",
      why: `describes the people served («${beneficiary.trim()}…»), not the candidate`,
    };
  const justified = markers.justified;
  if (justified && use === "requirement")
    return { outcome: "unsure", why: `a job-related reason («${justified[0]}») is given with the criterion` };
  if (use === "question")
    return { outcome: "finding", use, why: "question about the criterion put to the candidate" };
  if (use === "rationale")
    return { outcome: "finding", use, why: "the criterion is cited in a screening rationale" };
  if (use === "summary")
    return {
      outcome: "finding",
      use,
      why: "a personal characteristic unrelated to the job appears in a summary",
    };
  if (entry.strength === "explicit")
    return { outcome: "finding", use, why: "wording that is a demand by itself" };
  const marker = markers.requirement;
  if (marker)
    return {
      outcome: "finding",
      use,
      why: `requirement or exclusion marker «${marker[0].trim()}» in the same sentence`,
    };
  return { outcome: "unsure", why: "criterion word with no requirement, question or exclusion around it" };
}
