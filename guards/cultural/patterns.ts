// Practices whose lawfulness depends on the jurisdiction (catalogue sections B, D, E): what is collected
// from the candidate (photo, date of birth, marital status, nationality, identifiers, pay history), how
// the selection is run (EEO self-identification, drug tests, credit and background checks, emotion
// inference, automated rejection, graphology) and contract terms (at-will). The detector emits the same
// rule id everywhere; the policy of the run's jurisdiction decides whether it is lawful there.
// Patterns run on folded text (../discrimination/normalise.ts) and are compiled once.
import type { Criterion } from "../../core/contract.js";

/** The practices' names, which the reviewers' pages show by their label (server/i18n/areas/reasons.ts). */
export const PRACTICE_LABELS = [
  "photo",
  "date of birth",
  "marital status",
  "nationality",
  "national identifier or bank details",
  "pay history",
  "race or ethnicity question",
  "culture fit",
  "at-will employment",
  "drug test",
  "credit check",
  "background check",
  "emotion inference",
  "automated rejection",
  "social-media screening",
  "graphology or astrology",
] as const;
export type PracticeLabel = (typeof PRACTICE_LABELS)[number];

export interface Practice {
  rule: string;
  label: PracticeLabel;
  criteria: Criterion[];
  re: RegExp;
  /** "collected": a finding only when asked for (request verb, form field, question); "practice": always. */
  mode: "collected" | "practice";
}

const w = (parts: string[]): RegExp => new RegExp(`\\b(?:${parts.join("|")})\\b`, "g");

