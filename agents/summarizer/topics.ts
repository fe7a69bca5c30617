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
      /\bagee?s?\b|\b(?:a|ai|avoir|de)\s+\d{2}\s*ans\b(?!\s+d'(?:experience|anciennete))|\bnee?\s+(?:en|le)\b|date de naissance|\bjeune\b|\bsenior\b|\bretraite\b|\bquinqua|\bquadra|\btrentaine|\bquarantaine|\bcinquantaine|\bsoixantaine|\bborn\b/u,
  },
  {
    criterion: "family_situation",
    pattern:
      /\bmariee?s?\b|\bepoux\b|\bepouse\b|\bmari\b|\bconjoint|\bcelibataire|\bdivorc|\bpacse|\benfants?\b|\bfils\b|\bfille\b|\bfamille\b|\bfamilial|\bveuve?\b|\bgarde d'enfant|\bmarried\b|\bwife\b|\bhusband\b|\bchildren\b|\bkids?\b/u,
  },
  { criterion: "pregnancy", pattern: /\benceinte\b|\bgrossesse|\bmaternite|\bpaternite|\bbebe\b|\bpregnan/u },
  {
    criterion: "health",
    pattern:
      /(?<!centres? (?:de|du) )\bsante\b|\bmaladi|\bhernie|\bcrohn|\bdiabet|\bcancer|\bmalade\b|\bhandicap|\brqth\b|\bdepression|\bburn.?out|\bmedica|\bmedecin|\btraitement\b|\bhospitalis|\boperation chirurg|\barret (?:de travail|maladie)|\binvalidit/u,
  },
  {
    criterion: "origin",
    pattern:
      /\borigine|\bnationalit|\bnee?\s+a\b|\bimmigr|\bethni|\bcouleur de peau|\baccent\b|\bpays natal|\bsans[- ]papiers|\bnaturalis|\bfrancaise? de souche|\bcomes from\b|\btitre de sejour/u,
  },
  {
    criterion: "religion",
    pattern:
      /\breligi|\bmusulman|\bchretien|\bcatholique|\bprotestant|\bjuive?\b|\bbouddhis|\bramadan|\bvoile\b|\bfoulard|\beglise|\bmosquee|\bsynagogue|\bpratiquante?\b|\bcroyante?\b|\bpriere|\bmuslim|\bchristian|\bjewish|\bconfession/u,
  },
  {
    criterion: "residence",
    pattern:
      /\bhabite\b|\bdomicil|\badresse\b|\b\d+,?\s+(?:rue|avenue|boulevard|chemin|place)\b|\bquartier\b|\bbanlieue|\bdemeurant|\b\d{5}\s+\p{L}/u,
  },
  {
    criterion: "physical_appearance",
    pattern:
      /\bphoto|\bphysique\b|\btaille\b|\bpoids\b|\bapparence|\btatou|\bjolie?\b|\bbelle\b|\bbeau\b|\bbel\b|\belegan|\bcorpulen|\bsourire\b/u,
  },
  {
    criterion: "union_activity",
    pattern: /\bsyndic|\bmutualist|\bdelegue du personnel|\bgreve|\bcgt\b|\bcfdt\b|\bfo\b/u,
  },
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

/** Cues of each section, on folded text. The interviewer's verdict and the candidate's wishes are few and
 * specific, so they weigh more than the experience and skill cues that turn up in any sentence. */
