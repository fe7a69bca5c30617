// Which sentences a recruiter's synthesis may hold, and which it must never hold. A sentence that
// touches a protected attribute is dropped whole, even if it also says something about skills: half a
// sentence about a candidate's health is still about their health (SC-14, DP-01, L1132-1, GDPR art. 9).
import type { Criterion } from "../../core/contract.js";
import type { SummaryTopic } from "./types.js";

/** Patterns run on folded text (lower case, no accents). */
export const PROTECTED: Array<{ criterion: Criterion; pattern: RegExp }> = [
  {
    criterion: "age",
    pattern:
      /\bagee?s?\b|\b(?:a|ai|avoir|de)\s+\d{2}\s*ans\b(?!\s+d'(?:experience|anciennete))|\bnee?\s+(?:en|le)\b|date de naissance|\bjeune\b|\bsenior\b|\bretraite\b|\bquinqua|\bquadra/u,
  },
  {
    criterion: "family_situation",
    pattern:
      /\bmariee?s?\b|\bepoux\b|\bepouse\b|\bmari\b|\bconjoint|\bcelibataire|\bdivorc|\bpacse|\benfants?\b|\bfils\b|\bfille\b|\bfamille\b|\bfamilial|\bveuve?\b|\bgarde d'enfant/u,
  },
  { criterion: "pregnancy", pattern: /\benceinte\b|\bgrossesse|\bmaternite|\bpaternite|\bbebe\b/u },
  {
    criterion: "health",
    pattern:
      /\bsante\b|\bmaladi|\bmalade\b|\bhandicap|\brqth\b|\bdepression|\bburn.?out|\bmedica|\bmedecin|\btraitement\b|\bhospitalis|\boperation chirurg|\barret (?:de travail|maladie)|\binvalidit/u,
  },
  {
    criterion: "origin",
    pattern:
      /\borigine|\bnationalit|\bnee?\s+a\b|\bimmigr|\bethni|\bcouleur de peau|\baccent\b|\bpays natal|\bsans[- ]papiers|\bnaturalis|\bfrancaise? de souche/u,
  },
  {
    criterion: "religion",
    pattern:
      /\breligi|\bmusulman|\bchretien|\bcatholique|\bprotestant|\bjuive?\b|\bbouddhis|\bramadan|\bvoile\b|\bfoulard|\beglise|\bmosquee|\bsynagogue|\bpratiquante?\b|\bcroyante?\b|\bpriere/u,
  },
  {
    criterion: "residence",
    pattern:
      /\bhabite\b|\bdomicil|\badresse\b|\b\d+,?\s+(?:rue|avenue|boulevard|chemin|place)\b|\bquartier\b|\bbanlieue|\bdemeurant|\b\d{5}\s+\p{L}/u,
  },
  {
    criterion: "physical_appearance",
    pattern:
      /\bphoto|\bphysique\b|\btaille\b|\bpoids\b|\bapparence|\btatou|\bjolie?\b|\bbelle\b|\bbeau\b|\bcorpulen|\bsourire\b/u,
  },
  { criterion: "union_activity", pattern: /\bsyndic|\bmutualist|\bdelegue du personnel|\bgreve/u },
  {
    criterion: "political_opinions",
    pattern: /\bpolitique|\bmilitant|\bparti\b|\belue? municipal|\bmandat electif/u,
  },
  {
    criterion: "sexual_orientation",
    pattern: /\bhomosexu|\bheterosexu|\bgay\b|\blesbienne|\borientation sexuelle|\bcompagne?\b|\btransgenre/u,
  },
  {
    criterion: "personal_data",
    pattern:
      /\bsecurite sociale|\bnir\b|\biban\b|\brib\b|\bcompte bancaire|\bbanque\b|\btelephone|\b0[1-9](?:[ .]?\d{2}){4}\b|@/u,
  },
];

export const TOPIC_PATTERNS: Record<SummaryTopic, RegExp> = {
  skills:
    /\bcompetence|\bmaitris|\bsait\b|\bsavoir|\bconnai|\blogiciel|\boutils?\b|\bexcel\b|\bsql\b|\bpython\b|\bjava|\bcomptab|\bpaie\b|\bgestion\b|\bvente\b|\bnegoci|\bcaces\b|\bhabilitation|\bpermis\b|\bcertifi|\bautonom|\brigueur|\borganis|\bexpertise|\bpratique de|\baise avec/u,
  experience:
    /\bexperience|\ba travaille|\btravaill|\bemploy|\bchez\b|\ba occupe|\bmission|\bstage|\balternance|\bencadr|\bresponsable|\bgere\b|\ba gere|\ba dirige|\ba developpe|\bentreprise|\bsociete|\bequipe|\bclient|\bans d'/u,
  education:
    /\bdiplom|\bformation|\bmaster\b|\blicence\b|\bbac\b|\bbts\b|\bcap\b|\bdut\b|\bbut\b|\becole|\buniversit|\btitulaire|\betudes?\b|\bcursus|\bdoctorat|\bingenieur/u,
  languages:
    /\banglais|\bespagnol|\ballemand|\bitalien|\bportugais|\bchinois|\bjaponais|\brusse\b|\blangues?\b|\bbilingue|\btoeic|\btoefl|\bniveau [abc][12]\b|\bcourant\b/u,
  motivation:
    /\bmotiv|\bsouhait|\binteress|\benvie\b|\bprojet professionnel|\baspir|\bambition|\bpassion|\battire|\bobjectif|\bdisponib|\bveut\b|\bcherche a\b/u,
};

export function protectedCriterion(foldedSentence: string): Criterion | undefined {
  return PROTECTED.find((p) => p.pattern.test(foldedSentence))?.criterion;
}

/** Motivation cues are few and specific; the others (a client, a team) turn up in any sentence. */
const WEIGHT: Partial<Record<SummaryTopic, number>> = { motivation: 2 };

/** The topic with the most (weighted) cues; ties go to the earlier topic in SUMMARY_TOPICS order. */
export function topicOf(foldedSentence: string): SummaryTopic | undefined {
  let best: { topic: SummaryTopic; hits: number } | undefined;
  for (const [topic, pattern] of Object.entries(TOPIC_PATTERNS) as Array<[SummaryTopic, RegExp]>) {
    const hits = (foldedSentence.match(new RegExp(pattern.source, "gu"))?.length ?? 0) * (WEIGHT[topic] ?? 1);
    if (hits > 0 && (!best || hits > best.hits)) best = { topic, hits };
  }
  return best?.topic;
}