export const PRACTICES: readonly Practice[] = [
  {
    rule: "CU-01",
    label: "photo",
    criteria: ["personal_data", "physical_appearance"],
    mode: "collected",
    re: w([
      "cv avec photo",
      "(?:votre|une|avec|sa|d'une) photo(?:graphie)?s?(?: d'identite| recente| en pied)?",
      "photo(?:graphie)?s? (?:d'identite|recente|de vous|du candidat|en pied|obligatoire|exigee|requise|jointe|souhaitee|indispensable)",
      "photos? (?:required|mandatory|of yourself)",
      "(?:your|a recent|include a|attach a|with a|with) (?:photo|photograph|picture|headshot)s?",
      "headshots?",
      "selfies?",
    ]),
  },
  {
    rule: "CU-02",
    label: "date of birth",
    criteria: ["age", "personal_data"],
    mode: "collected",
    re: w([
      "dates? de naissance",
      "annee de naissance",
      "dates? of birth",
      "birth ?dates?",
      "birth year",
      "dob",
      "votre age",
      "your age",
      "age du candidat",
    ]),
  },
  {
    rule: "CU-03",
    label: "marital status",
    criteria: ["family_situation"],
    mode: "collected",
    re: w([
      "situation (?:de famille|familiale|matrimoniale)",
      // Not the town-hall department ("agent d'état civil", "service de l'état civil", "actes d'état civil").
      "(?<!(?:agents?|officiers?|services?|bureaux?|registres?|actes?|officers?|pole|guichet|gestion|mairie) (?:d'|de l'|du |de )?)etat civil",
      "marital status",
      "nombre d'enfants",
      "number of (?:children|dependents|dependants)",
      "nom de jeune fille",
      "maiden name",
      "spouse'?s? (?:name|occupation|employer)",
      "(?:nom|profession) (?:du|de votre) conjoint",
    ]),
  },
  {
    rule: "CU-04",
    label: "nationality",
    criteria: ["origin"],
    mode: "collected",
    re: w([
      "nationalites?",
      "nationalit(?:y|ies)",
      "citizenship",
      "citoyennete",
      "lieux? de naissance",
      "place of birth",
      "pays de naissance",
      "country of (?:birth|origin)",
    ]),
  },
  {
    rule: "CU-05",
    label: "national identifier or bank details",
    criteria: ["personal_data"],
    mode: "collected",
    re: w([
      "(?:numero de )?securite sociale",
      "nir",
      "social security (?:number|no)",
      "ssn",
      "rib",
      "iban",
      "coordonnees bancaires",
      "bank (?:details|account (?:number|details))",
      "(?:copie|photocopie|scan) (?:de |d')?(?:la |votre |sa )?(?:carte d'identite|piece d'identite|passeport|carte vitale)",
      "passport (?:copy|number)",
      "carte vitale",
      "driver'?s license number",
    ]),
  },
  {
    rule: "CU-10",
    label: "pay history",
    criteria: ["personal_data"],
    mode: "collected",
    re: w([
      "historique (?:de |des )?(?:remunerations?|salaires?)",
      "(?:salaire|remuneration)s? (?:actuel(?:le)?|precedente?|anterieure?|passee?|des (?:derniers|precedents) (?:postes|emplois))",
      "derni(?:er|ers|ere|eres) (?:salaires?|bulletins? de (?:paie|salaire)|fiches? de paie)",
      "salary history",
      "(?:current|previous|past|prior|last) (?:salary|compensation|pay|wage)s?",
      "pay ?stubs?",
      "w-2s?",
    ]),
  },
  {
    rule: "CU-11",
    label: "race or ethnicity question",
    criteria: ["origin"],
    mode: "collected",
    re: w([
      "(?:origine|appartenance) ethnique",
      "race",
      "ethnicit(?:y|e)",
      "ethnic (?:group|origin|background|identity)",
      "racial (?:group|identity|background)",
      "couleur de peau",
      "skin colou?r",
    ]),
  },
  {
    rule: "CU-06",
    label: "culture fit",
    criteria: [],
    mode: "practice",
    re: w([
      "culture fit",
      "cultural fit",
      "fit (?:culturel|avec (?:la|notre) culture|with (?:the|our) culture|with the team)",
      "(?:not|isn't|wasn't) a (?:good )?(?:culture |cultural )?fit",
      "(?:pas|plus) (?:le bon )?fit",
      "pas dans l'esprit (?:maison|de l'equipe|de la boite)",
      "(?:doesn't|does not|wouldn't|would not|won't) fit in",
      "ne (?:colle|collerait) pas (?:a|avec) (?:l'equipe|la culture|l'esprit)",
      "pas (?:le|notre) (?:profil|style) maison",
    ]),
  },
  {
    rule: "CU-07",
    label: "at-will employment",
    criteria: [],
    mode: "practice",
    re: w([
      "at[- ]will",
      "employment at will",
      "licenci\\w* a tout moment(?: et)? sans (?:motif|preavis|raison|justification)",
      "terminat\\w* at any time(?:,)? (?:for any reason|with or without)",
      "with or without (?:cause|notice|reason)",
      "for any (?:lawful )?reason or no reason",
    ]),
  },
  {
    rule: "CU-08",
    label: "drug test",
    criteria: ["health"],
    mode: "practice",
    re: w([
      "drug (?:tests?|testing|screens?|screening|panel)",
      "(?:tests?|depistages?|controles?|analyses?) (?:de |des |du )?(?:drogues?|stupefiants?|cannabis|thc)",
      "(?:tests?|analyses?|controles?) (?:urinaires?|salivaires?)",
      "pre-?employment (?:drug|urine|urinalysis)",
      "urinalysis",
    ]),
  },
  {
    rule: "CU-09",
    label: "credit check",
    criteria: ["economic_vulnerability"],
    mode: "practice",
    re: w([
      "credit (?:checks?|history|reports?|scores?|background)",
      "verification (?:de |du |de la )?(?:credit|solvabilite|situation financiere)",
      "(?:score|historique|dossier) de credit",
      "enquetes? de solvabilite",
      "solvabilite",
      "fichier banque de france",
    ]),
  },
  {
    rule: "CU-12",
    label: "background check",
    criteria: ["personal_data"],
    mode: "practice",
    re: w([
      "background (?:checks?|screening|investigations?)",
      "criminal (?:record|background|history)(?: checks?)?",
      "(?:extrait de )?casier judiciaire",
      "verification (?:des )?antecedents",
      "antecedents judiciaires",
      "enquetes? de moralite",
    ]),
  },
  {
    rule: "SC-07",
    label: "emotion inference",
    criteria: ["personal_data"],
    mode: "practice",
    re: w([
      "(?:analyse|reconnaissance|detection|mesure|score|scoring|evaluation) (?:automatique )?(?:des |d'|de l'|de la |du )?(?:emotions?|emotionnelle|expressions? faciales?|micro-expressions?|stress|sincerite|enthousiasme|humeur|voix|visage)",
      "emotions? (?:detectees?|analysees?)",
      "(?:detecte|detecter|mesure|mesurer|analyse|analyser|evalue|evaluer|infere|inferer)\\w* (?:le |la |les |l'|leur |son |sa )?(?:stress|sincerite|enthousiasme|emotions?|nervosite|honnetete|humeur)",
      "(?:detects?|measures?|infers?|scores?|reads?) (?:the )?(?:candidates'? )?(?:stress|sincerity|enthusiasm|emotions?|nervousness|honesty|mood)",
      "(?:stress|sincerite|enthousiasme|nervosite|honnetete|confiance en soi) (?:detecte|detectee|mesuree?|analysee?|evaluee? par)",
      "emotion(?:al)? (?:recognition|detection|analysis|ai|inference|scoring)",
      "facial (?:expression|analysis|coding|emotion)s?",
      "(?:stress|enthusiasm|sincerity|honesty|nervousness|confidence|engagement) (?:detected|score|level|analysis|detection)",
      "(?:voice|vocal|tone of voice) (?:analysis|stress|emotion)",
      "micro-?expressions?",
      "sentiment analysis of (?:the )?(?:video|interview|candidates?)",
      "hirevue",
    ]),
  },
  {
    rule: "SC-09",
    label: "automated rejection",
    criteria: [],
    mode: "practice",
    re: w([
      "(?:rejet|refus|rejete|refuse|ecarte|elimine|exclu)e?s? automatiquement",
      "(?:rejet|refus|elimination|exclusion) (?:automatique|automatise)",
      "sans (?:aucune )?(?:intervention|revue|validation|relecture|controle|supervision) humaine",
      "auto(?:matically)?[- ]reject(?:ed|s|ion)?",
      "(?:rejected|rejection|screened out|filtered out|eliminated|declined) automatically",
      "without (?:any )?human (?:review|intervention|oversight|involvement)",
      "no human (?:review|in the loop|intervention)",
      "fully automated (?:decisions?|rejections?|screening|hiring)",
    ]),
  },
  {
    rule: "SC-11",
    label: "social-media screening",
    criteria: ["personal_data"],
    mode: "practice",
    re: w([
      "(?:analyse|consultation|scraping|surveillance|verification|examen|fouille) (?:de |des )?(?:ses |leurs |vos )?(?:reseaux sociaux|profils? (?:facebook|instagram|tiktok|personnels?))",
      "social media (?:screening|checks?|scraping|scans?|background|history|monitoring)",
      "scrap(?:e|ing|ed) (?:their|his|her|the candidates'?|candidates'?) (?:social|online|facebook|instagram|personal)",
      "(?:a l'insu|sans (?:l'|les |en )?informer) (?:du|des|le|les) candidate?s?",
      "without (?:telling|informing|notifying) (?:the )?candidates?",
    ]),
  },
  {
    rule: "SC-12",
    label: "graphology or astrology",
    criteria: ["personal_data"],
    mode: "practice",
    re: w([
      "graphologi\\w*",
      "analyse (?:graphologique|de l'ecriture|d'ecriture)",
      "astrolog\\w*",
      "signes? (?:astrologiques?|du zodiaque)",
      "horoscopes?",
      "zodia\\w*",
      "numerolog\\w*",
      "morphopsycholog\\w*",
      "handwriting analysis",
      "theme astral",
      "birth charts?",
      "groupe sanguin",
      "blood type",
    ]),
  },
];