export const TOPIC_PATTERNS: Record<SummaryTopic, RegExp> = {
  parcours:
    /\bexperience|\bexp\b|\ba travaille|\btravaill|\bemploy|\bchez\b|\ba occupe|\bmission|\bstage|\balternance|\bencadr|\ba gere|\ba dirige|\bans\b|\bannees\b|\bsaisons?\b|\bdepuis\b|\b(?:19|20)\d{2}\b|\bpuis\b|\bavant\b|\bdiplom|\bformation|\bmaster\b|\blicence\b|\bbac\b|\bbts\b|\bcap\b|\bdut\b|\becole|\buniversit|\btitulaire|\betudes?\b|\bdoctorat|\bdeas\b|\bdeaes\b|\bdees\b|\bide\b|\bobtenu|\byears\b|\bat \p{Lu}?|\bportefeuille|\bjuriste\b|\bsecond de|\bchef de rang|\badjointe? administrati|\bredactrice/gu,
  competences:
    /\bcompetence|\bmaitris|\bsait\b|\bsavoir|\bconnai|\blogiciel|\boutils?\b|\ba l'aise|\bcaces\b|\bhabilit|\bpermis\b|\bcertifi|\bqualifications?\b|\bfimo\b|\bssiap|\bcnaps|\btoeic|\bitil\b|\banglais|\bespagnol|\ballemand|\bitalien|\blangues?\b|\bbilingue|\bcourant\b|\bniveau\b|\bstrong\b|\bsolid\b|\bfluent|\blecture de|\bpratique|\bexpertise|\bbases en|\bsql\b|\bpython\b|\bexcel\b|\bpack office|\bautonom|\bgere\b|\bgere les|\bdsn\b|\b(?:tres )?bon(?:ne)? (?:sur|en)\b|\bexpert/gu,
  souhaits:
    /\bsouhait|\bveut\b|\bvoudrait|\bcherche\b|\brecherche\b|\battente|\battend\b|\bpretention|\bsalaire|\bsalary|\bk€|\b\d+\s?k\b|(?<!\bm)€|\bbrut\b|\bnet\b|\bsmic\b|\bdispo|\bavailable|\bpreavis|\bnotice\b|\blibre\b|\bwants?\b|\bmutation|\btemps (?:plein|partiel)|\bremote\b|\bteletravail|\brentrer|\brester sur|\bs'installer|\bpas de nuit|\bde jour\b|\bimmediat|\bde suite\b|\btout de suite|\bpour commencer|\bmini(?:mum)?\b|\bmax\b|\bprojet professionnel|\bevoluer|\bpasser en|\bredevenir|\bse poser|\bpas d'interim|\bcommune plus petite|\bpas de coupure|\ben coupure/gu,
  appreciation:
    /\bavis\b|\brecommand|\breco\b|\bappreciation|\bimpression|\bje valide|\bon valide|\ba retenir|\bretenue?\b|\bgo\b|\bon le prend|\bon la prend|\bje le prends|\ba embaucher|\ba recruter|\brecruter\b|\bembauche\b|\bbon profil|\ba rappeler|\ba presenter|\bpresenter au|\ba proposer|\ba revoir|\bok pour|\bhire\b|\bstrong hire|\bverdict|\bfeedback|\bmy take|\bserieu|\bclassee? premi|\bpremiere position|\bfavorable|\breserve\b|\bpassionne|\bbienveillant|\brigoureu|\bponctuel|\bsouriant|\bmotive\b|\binstable|\btop\b|\bsolide\b|\bexcellent|\bpositionner|\bmission courte|\ba l'essai|\bpoursuivre|\bcase study|\btechnical round|\bentretien technique|\b2e entretien|\bmission test|\bfiable|\bdouce?\b|\befficace|\bcommunicator|\bapprecie|\brec\b|\bfinal round|\bnext round|\bshortlist/gu,
};

export function protectedCriterion(foldedSentence: string): Criterion | undefined {
  return PROTECTED.find((p) => p.pattern.test(foldedSentence))?.criterion;
}

const WEIGHT: Partial<Record<SummaryTopic, number>> = { appreciation: 3, souhaits: 2 };

/** The section with the most (weighted) cues; a tie goes to a verdict or a wish over a fact. */
export function topicOf(foldedSentence: string): SummaryTopic | undefined {
  let best: { topic: SummaryTopic; hits: number } | undefined;
  for (const [topic, pattern] of Object.entries(TOPIC_PATTERNS) as Array<[SummaryTopic, RegExp]>) {
    const hits = (foldedSentence.match(pattern)?.length ?? 0) * (WEIGHT[topic] ?? 1);
    const wins =
      !best || hits > best.hits || (hits === best.hits && (topic === "appreciation" || topic === "souhaits"));
    if (hits > 0 && wins) best = { topic, hits };
  }
  return best?.topic;
}