/** The candidate is asked to give the item: request verbs, "obligatoire", or an empty form field. */
export const REQUEST = new RegExp(
  [
    "\\b(?:merci|priere) d(?:e |')(?:preciser|indiquer|joindre|fournir|mentionner|communiquer|renseigner|transmettre|nous (?:transmettre|communiquer|envoyer|indiquer|faire parvenir)|envoyer|ajouter)",
    "\\bveuillez (?:preciser|indiquer|joindre|fournir|mentionner|communiquer|renseigner|transmettre|envoyer|ajouter|nous)",
    "\\b(?:indiquez|precisez|joignez|fournissez|mentionnez|renseignez|communiquez|envoyez|ajoutez|transmettez)\\b",
    "\\b(?:a )?(?:joindre|fournir|renseigner|indiquer|preciser|communiquer)\\b",
    "\\b(?:accompagnee?|assortie?) d(?:e |')",
    "\\bavec photo\\b",
    "\\b(?:exigee?s?|obligatoires?|requise?s?|demandee?s?|necessaires?|indispensables?|souhaitee?s?)\\b",
    "\\b(?:please )?(?:provide|include|attach|state|list|indicate|enter|submit|upload|specify|disclose|send|share|give)\\b",
    "\\b(?:required|mandatory|must|requested|needed)\\b",
    "\\b(?:sera|seront|will be) (?:verifiee?s?|demandee?s?|requested|checked|collected)",
    "\\b(?:demanderons|demandons|exigeons|exigerons|collectons|recueillons|collecterons)\\b",
    "\\b(?:we will|we) (?:ask for|collect|require|request)\\b",
    "\\bself[- ]identif\\w*",
    "\\bauto-?identifi\\w*",
  ].join("|"),
);

/** An application form field: "Date de naissance : ____", "Nationality: [ ]". */
export const FORM_FIELD = /^\s*(?::|_{2,}|\[ ?\]|\.{3,}|\(.{0,20}\)\s*:)/;

/** The item is named to say it is not collected ("CV sans photo", "we never ask your date of birth"). */
export const NOT_COLLECTED = new RegExp(
  [
    "\\bsans (?:photo|date de naissance|indication)",
    "\\b(?:ne|n') ?(?:vous |leur |lui )?(?:joignez|indiquez|precisez|mentionnez|fournissez|demandons|demanderons|collectons|demande|envoyez) (?:pas|jamais|aucune?)",
    "\\bpas (?:de|besoin de) (?:photo|date de naissance)",
    "\\baucune (?:photo|information)",
    "\\b(?:no|without) (?:photos?|pictures?|headshots?|date of birth)",
    "\\b(?:do not|don't|never|will not|won't|we do not|we don't|please do not|please don't) (?:include|attach|send|ask|request|collect|provide|share|require)",
    "\\bnon (?:requise?s?|obligatoires?|necessaires?|demandee?s?)",
    "\\bpas (?:requise?s?|obligatoires?|necessaires?|demandee?s?)",
    "\\bnot (?:required|requested|needed|necessary|collected)",
    "\\bapres (?:l'embauche|votre embauche|embauche|la signature|signature|le recrutement)",
    "\\bpour (?:la paie|le versement (?:du|des) salaires?)",
    "\\b(?:after|once) (?:hire|hiring|an offer|a conditional offer|you are hired|the offer)",
    "\\b(?:interdit|prohibited|illegal|unlawful)",
  ].join("|"),
);

/** A voluntary and separate self-identification (US-01 lawful in the US). */
export const VOLUNTARY = new RegExp(
  [
    "\\boptional\\b",
    "\\boptionnel",
    "\\bfacultati",
    "\\bvoluntar",
    "\\bvolontaire",
    "\\bconfidenti",
    "\\bnot (?:be )?used (?:in|for|to)",
    "\\bn'est pas utilise",
    "\\bseparate",
    "\\bsepare",
    "\\bkept apart",
    "\\bwill not affect",
    "\\bn'aura aucune (?:incidence|influence)",
    "\\bdecline to",
    "\\bprefer not to",
    "\\bchoose not to",
  ].join("|"),
);

export const SELF_ID =
  /\b(?:self[- ]identif\w*|auto-?identifi\w*|eeo(?:-1)?|equal employment opportunity (?:form|survey|questions|data|report)|ofccp|cc-305|section 503|vevraa|affirmative action (?:form|survey|data))\b/;
export const SELF_ID_ITEMS: ReadonlyArray<[RegExp, string, Criterion[]]> = [
  [/\b(?:disabilit\w*|handicap\w*|cc-305|section 503)\b/g, "US-02", ["disability"]],
  [/\b(?:veterans?|vevraa|anciens? combattants?)\b/g, "US-03", ["personal_data"]],
  [/\b(?:race|racial|ethnic\w*|ethni\w*|origine)\b/g, "US-01", ["origin"]],
  [/\b(?:gender|sex|sexe|genre)\b/g, "US-01", ["sex"]],
];

/**
 * A statute named with a criminal-record check: in France some jobs (with minors, private security,
 * transport of funds, gaming) require bulletin n° 3 by law, which is the rewrite the policy suggests.
 */
export const LEGAL_DUTY =
  /\b(?:obligations? legales?|impose(?:e|s|es)? par (?:la loi|le code|decret|la reglementation)|exige(?:e|s|es)? par (?:la loi|la reglementation)|conformement (?:a la loi|au code|a la reglementation)|obligatoire (?:de par la loi|legalement)|required by (?:law|statute|regulation)|legally required|bulletin (?:n(?:°|o)? ?)?3|code de l'action sociale|cnaps|carte professionnelle|agrement (?:prefectoral|de l'etat)|(?:au )?contact (?:de|avec des) (?:mineurs|enfants|personnes vulnerables)|working with (?:children|minors|vulnerable))\b/;

/** A job-related criterion given with "culture fit" makes it an explained assessment, not a bare label. */
export const JOB_CRITERION =
  /\b(?:competences?|experience|diplomes?|certifi\w*|skills?|qualifi\w*|techniques?|technical|niveau|maitrise|expertise|ans d'|years? of|python|java|sql|management|gestion|vente|sales|communication|autonomie|rigueur|organisation|teamwork|travail en equipe|collaborat\w*)\b/;
