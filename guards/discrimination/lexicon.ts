// What the discrimination detector looks for, on folded text (see normalise.ts: lower case, no accents,
// inclusive suffixes removed). Two strengths:
//  - explicit: the words are a discriminatory demand by themselves ("moins de 30 ans", "type européen",
//    "native speaker"); only an equal-opportunity or beneficiary context clears them;
//  - term: a criterion word ("enceinte", "handicap", "religion") that is harmless as a mention and only
//    becomes a finding in a requirement, an exclusion, a question to the candidate, a rationale or a summary.
// Rule ids are chosen per use (ad / question / rationale / summary); unset ones fall back to rules.ts.
// Every RegExp is compiled once, here, at module load.
import type { Criterion } from "../../core/contract.js";
import { FEMININE_TITLES } from "./titles.js";

export type Strength = "explicit" | "term";

export interface LexEntry {
  label: string;
  criteria: Criterion[];
  strength: Strength;
  re: RegExp;
  /** Where the entry counts; absent means everywhere. */
  uses?: Use[];
  /** Outside its uses the entry is not even a candidate (it cannot hide an overlapping entry). */
  personOnly?: boolean;
  ad?: string;
  iq?: string;
  sc?: string;
  summary?: string;
  /** Extra check on a match (number ranges, what follows); false drops the match. */
  accept?: (m: RegExpExecArray, text: string) => boolean;
}

export type Use = "requirement" | "question" | "rationale" | "summary";

interface Options {
  uses?: Use[];
  personOnly?: boolean;
  ad?: string;
  iq?: string;
  sc?: string;
  summary?: string;
  accept?: (m: RegExpExecArray, text: string) => boolean;
}

const entries: LexEntry[] = [];

function add(
  label: string,
  criteria: Criterion[],
  strength: Strength,
  parts: string[],
  options: Options = {},
): void {
  entries.push({
    label,
    criteria,
    strength,
    re: new RegExp(`\\b(?:${parts.join("|")})\\b`, "g"),
    ...options,
  });
}

// --- age: numbers -------------------------------------------------------------------------------------
const NOT_EXPERIENCE =
  /^\s*(?:aupres|comme|en tant qu|au service|au poste|sur le|sur des|d'?\s?(?:experience|exp|anciennete|activite|pratique|carriere|etudes|histoire|existence|expertise|savoir-faire|presence|croissance|innovation|tradition)|de (?:metier|pratique|carriere|vente|management|metier|service|travail|poste|suivi|accompagnement|conseil|gestion|direction|recherche|developpement|production|formation|enseignement|terrain|maintenance|logistique|finance|audit|conduite|commerce|restauration|soins|support|benevolat|projets?|missions?|collaboration|partenariat|presence|activites?|exercice|responsabilites?|relation|interim|cdi|cdd|stage|alternance|freelance|consulting|marketing|communication|comptabilite|paie|droit|programmation|design|animation|encadrement|negoce|transport|recrutement|journalisme|vie professionnelle|metier)|dans|en |chez|au sein|of (?:experience|exp)|experience|exp\b|a l'(?:etranger|international)|abroad|overseas|in (?:the|a|an)|with|at )/;
const firstGroup = (m: RegExpExecArray): string | undefined => m.slice(1).find((g) => g !== undefined);
// Ages written in words ("moins de trente ans", "under thirty", "quarante-cinq ans"): tens 20 to 60.
const TENS_FR =
  "(?:vingt|trente|quarante|cinquante|soixante)(?:[- ](?:et[- ])?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf))?";
const TENS_EN =
  "(?:twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
/** A two-digit age or an age in words, as one capturing group. */
const N = `(\\d{2}|${TENS_FR}|${TENS_EN})`;
// "ans" and its slang synonyms ("35 balais", "50 berges", "40 piges", "58 printemps").
const ANS = "(?:ans|balais|berges|piges|printemps)";
const ageNumber = (value: string | undefined): boolean => {
  if (value !== undefined && /^[a-z]/.test(value)) return true;
  const n = Number(value);
  return n >= 14 && n <= 80;
};
const afterIsNotExperience = (m: RegExpExecArray, text: string): boolean =>
  !NOT_EXPERIENCE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
const UNITS =
  /^\s*(?:%|k\b|\$|€|minutes?|mins?|hours?|hrs?|h\b|days?|jours?|weeks?|semaines?|months?|mois|employees?|salaries|collaborateurs|personnes|people|staff|countries|pays|km|miles|kg|lbs|percent|euros?|dollars?|clients?|stores?|magasins?|seconds?|ms\b|projects?|projets?|members?|locations?|sites?|languages?|cities|villes|years? (?:of|in|experience)|ans? d'|ans? de |m2|metres|meters|ft\b|students|eleves|beds|lits|agences|branches|offices|bureaux)/;
// "notre groupe a 30 ans", "la maison fête ses 40 ans", "anniversaire": a company's age before the number.
const COMPANY_AGE =
  /\b(?:entreprise|societe|groupe|maison|cabinet|marque|structure|agence|association|ecole|enseigne|magasin|boutique|restaurant|usine|firme|reseau|fondation|company|firm|business|brand)s? (?:\S+ ){0,3}(?:a|aura|vient d'avoir|fete(?: ses)?|celebre(?: ses)?|souffle(?: ses)?|a plus de|has been|is|turns|celebrates(?: its)?) $|(?:fete|celebre|souffle|celebrates?) (?:ses |nos |leurs |its |our )?$|\b(?:fondee?|creee?|existe|implantee?|installee?|founded|established|created|opened|exists|operating)\b[^.;]{0,30}$/;
const numberNotUnit = (m: RegExpExecArray, text: string): boolean =>
  !UNITS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));

add(
  "age.range",
  ["age"],
  "explicit",
  [`(?:de |entre |age(?:e|es|s)? (?:de |entre )?)?${N} ?(?:a|-|et|/) ?${N} ?${ANS}`],
  {
    ad: "AD-04",
    accept: (m, text) => ageNumber(m[1]) && ageNumber(m[2]) && afterIsNotExperience(m, text),
  },
);
add(
  "age.ceiling",
  ["age"],
  "explicit",
  [
    `(?:moins de|max(?:imum)?|maxi|jusqu'a|pas plus de|au plus|ne (?:pas )?depassant pas|n'ayant pas plus de|limite d'age(?: de| :| fixee a)?|age limite(?: de| :)?|age max(?:imum)?(?: de| :)?) ?-?${N} ?${ANS}(?! et plus| ou plus| minimum| revolus)`,
    `${N} ?${ANS} (?:maximum|max|au plus|au maximum|maxi)`,
    `(?:depasse|depasser|passe|franchi|franchir|exceder|excede)(?: l'age de| le cap des| les)? ${N} ?${ANS}`,
    `(?:de|a|:|candidats?|profils?|personnes?) -${N} ?${ANS}`,
  ],
  { ad: "AD-04", accept: (m, text) => ageNumber(firstGroup(m)) && afterIsNotExperience(m, text) },
);
add(
  "age.floor",
  ["age"],
  "explicit",
  [
    `(?:plus de|au moins|minimum|min|age minimum(?: legal)?(?: de| :| fixe a| requis de)?|age mini(?: de| :)?|a partir de|age legal(?: minimum)?(?: de| :)?) ?${N} ?${ANS}`,
    `${N} ?${ANS} (?:minimum|et plus|ou plus|revolus|au moins|mini)`,
    `(?:at least|minimum age(?: of| is)?|older than|over) ${N}(?: years old| years of age| or older| and over)`,
    `${N} (?:years old )?(?:or older|and over|or over|and older|\\+ years old)`,
    `(?:must be|be at least) ${N}(?: years old| years of age| years| or older| and over)?`,
  ],
  // A legal-age check ("Are you at least 18?") is a lawful question; the floor only matters as a demand.
  { ad: "AD-04b", uses: ["requirement", "rationale", "summary"], accept: (m) => ageNumber(firstGroup(m)) },
);
add(
  "age.ceiling.en",
  ["age"],
  "explicit",
  [
    `(?:under|below|younger than|no older than|not older than|not over|max(?:imum)? age(?: of| is)?|age limit(?: of| is)?|up to age) ${N}(?: years old| years of age| yo)?`,
    `(?:aged |ages |age )?(?:between )?${N} ?(?:-|to|and) ?${N} (?:years old|year olds|years of age|yo|y\\.o\\.)`,
    `aged ${N} ?(?:-|to) ?${N}`,
    `(?:be|aged?|ages|applicants|candidates|people|someone) between ${N} and ${N}(?! (?:years of|years' experience|hours|days|employees|k\\b|%))`,
  ],
  { ad: "AD-04", accept: (m, text) => ageNumber(firstGroup(m)) && numberNotUnit(m, text) },
);
add(
  "age.birth_year",
  ["age"],
  "explicit",
  [
    "nee?s? (?:apres|avant|entre|en|a partir de) (?:19|20)\\d\\d",
    "born (?:after|before|in|between) (?:19|20)\\d\\d",
  ],
  { ad: "AD-04" },
);
// A stated age of a person ("candidate de 45 ans", "a 58 ans", "58 years old"): a finding in summaries,
// rationales and answers to questions; in ads the ranges above cover the demand.
add(
  "age.stated",
  ["age"],
  "term",
  [
    `(?:de|a|agee?s?(?: de)?|avoir|avez|ayant) ${N} ?ans`,
    `(?<=(?:[,:;(\\-]|\\bque|\\bpeine|\\bjuste|\\bseulement|\\benviron|\\bmais|\\bet|\\bcar|\\bdonc|\\bdeja|\\bbientot|\\bpresque|\\bbut|\\bhomme|\\bfemme|\\bcandidate?) ?)${N} ?ans`,
    `${N}[- ]years?[- ]old`,
    // "58 printemps", "45 balais", "50 berges", "40 piges": years of age in slang.
    `${N} ?(?:printemps|balais|berges|piges|hivers|bougies)`,
    `aged ${N}`,
    `(?:is|am|are|turns?|turned|he's|she's|they're) ${N}(?= *(?:[,.;]|so\\b|and\\b|which\\b|years\\b|$))`,
    `(?:candidates?|applicants?|people|anyone|those|persons?|workers?|no one|nobody|no-one|someone|anybody) (?:over|above|older than|past) ${N}`,
    `age ${N}`,
    "in (?:his|her|their) (?:late |early |mid-?)?(?:40|50|60|70)s",
    "(?:la |the )?(?:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|twenties|thirties|forties|fifties|sixties)",
  ],
  {
    sc: "SC-01",
    iq: "IQ-07",
    ad: "AD-04",
    accept: (m, text) => {
      // Whichever alternative matched: "Moniteur de voile, 10 ans, …" is not an age (group 2, not 1).
      const value = firstGroup(m);
      if (value !== undefined && !ageNumber(value)) return false;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      if (/(?:depuis|pendant|durant|il y a|plus de|moins de|pour|since|for|over|after) $/.test(before))
        return false;
      // "fondée il y a 30 ans", "le groupe a 30 ans": the age of the company, not of a person.
      if (/\bil y $/.test(before) && m[0].startsWith("a ")) return false;
      if (COMPANY_AGE.test(before + (m[0].startsWith("a ") ? "a " : ""))) return false;
      return afterIsNotExperience(m, text) && numberNotUnit(m, text);
    },
  },
);
add(
  "age.max_experience",
  ["age"],
  "explicit",
  [
    "(?:pas plus de|maximum|max|au plus|au maximum|n'excedant pas|moins de) (\\d{1,2}) ans d'experience",
    "(\\d{1,2}) ans d'experience (?:maximum|max|au plus|au maximum)",
    "(?:no more than|not more than|maximum of|max(?:imum)?|at most|less than) (\\d{1,2}) years (?:of )?experience",
    "(\\d{1,2}) years (?:of )?experience (?:maximum|max|at most)",
  ],
  { ad: "AD-06" },
);

// --- age: words ---------------------------------------------------------------------------------------
const PERSON_FR =
  "diplomes?|candidats?|candidates?|profils?|commerciale?s?|vendeur|vendeurs|vendeuses?|collaborat(?:eur|rice)s?|talents?|techniciens?|ingenieurs?|personnes?|recrues?|actifs?|actives?|salaries?|cadres?|developpeurs?|stagiaires?|assistante?s?|serveu(?:r|se)s?|cuisiniers?|employes?|agents?|consultante?s?|managers?|chefs?|animat(?:eur|rice)s?|conseill(?:er|ere)s?|chauffeurs?|livreurs?|hotesses?|comptables?|gens|retraites?|seniors?|travailleurs?|ouvriers?|apprentis?|infirmi(?:er|ere)s?|medecins?|avocats?|juristes?|educat(?:eur|rice)s?|vendeuse";
add(
  "age.young_person",
  ["age"],
  "explicit",
  [
    `jeunes? (?:${PERSON_FR})`,
    "(?:vous etes|etre|profil|candidat|personne|quelqu'un de|une personne) (?:tres )?jeune",
    "(?<!(?:equipe|entreprise|societe|structure|agence|start-?up|startup|team|boite|pme|ambiance|environnement) (?:tres |plutot )?)jeunes? et dynamiques?(?! (?:entreprise|equipe|societe|start-?up|structure|agence|cabinet|marque|pme))",
    "young (?:person|people|candidates?|professionals?|graduates?|talents?|blood|and (?:dynamic|energetic)|applicants?|workers?|employees?)",
    "recent (?:college |university )?graduates?(?: only)?",
    "digital natives?",
    "generation (?:y|z)",
    "millennials?",
    "gen[- ]z",
    "energetic (?:young|youthful)",
    "youthful",
  ],
  { ad: "AD-05", sc: "SC-01", iq: "IQ-07" },
);
// "Profil junior pour une équipe jeune": "junior" names a career stage, but next to a young team or
// young people in the same sentence it reads as an age preference (AD-05).
const YOUTH_NEAR = /\b(?:jeunes?|young|youthful|moyenne d'age|average age|digital natives?)\b/;
add("age.junior_young", ["age"], "explicit", ["juniors?"], {
  ad: "AD-05",
  sc: "SC-01",
  iq: "IQ-07",
  accept: (m, text) => {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const sentence = `${before.split(/[.!?;\n]/).pop() ?? ""} ${after.split(/[.!?;\n]/)[0] ?? ""}`;
    return YOUTH_NEAR.test(sentence);
  },
});
add(
  "age.too_old",
  ["age"],
  "explicit",
  [
    "trop (?:age|agee|ages|agees|vieux|vieille|vieilles|jeune|jeunes|senior|seniors|junior)",
    "too (?:old|young|senior)",
    "(?:pas|plus) (?:assez|tout) jeune",
    "mur pour son age",
    "(?:age|l'age) (?:avance|canonique)",
    "au vu de son age|vu son age|compte tenu de son age|given (?:his|her|their) age|because of (?:his|her|their) age|due to (?:his|her|their) age|at (?:his|her|their) age",
    "(?:her|his|their) age",
    "(?:son|leur) age",
  ],
  { sc: "SC-01", ad: "AD-05", iq: "IQ-07" },
);
add(
  "age.retirement",
  ["age"],
  "explicit",
  [
    "proche de la retraite",
    "(?:proche|pres|a \\d+ ans) de la (?:quille|retraite)|(?:la|sa) quille",
    "(?:en |de )?fin de carriere",
    "(?:bientot|presque) (?:a la )?retraite",
    "close to retirement",
    "near(?:ing)? retirement",
    "(?:about|ready) to retire",
    "surqualifi(?:e|ee|es|ees)",
    "overqualified",
    "trop experimente",
    "not a long[- ]term (?:investment|hire)",
  ],
  { sc: "SC-05", summary: "SC-05", iq: "IQ-07", ad: "AD-05" },
);
add(
  "age.terms",
  ["age"],
  "term",
  [
    "age",
    "ages",
    "(?<!balance )agee?s?",
    "(?<!(?:start-?up|entreprise|equipe|societe|structure|agence|boite|pousse|marque|pme|team|association)[ ,]+(?:tres |plutot |encore |assez )?)jeunes?(?! (?:entreprise|equipe|societe|start-?up|pousse|structure|agence|cabinet|marque|pme|boite|filiale|association|club|marche|secteur|industrie|collectif|media|studio|entreprises|equipe|et (?:innovante|ambitieuse|creative|agile|en (?:pleine )?croissance|dynamique (?:entreprise|equipe|societe|structure))))",
    "vieux",
    "vieilles?",
    "seniors",
    "retraite",
    "retraitee?s?",
    "retirement",
    "retire",
    "elderly",
    "old(?:er)? (?:people|workers|candidates|applicants|employees|persons|staff|men|women)",
    "young(?! (?:company|team|startup|start-up|firm|business|brand|organi[sz]ation|agency|industry|market|field|sector|and (?:growing|ambitious) (?:company|team|startup)))",
    "younger",
    "date de naissance",
    "annee de naissance",
    "nee?s? (?:en|le|a) ",
    "(?:etes-vous|es-tu|est-il|est-elle) nee?",
    "(?:were|was) (?:you|he|she) born",
    "year (?:of birth|you were born)",
    "born in",
    "date of birth",
    "birth ?date",
    "birth year",
    "how old",
    "(?:quelle|votre|sa|ta|leur|your|which|what) generation",
    "quinquagenaires?",
    "sexagenaires?",
    "quadragenaires?",
    "quadras?",
    // Decade and generation nouns, by class: "trentenaire", "quinqua", "sexa", "septuagénaire".
    "(?:vingt|trente|quarante)naires?",
    "(?:septua|octo|nona)genaires?",
    "quinquas?",
    "sexas?",
    "(?:ok )?boomers?",
    "(?:generation|gen) (?:x|y|z|alpha)",
    // Sameness of age as a fit criterion: "avoir le même âge que l'équipe", "a team of similar age".
    "(?:le|du|d'un) meme age",
    "(?:same|similar) age",
    "(?:ages?|tranche d'age) (?:similaire|comparable|homogene|proche)s?",
    "zoomers?",
    "jeunots?",
    "vieillissante?s?",
  ],
  { iq: "IQ-07" },
);

// --- sex ----------------------------------------------------------------------------------------------
add(
  "sex.explicit",
  ["sex"],
  "explicit",
  [
    "jh",
    "jf",
    "(?:hommes?|femmes?|males?|females?|men|women) (?:uniquement|seulement|exclusivement|only|de preference|preferred|souhaitee?s?|exigee?s?|obligatoire|requis)",
    "(?:uniquement|seulement|exclusivement|only|que) (?:des |les )?(?:hommes|femmes|men|women|males|females)",
    "sexe (?:masculin|feminin)",
    "de sexe",
    "(?:profil|candidat) (?:masculin|feminin)",
    "(?:salesman|saleswoman|waitress(?:es)?|barmaids?|hostess(?:es)?|stewardess(?:es)?|chairman|handyman|foreman|deliveryman|cameraman|repairman|craftsman|workman|girl friday|housewife|cleaning lady|delivery boy)",
    "(?:homme|femme) de (?:menage|chambre|ménage|peine|main|confiance)",
    "homme a tout faire",
    "(?<=\\()(?:homme|femme|hommes|femmes|male|female|men|women)(?=\\))",
    "garcon de (?:cafe|salle|courses)",
    "(?:gentleman|lady|gentlemen|ladies) (?:wanted|required|only)",
    "masculine? (?:candidates?|profile)",
    "feminine? (?:candidates?|profile)",
  ],
  { ad: "AD-02", iq: "IQ-08" },
);
// "Recherche monsieur sérieux": a civility used as the person wanted. Only as a demand: "Monsieur Dupont"
// in a rationale or a question's salutation names nobody's sex as a criterion.
add("sex.civility", ["sex"], "term", ["monsieur|messieurs|madame|mesdames"], {
  uses: ["requirement"],
  ad: "AD-02",
  iq: "IQ-08",
});
// A feminine job title excluded or demanded as a class: "pas de serveuses", "vendeuses uniquement".
const FEM_TITLES = FEMININE_TITLES.map(([f]) => f)
  .filter((f) => !f.includes(" "))
  .join("|");
add(
  "sex.title_exclusion",
  ["sex"],
  "explicit",
  [
    `(?:pas de |pas d'|aucune |non aux |no )(?:${FEM_TITLES})s`,
    `(?:${FEM_TITLES})s? (?:uniquement|seulement|exclusivement|only|exclues?|refusees?|s'abstenir|non acceptees?)`,
  ],
  { ad: "AD-02", iq: "IQ-08", sc: "SC-01" },
);
// "Vendeuse (pas de vendeur)", "serveur et non serveuse": one form of a title demanded against the other.
const MASC_TITLES = FEMININE_TITLES.map(([, m]) => m)
  .filter((m) => !m.includes(" "))
  .join("|");
const AGAINST =
  "\\W{0,2}(?:pas de |pas d'|pas un |pas une |et non (?:un |une |des )?|non |plutot qu'une? |not (?:a |an )?|rather than (?:a |an )?)";
add(
  "sex.title_against",
  ["sex"],
  "explicit",
  [`(?:${FEM_TITLES})s?${AGAINST}(?:${MASC_TITLES})s?`, `(?:${MASC_TITLES})s?${AGAINST}(?:${FEM_TITLES})s?`],
  { ad: "AD-02", iq: "IQ-08", sc: "SC-01" },
);
add(
  "sex.young",
  ["sex", "age"],
  "explicit",
  [
    "jeunes? (?:homme|femme|fille|garcon)s?",
    "young (?:man|woman|men|women|lady|ladies|girls?|boys?|females?|males?)",
  ],
  {
    ad: "AD-02",
    iq: "IQ-08",
  },
);
add(
  "sex.terms",
  ["sex"],
  "term",
  [
    "(?<!prud')hommes?",
    "(?<!sage-)femmes?",
    "masculin(?:e|es|s)?",
    "feminin(?:e|es|s)?",
    "sexe",
    "males?",
    "females?",
    "man",
    "men",
    "woman",
    "women",
    "girls?",
    "boys?",
    "garcons?",
    "filles?",
    "mademoiselle",
    "gender",
    "guys?",
    "gals?",
    "lady|ladies",
    "gentlem[ae]n",
  ],
  { iq: "IQ-08" },
);

// --- family situation and pregnancy -------------------------------------------------------------------
add(
  "family.explicit",
  ["family_situation"],
  "explicit",
  [
    "sans (?:enfants?|famille|attaches?|charge de famille|contraintes? familiales?|obligations? familiales?)",
    "pas d'enfants?",
    "(?:disponibilite|disponible) sans contraintes? familiales?",
    "(?:libre|libere)e?s? de (?:toute )?(?:attaches?|contraintes?|obligations?)(?: familiales?)?",
    "attaches? familiales?",
    "no (?:kids|children|family (?:commitments|obligations|ties))",
    "childless",
    "celibataires? (?:exige|uniquement|souhaite|de preference|obligatoire|only)",
    "single (?:candidates?|people|applicants?|only|preferred)",
  ],
  { ad: "AD-03", iq: "IQ-01" },
);
// "sans désir d'enfant", "sans projet de famille": a demand about a future pregnancy as much as family.
add(
  "family.no_child_plan",
  ["pregnancy", "family_situation"],
  "explicit",
  ["sans (?:projets?|desirs?|envies?|intentions?) (?:de |d')(?:famille|enfants?|bebes?|grossesse|maternite)"],
  { ad: "AD-19", iq: "IQ-02", sc: "SC-01" },
);
add(
  "family.parent",
  ["family_situation", "sex"],
  "term",
  [
    "meres? (?:de famille|celibataires?|au foyer)",
    "jeunes? (?:mamans?|meres?)",
    "mamans?",
    "(?:single |working )?mothers?",
    "(?:young |new )?moms?",
  ],
  {
    ad: "AD-03",
    iq: "IQ-01",
  },
);
add(
  "family.terms",
  ["family_situation"],
  "term",
  [
    "mariee?s?",
    "(?:se |vous |te )marier",
    "celibataires?",
    "divorcee?s?",
    "veuf|veuve",
    "pacsee?s?",
    "concubin(?:e|age)?",
    "en couple",
    "compagnon|compagne",
    "conjointe?s?",
    "epoux|epouse",
    "mari",
    "enfants?",
    "peres? de famille",
    "bebes?",
    "situation (?:de famille|familiale|matrimoniale|maritale|conjugale)",
    "(?:statut|etat) (?:marital|matrimonial)",
    "vie de famille",
    "(?:contraintes?|obligations?|charges?) (?:de famille|familiales?)",
    "charge de famille",
    "garde (?:d'enfants?|de vos enfants)",
    "qui garde",
    "married",
    "marriage",
    "mariage",
    "fiancee?",
    "(?:are you|be|being|stay|is|est) single",
    "single (?:parents?|mothers?|fathers?|moms?|dads?|status)",
    "unmarried",
    "divorced",
    "spouse",
    "husband",
    "wife",
    "(?:your|his|her|their) (?:partner|boyfriend|girlfriend)",
    "children",
    "kids?",
    "child ?care",
    "babysitter",
    "family (?:commitments|obligations|responsibilities|situation|status|plans|life)",
    "(?:votre|ta|sa|your|his|her) (?:femme|epouse|mari|conjointe?|compagne|compagnon|wife|husband|spouse)",
    "jumeaux|jumelles|twins|triples",
    "marital status",
    "(?:personnes?|enfants?|parents?|proches?) a charge",
    "(?:dependants|dependents)",
    "(?:cote|niveau|question) famille",
    "(?:votre|ta) famille",
    "(?:vos|tes|ses|leurs|your|his|her|their) (?:petits|petites|gamins|gamines|momes|loulous|bambins|marmots|minots|gosses|bouts de chou|little ones|toddlers)",
    "(?:your|his|her) family",
    "(?:avez|a|as|ont)(?:-vous| vous)? (?:des|deux|trois|quatre|un|une) (?:petits?|petites?|gamins?|gamines?|momes?|loulous?|bouts? de chou)(?= ?[?,.;!]|$)",
    "quelqu'un dans (?:votre|sa|ta|leur) vie",
    "(?:vie|situation) (?:de couple|conjugale)",
    "(?:petite? amie?|petit ami|copain|copine)",
    "(?:seeing|dating) (?:someone|anyone)",
    "someone (?:special )?in your life",
    "avec qui (?:vivez|habitez|vis|vit|habite|habites|residez)(?:-vous|-tu|-il|-elle)?",
    "(?:who do you|who does (?:he|she)) live with",
    "(?:vivez|habitez|vivre|habiter|vit|habite)(?:-vous)? (?:seule?s?|en couple|avec (?:quelqu'un|votre|un|une|vos|ses|son|sa))",
    "(?:do you )?live (?:alone|with (?:your|a) (?:partner|boyfriend|girlfriend|spouse|parents))",
    "(?:fonder|agrandir) (?:une|sa|votre) famille",
    "start(?:ing)? a family",
    "fathers?",
    "dads?",
  ],
  { iq: "IQ-01", sc: "SC-01" },
);
add(
  "pregnancy.terms",
  ["pregnancy"],
  "term",
  [
    "enceintes?",
    "accouch\\w*",
    "gave birth|giving birth|given birth",
    "grossesses?",
    "conges? (?:de )?maternite",
    "conges? (?:de )?(?:mat|mater|matern)\\b",
    "(?:en|sa|son|une|de|du) (?:conge )?(?:pre|post)[- ]?natal",
    "pregnan(?:t|cy|cies)",
    "maternity leave",
    "expecting (?:a baby|a child)",
    "(?:is|she's|she is|am|are|were|was) expecting",
    "projets? (?:de grossesse|d'enfants?|de bebe)",
    "(?:projets?|desirs?|envies?) (?:bebes?|enfants?|grossesse|maternite)",
    "desir d'enfants?",
    "(?:envisag|prevo[iy]|planifi|program)\\w* (?:\\S+ ){0,3}(?:une |de |d'|la )?(?:maternite|grossesse|bebe|naissance)",
    "(?:pas de|sans|aucune) (?:projet de )?(?:maternite|grossesse)",
    "maternites? (?:prevue?s?|envisagee?s?|a venir)",
  ],
  { ad: "AD-19", iq: "IQ-02", sc: "SC-01" },
);
add(
  "family.new_child",
  ["family_situation", "pregnancy"],
  "term",
  [
    "(?:avoir|faire|eu|a eu|vient d'avoir|attend) (?:un|des|son|un autre) (?:enfants?|bebes?)",
    "(?:have|having|had|just had|expecting) (?:a baby|children|kids|another child)",
    "(?:jeune|nouvelle) maman",
    "heureux evenement|(?:attend|attendez|attendait|attendre)(?:-vous)? (?:un|son|votre|leur) (?:bebe|enfant|premier|deuxieme|second|petit)|ventre (?:rond|arrondi)|en cloque|polichinelle|(?:baby bump|bun in the oven|with child|mom-to-be)",
    "(?:un |le |son |leur )?(?:bebe|enfant) (?:va suivre|en route|arrive bientot|prevu|pour bientot|a venir|en projet)",
    "(?:fonder|agrandir|elargir|completer|agrandissement de) (?:une |sa |votre |la |leur |ta |son |vos )?(?:famille|tribu|fratrie|foyer)",
    "(?:grow|growing|expand|expanding|extend) (?:your|the|her|his|their) family",
    "(?:projets?|desirs?|envies?|souhaits?|intentions?|plans?) (?:de |d')(?:famille|maternite|paternite|grossesse|naissance|bebes?|enfants?|avoir (?:des|un|d'autres) (?:enfants?|bebes?)|fonder une famille)",
    "(?:plan|plans|planning|intend|intending|want|wanting) (?:on |to )?(?:have|having|start|starting) (?:a baby|children|kids|a family)",
    "futures? (?:mamans?|meres?|parents?|peres?|papas?)",
    "mothers?-to-be",
    "new (?:mom|mother|dad|father)",
    "paternite",
    "paternity",
    "conges? parental",
    "parental leave",
  ],
  { ad: "AD-19", iq: "IQ-02", sc: "SC-01" },
);
add(
  "pregnancy.gap",
  ["pregnancy", "family_situation"],
  "explicit",
  [
    "(?:trou|interruption|pause|gap|break) (?:de \\d+ ans? )?\\(? ?(?:conge )?(?:maternite|maternity)",
    "(?:absences?|arrets?) (?:frequentes?|repetees?|multiples)",
    "(?:frequent|repeated) absences",
  ],
  { sc: "SC-03", summary: "SC-03", ad: "AD-19", iq: "IQ-02" },
);

// --- origin ---------------------------------------------------------------------------------------------
const ETHNIC =
  "africaine?s?|maghrebine?s?|arabes?|asiatiques?|europeen(?:ne)?s?|caucasien(?:ne)?s?|noire?s?|blanche?s?|blancs?|antillaise?s?|nordiques?|slaves?|latinos?|latinas?|hispaniques?|gitane?s?|roms?|turcs?|turques?|chinoise?s?|indien(?:ne)?s?|beurs?|rebeus?|francaise?s?|etrangere?s?|mediterraneen(?:ne)?s?|orientale?s?|subsahariens?|metisse?s?|(?:nord|sud|afro|latino|euro|indo|moyen)-(?:africain|americain|asiatique|europeen|oriental|antillais|caribeen|descendant)\\w*|americaine?s?|algerien(?:ne)?s?|marocaine?s?|tunisien(?:ne)?s?|senegalaise?s?|maliens?|maliennes?|ivoirien(?:ne)?s?|camerounaise?s?|congolaise?s?|comorien(?:ne)?s?|haitien(?:ne)?s?|vietnamien(?:ne)?s?|japonaise?s?|coreen(?:ne)?s?|pakistanaise?s?|libanaise?s?|syrien(?:ne)?s?|egyptien(?:ne)?s?|iranien(?:ne)?s?|afghane?s?|kurdes?|armenien(?:ne)?s?|polonaise?s?|roumaine?s?|ukrainien(?:ne)?s?|bresilien(?:ne)?s?|berberes?|kabyles?|asiates?|latine?s?";
add(
  "origin.explicit",
  ["origin"],
  "explicit",
  [
    `(?:type|typee|profil|physique|origine|peau|race|ethnie|communaute|d'origine|descendance|ascendance|candidats?|personnes?|hommes?|femmes?) (?:${ETHNIC})`,
    "non[- ]typee?s?",
    "(?:race|peau) (?:blanche|noire)",
    "de souche",
    "franco-francaise?s?",
    "(?:peau|teint|carnation|couleur de peau) (?:tres )?(?:claire?|blanche|noire|mate|foncee?|pale|bronzee?|metisse|ebene)",
    "(?:fair|light|dark|pale|white|black|brown)[- ]skinned",
    "(?:skin (?:colou?r|tone)|couleur de (?:la )?peau)",
    "caucasien(?:ne)?s?",
    "bbr",
    "bleu[- ]blanc[- ]rouge",
    "(?:white|black|asian|hispanic|latino|caucasian|european|arab|african) (?:only|candidates?|applicants?|people|persons?|men|women|person|background|profile|appearance|looking)",
    "caucasians?",
    "(?:be|etre|est|sont) (?:white|black|caucasian|blanc|blanche|blancs|noir|noire|noirs|europeen(?:ne)?s?)",
    "(?:ethnic|racial) (?:background|origin|profile|appearance|group)",
    "(?:of|d') ?(?:\\w+ )?(?:descent|ancestry|heritage)",
    "(?:originaires?|issus?e?s?|venant|venus?) (?:du |de la |des |de l'|d'|de )(?:maghreb|afrique|asie|pays de l'est|europe de l'est|banlieue|immigration|outre-mer|dom-tom|dom|tom|orient|moyen-orient|roumanie|algerie|maroc|tunisie|turquie)",
    "(?:les |des )?(?:africains|maghrebins|arabes|asiatiques|noirs|blacks|beurs|roms|gitans|etrangers|immigres)",
    "(?:tempérament|temperament) (?:mediterraneen|latin|africain|nordique)",
  ],
  { ad: "AD-07", iq: "IQ-03", sc: "SC-01" },
);
// Origin worded as looks: "d'apparence française", "type physique européen", "look asiatique".
add(
  "origin.appearance",
  ["origin", "physical_appearance"],
  "explicit",
  [
    "(?:d')?(?:apparence|allure|type physique|physique|look|facies|profil physique|traits) (?:bien )?(?:francaise?|europeenne?|occidentale?|caucasienne?|africaine?|maghrebine?|nord-africaine?|asiatique|arabe|orientale?|mediterraneenne?|latine?|slave|scandinave|nordique|etrangere?|exotique|metropolitaine?)s?",
    "(?:french|european|western|caucasian|asian|african|arab|nordic|exotic|foreign)[- ]looking",
  ],
  { iq: "IQ-03", sc: "SC-01" },
);
add(
  "origin.nationality",
  ["origin"],
  "term",
  [
    "nationalites?",
    "nationalit(?:y|ies)",
    "ressortissante?s?",
    "citoyen(?:ne)?s?(?: francaise?s?| europeen(?:ne)?s?)",
    "citoyennete",
    "citizens?(?:hip)?",
    "(?:de |d')?nationalite (?:francaise|europeenne|etrangere)",
    "francaise?s? (?:uniquement|seulement|exclusivement|only)",
    "europeen(?:ne)?s? (?:uniquement|seulement|exclusivement|only)",
    "(?:ue|union europeenne|eu|us|u\\.s\\.) (?:uniquement|seulement|only|citizens? only)",
    "naturalisee?s?|naturalisation|naturali[sz]ed",
    "(?:date d'entree|arrivee) en france",
    "titre de sejour",
  ],
  { ad: "AD-11", iq: "IQ-04" },
);
add(
  "origin.terms",
  ["origin"],
  "term",
  [
    "origines?",
    "ethni(?:e|que|ques|cite)",
    "ethnicity",
    "racial",
    "races?",
    "(?:personnes?|candidats?|candidates?|travailleurs?|salaries?|profils?|les|des) etrangere?s?",
    "etrangers? (?:s'abstenir|non acceptes|uniquement|exclus)",
    "immigree?s?",
    "immigrants?",
    "demandeu(?:r|rs|se|ses) d'asile",
    "refugiee?s?",
    "refugees?",
    "sans[- ]papiers",
    "migrante?s?",
    "(?:personnes?|gens|hommes?|femmes?|candidats?|candidates?) de couleur",
    "(?:people|persons?|candidates?) of colou?r",
    "[a-z]+[- ]born",
    "foreigners?",
    "foreign(?:[- ]born| nationals?| workers?| candidates?| applicants?| background| origin)",
    "national origin",
    "pays (?:d'origine|de naissance|natal)",
    "lieu de naissance",
    "place of birth",
    "birthplace",
    "(?:d'ou|where) (?:venez|viennent|vient|are you from|do you come from|is your family from)",
    "d'ou (?:vous|votre|vos)",
    "(?:de|from) (?:quel|quelle|which|what) (?:pays|country|origine|region du monde|continent)",
    "(?:quel|quelle|which|what) (?:est )?(?:votre |ton |son |sa |your |his |her )?(?:pays|country|continent) (?:d'origine|natal|of (?:origin|birth))",
    "(?:vos|tes|ses|leurs|your|his|her) parents",
    "(?:vos|tes|ses|leurs|your|his|her|their) (?:grands?-parents|arriere-grands-parents|ancetres|aieux|ascendants|grandparents|ancestors|forebears)",
    "(?:nee?s?|born) (?:au|aux|en|a l'|a|dans l'|dans le|in) (?!(?:19|20)\\d\\d|\\d|quel|quelle|what|which|l'an|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)[a-z]+",
    "parents (?:francais|etrangers|immigres|nes a l'etranger|sont-ils)",
    "d'ou (?:etes|venez)-vous",
    "where (?:are|is|was) (?:you|your family|your name|he|she) (?:originally )?from",
    "originally from",
    "(?:etes-vous|es-tu|est-il|est-elle|sont-ils|sont-elles) nee?s? (?:en|au|aux|a l'|a) (?!(?:19|20)\\d\\d)[a-z]+",
    "(?:were you|was he|was she) born in (?!(?:19|20)\\d\\d)[a-z]+",
    "(?:ou|where) (?:avez-vous|as-tu|a-t-il|a-t-elle|did you|did he|did she|have you) (?:grandi|grow up|grown up|ete elevee?|been raised|ete scolarise)",
    "(?:a grandi|grew up|was raised|ete elevee?) (?:a|en|au|aux|dans|in)",
    "ou (?:etes-vous|es-tu|est-il|est-elle) nee?",
    "originaires? d[eu']",
    "parents (?:viennent|sont nes|sont originaires)",
  ],
  { iq: "IQ-03" },
);

// --- language and accent ----------------------------------------------------------------------------------
const LANG =
  "anglais|francais|allemand|espagnol|italien|portugais|arabe|chinois|mandarin|russe|neerlandais|english|french|german|spanish|italian|portuguese|arabic|chinese|russian|dutch";
const LEVEL_EQUIVALENT_AFTER =
  /^ ?(?:ou|or|\/) ?(?:c2|c1|equivalent|bilingue|bilingual|near-native|courant|fluent|niveau c)/;
const LEVEL_EQUIVALENT_BEFORE = /\b(?:c2|c1|bilingue|bilingual) ?(?:ou|or|\/) ?(?:niveau )?$/;
add(
  "language.native",
  ["origin", "language"],
  "explicit",
  [
    "langues? maternelles?",
    "mother tongue",
    `(?:${LANG}) (?:natif|native|maternel(?:le)?|langue maternelle|langue natale|de naissance|mother tongue)`,
    "langues? (?:natale|d'origine)",
    `native (?:speakers?|${LANG}|level|fluency|proficiency|bilingual|language)`,
    `native[- ]level`,
    `locut(?:eur|rice)s? natif(?:ve)?s?`,
    "natif(?:ve)?s? (?:anglophone|francophone|hispanophone|germanophone|europeen|d'un pays)",
    "(?:anglophone|francophone|hispanophone|germanophone)s? natif(?:ve)?s?",
    "first language",
    "(?:d'un|d'une|comme un|comme une|tel un|telle une|niveau) (?:natif|native|locut(?:eur|rice) natif(?:ve)?)",
    "(?:like|as) a native(?: speaker)?",
    "bilingue de naissance",
    "(?:non[- ]natif(?:ve)?s?|non[- ]native)",
  ],
  {
    ad: "AD-08",
    iq: "IQ-12",
    sc: "SC-06",
    summary: "SC-06",
    // "niveau natif ou C2", "C2 or native": a level with its certified equivalent, not an origin.
    accept: (m, text) =>
      !LEVEL_EQUIVALENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) &&
      !LEVEL_EQUIVALENT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)),
  },
);
add(
  "language.accent",
  ["origin", "language"],
  "explicit",
  [
    "sans accent",
    "(?:sans|aucun|pas d'|pas de|pas le moindre|no|without|not the slightest|not a trace of) (?:le moindre |la moindre |un |une |d'|the slightest |any |a |an )?(?:\\S+ )?accents?(?! (?:aigu|grave|circonflexe|tonique)s?\\b)",
    "pas d'accent",
    "aucun accent",
    "no (?:foreign |regional )?accent",
    "without (?:an? )?(?:foreign |regional |strong |heavy )?accent",
    "accent-free",
    "accents? (?:neutre|standard|parisien|pointu|correct|irreprochable|neutral)s?",
    "(?:neutral|standard|native|american|british|french|local) accent",
    "(?:sans|aucune?|pas d') ?(?:intonation|prononciation|phrase|diction)s? (?:regionale?s?|etrangere?s?|marquee?s?|chantante?s?)",
    "intonations? (?:regionale?s?|etrangere?s?)",
    "neutral accent",
    "accents? (?:du sud|du nord|etranger|regional|prononce|fort|marque|africain|maghrebin|etrangers|chantant|a couper au couteau)",
    "(?:heavy|thick|strong|foreign) accent",
    "accents? (?:regionaux|regionale?s?|etrangers?|prononces?|marques?|forts?)",
  ],
  { ad: "AD-09", iq: "IQ-12", sc: "SC-06", summary: "SC-06" },
);
add("language.terms", ["origin", "language"], "term", ["accents?"], {
  ad: "AD-09",
  iq: "IQ-12",
  sc: "SC-06",
  uses: ["question", "rationale", "summary"],
});
const OTHER_LANG =
  "arabe|turc|portugais|espagnol|chinois|mandarin|russe|wolof|creole|berbere|kabyle|tamoul|polonais|roumain|vietnamien|lingala|bambara|ourdou|hindi|arabic|turkish|portuguese|spanish|chinese|russian|polish|creole|langues? etrangeres?|autres? langues?|langue maternelle|langue d'origine|dialectes?|patois|foreign languages?|other languages?|(?:their|your|his|her) (?:own |native )?language";
add(
  "language.only_french",
  ["language"],
  "explicit",
  [
    "ne parlant que (?:le )?francais",
    "(?:parler|parlant) (?:d'autres|une autre) langues? (?:est|sera) (?:un )?(?:handicap|inconvenient|probleme)",
    "pas d'autres? langues?",
    "english only speakers?",
    "(?:une |d'|les |des )?autres? langues?(?: que (?:le |l')?(?:francais|anglais))? (?:\\S+ ){0,4}(?:freins?|handicap|inconvenients?|problemes?|obstacles?|malus|penalisante?|interdite?s?|proscrite?s?|pas (?:souhaitee?s?|appreciee?s?|toleree?s?|bienvenue?s?)|non (?:souhaitee?s?|appreciee?s?|toleree?s?))",
    "(?:interdit|interdiction|defense|pas question) de parler (?:\\S+ ){0,2}(?:arabe|turc|portugais|espagnol|chinois|russe|wolof|creole|berbere|langue etrangere|autres? langues?|langue maternelle|langue d'origine)",
    "(?:speaking|use of|using) (?:other|foreign|another) languages? (?:\\S+ ){0,3}(?:not allowed|prohibited|forbidden|a drawback|frowned upon|not tolerated)",
    "english[- ]only (?:workplace|policy|rule|environment)",
    `(?:parler|usage|utilisation|pratique|emploi)(?: du| de l'| de la| des| d'une?| en| une?| la| le| l'| les| des)? ?(?:${OTHER_LANG}) (?:\\S+ ){0,8}(?:interdite?s?|proscrite?s?|prohibee?s?|(?:pas|non) toleree?s?|bannie?s?|forbidden|prohibited|not allowed|banned)`,
    `(?:interdit|interdiction|defense|pas question|forbidden|prohibited|not allowed|no)(?: de| d'| to)? (?:parler|utiliser|pratiquer|speak|speaking|use|using) (?:le |l'|la |en |une |d'autres |des )?(?:${OTHER_LANG})`,
  ],
  { ad: "AD-10", sc: "SC-06", iq: "IQ-12" },
);

// --- surname ----------------------------------------------------------------------------------------------
add(
  "surname.explicit",
  ["surname", "origin"],
  "explicit",
  [
    "(?:noms?|prenoms?|patronymes?) (?:a|aux|de) consonances?",
    "consonances? (?:etrangere|arabe|africaine|maghrebine|francaise|europeenne|asiatique)s?",
    "(?:noms?|prenoms?|patronymes?)(?: d'usage| de famille)? (?:francais|francaise|etrangers?|etrangere|arabes?|africains?|maghrebins?|europeens?|d'origine)",
    "(?:foreign|ethnic|arabic|african|asian|french|american|english)[- ]sounding (?:name|names|surname|first name)",
    "(?:noms?|prenoms?|patronymes?) (?:d'origine|a l'origine) \\w+",
    "(?:name|surname) (?:sounds|is) (?:foreign|ethnic|arabic|african|asian)",
    "hard to pronounce (?:name|surname)",
    "nom (?:imprononcable|difficile a prononcer)",
    "(?:noms?|prenoms?|patronymes?) (?:\\S+ ){0,3}(?:(?:difficiles?|durs?|compliquee?s?|impossibles?|faciles?|simples?|aisee?s?) a (?:prononcer|retenir|ecrire|epeler)|imprononcables?)",
    "(?:names?|surnames?) (?:\\S+ ){0,3}(?:hard|difficult|impossible|tough|weird) to (?:pronounce|spell|say)",
  ],
  { ad: "AD-18", iq: "IQ-03", sc: "SC-01" },
);
add(
  "surname.terms",
  ["surname"],
  "term",
  [
    "noms? de famille",
    "patronymes?",
    "prenoms?",
    "surnames?",
    "last names?",
    "family names?",
    "first names?",
    "consonances?",
  ],
  {
    uses: ["question", "rationale"],
    ad: "AD-18",
    iq: "IQ-03",
    sc: "SC-02",
    summary: "SC-02",
  },
);

// --- religion -----------------------------------------------------------------------------------------------
add(
  "religion.explicit",
  ["religion"],
  "explicit",
  [
    "(?:pas de|sans|aucun) (?:voile|signes? religieux|signe ostentatoire|foulard|kippa|turban|hijab|barbe religieuse)",
    "(?:de|d'une) confession (?:\\w+)",
    "non[- ]pratiquante?s?",
    "(?:catholiques?|musulmane?s?|juifs?|juives?|chretien(?:ne)?s?|protestante?s?|athees?|croyante?s?|pratiquante?s?|bouddhistes?|hindous?|evangeliques?) (?:uniquement|seulement|exclusivement|de preference|souhaitee?s?|exigee?s?|s'abstenir|only|preferred)",
    "(?:christians?|muslims?|jews|jewish|catholics?|atheists?|hindus?|sikhs?|buddhists?) (?:only|preferred|need not apply)",
    "no (?:headscarves|headscarf|hijabs?|turbans?|religious (?:symbols|clothing|dress|headwear|attire))",
    "boucher israelite",
  ],
  { ad: "AD-15", iq: "IQ-05", sc: "SC-01" },
);
add(
  "religion.terms",
  ["religion"],
  "term",
  [
    "religions?",
    "religieu(?:x|se|ses)",
    "confessions?",
    "pratiquante?s?",
    "pratiquez",
    "croyante?s?",
    "voilees?",
    "(?:le|du|un|son|leur|votre) voile",
    "(?:porte|porter|porteuse|port) (?:du|le|un|d'un) (?:voile|foulard)",
    "foulards?",
    "hijabs?",
    "burqa|burka|niqab|kippa|kipa|turbans?",
    "signes? (?:religieux|ostentatoires?)",
    "ramadan",
    "jeune du ramadan",
    "carême|careme",
    "prieres?",
    "prier",
    "prie(?:nt)?",
    "prays?",
    "messe",
    "eglises?",
    "mosquees?",
    "synagogues?",
    "musulmane?s?",
    "islam(?:ique|iste)?s?",
    "chretien(?:ne)?s?",
    "catholiques?",
    "juifs?|juives?",
    "israelites?",
    "protestante?s?",
    "evangeliques?",
    "bouddhistes?",
    "hindous?",
    "athees?",
    "sikhs?",
    "halal",
    "casher|kasher|kosher",
    "shabbat|sabbat|sabbath",
    "dieu|allah",
    "god",
    "croyez-vous",
    "believe in god",
    "religious",
    "religion",
    "muslims?",
    "christians?",
    "jewish",
    "jews?",
    "catholics?",
    "hindus?",
    "buddhists?",
    "atheists?",
    "church",
    "mosque",
    "headscarf|head scarf|headscarves",
    "pray(?:s|ing|er|ers)?",
  ],
  { ad: "AD-15", iq: "IQ-05" },
);

// --- physical appearance ------------------------------------------------------------------------------------
const THING_BEFORE =
  /\b(?:structure|entreprise|societe|equipe|boite|agence|poste|budget|salaire|local|locaux|bureau|ville|marche|projet|ecran|texte|ecart|marge|offre|enveloppe|logement|appartement|voiture|vehicule|magasin|boutique|salle|site|perimetre|scope|company|team|budget|office|room|gap)s? (?:est |sont |etait |semble |reste |parait |is |was |seems )?(?:un peu |beaucoup |bien |a bit |far )?$/;
add(
  "appearance.explicit",
  ["physical_appearance"],
  "explicit",
  [
    "physique (?:agreable|avantageux|attrayant|attirant|plaisant|irreprochable|seduisant|de mannequin|impeccable)",
    "(?:tres |plutot )?(?:jolie?s?|belles?|beau|mignonne?s?|sexy|sexys)(?! (?:histoire|aventure|opportunite|carriere|entreprise|equipe|projet|region|ville|marque|maison|gamme|vue|cuisine))",
    "(?:mince|svelte|elancee?)s?",
    "taille (?:3[4-8]|4[0-2]|mannequin|fine|s\\b|xs\\b)",
    "yeux (?:bleus|verts|clairs|marron)",
    "cheveux (?:courts|longs|blonds|bruns|naturels|lisses|crepus|attaches)",
    "(?:sans|pas de|aucun) (?:tatouages?|piercings?|barbe|cheveux longs|dreadlocks|locks)",
    "(?:en )?surpoids",
    "obeses?",
    "(?:trop )?(?:gros|grosse|maigre|petit|petite|grand|grande)(?= (?:pour|et) )",
    "(?:grande?|petite?) taille",
    "mesurer (?:au moins|plus de|minimum|moins de)? ?\\d",
    "\\d[,.]\\d{2} ?m (?:minimum|min|au moins)",
    "(?:attractive|good[- ]looking|pretty|beautiful|handsome|slim|slender|thin|petite|cute|hot)(?: (?:women|woman|girls?|men|man|candidates?|applicants?|appearance|people|staff|hostess|waitress))",
    "(?:attractive|good[- ]looking|slim|slender|pretty)(?= *(?:required|only|preferred|a must|,|\\.|$))",
    "(?:no|without) (?:tattoos?|piercings?|beards?|visible tattoos)",
    "overweight",
    "obese",
    "(?:apparence|allure|look) (?:soignee?|jeune|agreable|avantageuse?|moderne|europeenne)",
    "(?:physique|silhouette|allure|look|apparence|morphologie|gabarit|carrure) (?:de |d')(?:sporti(?:f|ve)|athlete|mannequin|star|jeune premier|top model|rugbyman|danseuse|hotesse|catcheur|demenageur|videur)",
    "(?:physique|silhouette|allure|look|apparence|morphologie|gabarit|carrure|stature|corpulence) (?:tres |plutot )?(?:imposante?|costaud|robuste|massi(?:f|ve)|frele|chetif|chetive|trapue?|baraquee?|musclee?|athletique|menue?|forte?)",
    "(?:physique|silhouette|allure|look|apparence|morphologie|gabarit|plastique|visage|corps) (?:tres |plutot )?(?:agreable|avantageu(?:x|se)|attrayante?|attirante?|plaisante?|seduisante?|sporti(?:f|ve)|athletique|fine?|mince|svelte|elancee?|harmonieu(?:x|se)|elegante?|jeune|juvenile|impeccable|irreprochable|parfaite?|jolie?|belle|beau|raffinee?|distinguee?|feminine?|masculine?|de mannequin|d'hotesse|standard|normee?|avenante?|gracieu(?:x|se)|photogenique)",
    "(?:athletic|slender|slim|toned|petite|fit|attractive|pleasing|youthful) (?:build|figure|physique|body|look)",
    "(?:image|look|profil) (?:peu adaptee?|pas adaptee?|inadaptee?)",
    "(?:pleasant|attractive|youthful) (?:appearance|look|physique)",
  ],
  {
    ad: "AD-12",
    iq: "IQ-10",
    sc: "SC-01",
    // "la structure est trop petite pour ses ambitions": a thing's size, not a body.
    accept: (m, text) => !THING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)),
  },
);
add(
  "appearance.presentation",
  ["physical_appearance"],
  "explicit",
  [
    "(?:bonne|belle|excellente) presentation",
    "presentation soignee",
    "well[- ]groomed",
    "well presented",
    // "quelqu'un qui présente mieux": the person's presentation, not a product's.
    "(?:qui |doit |sachant )?present(?:e|ent|er) (?:bien|mieux|mal)(?! (?:les|des|le|la|ses|nos|un|une|l'|son|sa|leurs))",
  ],
  {
    ad: "AD-12b",
    iq: "IQ-10",
    sc: "SC-01",
  },
);
add(
  "appearance.terms",
  ["physical_appearance"],
  "term",
  [
    "(?:votre|son|sa|leur) (?:physique|poids|taille|silhouette)",
    "poids (?:proportionne|ideal|normal|de forme|adapte|minimum|maximum|max|min|inferieur|superieur|limite)|imc|indice de masse corporelle|bmi|body mass index",
    "(?:dents|dentition|sourire|peau|teint|visage|mains|ongles|cheveux|chevelure|traits) (?:saine?s?|parfaite?s?|blanche?s?|impeccables?|alignee?s?|jolie?s?|belle?s?|eclatante?s?|harmonieu(?:x|se|ses)|reguliers?|fins?|fines?)",
    "(?:perfect|white|straight|nice) (?:teeth|smile|skin)",
    "apparence",
    "tatouages?",
    "piercings?",
    "barbus?",
    "chauves?",
    "tatouee?s?",
    "barbe",
    "cheveux",
    // Body size and looks by class: "enrobée", "rondelette", "kilos en trop", "moche", "chubby".
    "enrobee?s?",
    "mensurations?",
    "tour de (?:taille|poitrine|hanches)",
    "(?:measurements|waist size|bust size|dress size)",
    "rondelette?s?",
    "potelee?s?",
    "grassouillet(?:te)?s?",
    "bedonnante?s?",
    "embonpoint",
    "(?:quelques |des |ses |trop de )?kilos en trop",
    "(?:forte|grosse) corpulence",
    "moches?",
    "laide?s?",
    "disgracieu(?:x|se|ses)",
    "ingrate?s?(?= (?:physiquement|de visage))",
    "(?:fat|chubby|plump|ugly|unattractive|bald)",
    "(?:votre|sa|son|leur|your|his|her) (?:coiffure|coupe de cheveux|hairstyle)",
    "(?:your|his|her|their) (?:weight|height|looks)",
    "taille (?:minimale?|minimum|maximale?|maximum|requise|exigee|min|max)",
    "carrure",
    "corpulence",
    "stature",
    "[12][,.]\\d{2} ?m",
    "[12] ?m ?\\d{2}|1\\d{2} ?cm|\\d ?(?:ft|feet|foot) ?\\d{0,2}(?: ?in(?:ches)?)?",
    "slim",
    "attractive",
    "good[- ]looking",
    "pretty",
    "handsome",
    "sexy",
    "silhouette",
    "physique (?:pas|peu|trop|ingrat|disgracieux|banal|quelconque|ordinaire|moyen|passe-partout|commun)",
    "tattoos?",
    "beard",
    "hairstyle",
    "appearance",
    "combien (?:pesez|mesurez)",
    "how (?:tall|much do you weigh)",
  ],
  { ad: "AD-12", iq: "IQ-10" },
);

// --- health, disability, autonomy, genetics -------------------------------------------------------------------
add(
  "health.explicit",
  ["health"],
  "explicit",
  [
    "(?:en )?(?:bonne|parfaite|excellente) sante",
    "(?:pas de|aucun|sans) (?:problemes? de sante|maladies?|antecedents? medicaux|arrets? maladie)",
    "(?:in )?(?:good|perfect|excellent) health",
    "healthy (?:candidates?|applicants?|people|individuals)",
    "no (?:health (?:problems|issues|conditions)|medical conditions|illnesses|sick leave)",
  ],
  { ad: "AD-14", iq: "IQ-06", sc: "SC-01" },
);
add(
  "health.able_bodied",
  ["health", "disability"],
  "explicit",
  ["(?:personnes?|candidats?|salaries?|profils?) valides?", "able[- ]bodied", "non[- ]handicapee?s?"],
  {
    ad: "AD-14",
    iq: "IQ-06",
    sc: "SC-01",
  },
);
add(
  "health.terms",
  ["health"],
  "term",
  [
    "(?:votre|son|sa|leur|etat de|problemes? de|raisons? de|mauvaise|fragile|soucis de) sante",
    "malad(?:e|es|ie|ies)",
    "medicaments?",
    "traitements? (?:medicaux|medical|lourds?|medicamenteux|reguliers?|quotidiens?|de fond|en cours|au long cours|particuliers?|hormonaux|psychiatriques?)",
    "(?:prenez|prendre|suivez|suivre|suivi|sous|prend|suit)(?:-vous| vous)? (?:un |des |actuellement un |actuellement des )?(?:traitements?|medicaments?|cachets|antidepresseurs)",
    "sclerose en plaques|parkinson|alzheimer|myopathie|mucoviscidose|hemophilie|polyarthrite|fibromyalgie|endometriose|migraines? chroniques?|hernies? discales?|lombalgies?|insuffisance (?:cardiaque|renale|respiratoire)|dialyse|chimio(?:therapie)?|remission|tumeurs?|leucemie|avc|infarctus|schizophren\\w*|anorexi\\w*|boulimi\\w*|tdah|hyperactivite|dyspraxi\\w*|dyscalculi\\w*|dysphasi\\w*|troubles? (?:dys|du spectre|anxieux|alimentaires?|de l'humeur)",
    "multiple sclerosis|parkinson's|alzheimer's|chemotherapy|cancer treatment|heart condition|seizures?|adhd|anxiety disorder|eating disorder",
    "arrets? (?:de travail|maladie)",
    "absences? (?:pour maladie)",
    "(?:raisons?|motifs?|causes?|problemes?|soucis|suivi|dossier|antecedents?|certificats?|conges?|absences?|arrets?|examens?|rendez-vous) (?:medica(?:l|le|les|ux)|de sante|de maladie)",
    "absente?s? (?:pour|a cause d'une?|en raison d'une?) (?:raisons? |cause |motifs? )?(?:medica(?:l|le|les|ux)|de sante|maladie|sante)",
    "(?:etre|ete|etes|etiez|tombee?|souvent|jamais) malades?",
    "(?:sick|medical) (?:days|leave|absences?|reasons)",
    "sick(?:ness)?",
    "ill(?:ness|nesses)?",
    "medical (?:conditions?|history|problems?|issues?|leave)",
    "medications?",
    "chroniques?",
    "chronic",
    "cancers?",
    "diabet(?:e|es|ique|iques|ic|ics)",
    "depression|depressive?",
    "burn[- ]?out",
    "vih|hiv|seropositi(?:f|ve|fs|ves)|sida|aids",
    "psychiatri(?:que|ques|c)",
    "(?:maladies?|troubles?|antecedents?|problemes?|suivis?|pathologies?) (?:psychiatriques?|psychiques?|psychologiques?|mentaux|mentale?s?|nerveu(?:x|ses))",
    "mental health|sante mentale",
    "trouble(?:s)? (?:psychique|mental|bipolaire)s?",
    "bipolaire|bipolar",
    "asthm(?:e|a|atiques?)",
    "allerg(?:ie|ies|ique|iques|y|ies|ic)",
    "hospitali[sz]\\w*",
    "fumeu(?:r|rs|se|ses)",
    "epilep(?:sie|tiques?|sy|tics?)",
    "obesite",
    "addictions?",
    "alcoolisme|alcoholism",
    "covid long",
    "long covid",
  ],
  { ad: "AD-14", iq: "IQ-06" },
);
add(
  "disability.explicit",
  ["disability"],
  "explicit",
  [
    "(?:pas de|aucun|sans|non) handicap(?:e|es|ee|ees)?",
    "handicap(?:e|es|ee|ees)? (?:s'abstenir|non acceptee?s?|refusee?s?|exclue?s?)",
    "no (?:disabilities|disability|disabled (?:people|persons|applicants|candidates))",
    "(?:must|should) not (?:be|have a) disab(?:led|ility)",
  ],
  { ad: "AD-14", iq: "IQ-06", sc: "SC-01" },
);
add(
  "disability.terms",
  ["disability"],
  "term",
  [
    // Speech impairments are a disability first: "il bégaie", "he stutters".
    "begai\\w*|begaiement|begues?|stutter\\w*|stammer\\w*|tics? de langage",
    "handicap(?:e|es|ee|ees|s)?",
    "amput\\w*|protheses?|paraplegi\\w*|tetraplegi\\w*|hemiplegi\\w*|paralyse\\w*|paralysie|unijambiste|prosthe\\w*|paralyzed|paraplegic|quadriplegic",
    "invalidite",
    "invalides?",
    "rqth",
    "aah",
    "infirm(?:e|es|ite)",
    "(?:en |d'un |un )?fauteuil(?: roulant)?",
    "sourde?s?",
    "malentendante?s?",
    "aveugles?",
    "malvoyante?s?",
    "non[- ]voyante?s?",
    "autis(?:te|tes|me|m|tic)",
    "trisomi(?:e|que)",
    "dyslexi(?:e|que|a|c)",
    "disab(?:led|ility|ilities)",
    "wheelchairs?",
    "deaf",
    "blind",
    "impair(?:ed|ment|ments)",
    "handicapped",
    "mobilite reduite",
    "reduced mobility",
    "special needs",
  ],
  { ad: "AD-14", iq: "IQ-06" },
);
add(
  "health.impairment",
  ["health", "disability"],
  "term",
  [
    "boite (?:legerement|un peu|beaucoup|fortement|nettement|de la jambe|en marchant)|boiterie|boiteu(?:x|se)|claudication|limps?|limping",
    "problemes? (?:de |d')(?:vue|audition|dos|coeur|mobilite|memoire|sante|poids|alcool|addiction|concentration|elocution|langage|locomotion)",
    "troubles? (?:de la vue|auditifs?|visuels?|musculo-?squelettiques?|de l'audition|cognitifs?)",
    "(?:physical|mental) (?:impairments?|conditions?|limitations?)",
  ],
  { ad: "AD-14", iq: "IQ-06" },
);
add(
  "autonomy.terms",
  ["loss_of_autonomy"],
  "term",
  [
    "perte d'autonomie",
    "dependance",
    "dependante?s?",
    "loss of autonomy",
    "aidante?s? (?:d'un proche|familiale?s?)",
  ],
  { ad: "AD-14", iq: "IQ-06" },
);
add(
  "genetic.terms",
  ["genetic_characteristics"],
  "term",
  [
    "genetiques?",
    "adn",
    "dna",
    "hereditaires?",
    "hereditary",
    "genetic(?:s)?",
    "groupes? sanguins?|blood (?:type|group)",
    "tests? (?:genetiques?|adn|de paternite)",
    "(?:dna|genetic) (?:tests?|screening|testing)",
    "(?:predisposition|predispositions?|susceptibilit(?:e|y)) (?:genetique|hereditaire|genetic|familiale)",
    "antecedents? (?:medicaux )?familiaux",
    "family (?:medical|health) history",
    // Carrying a gene or a hereditary disease: "porteuse du gène", "might carry the gene", "Huntington".
    "(?:porteu(?:r|se)s?|porte|porter|portait) (?:sain(?:e)? )?(?:du|d'un|d'une|de la|le|la|un|une|ce|cette) (?:gene|mutation|variant|anomalie chromosomique)",
    "(?:carry|carries|carried|carrying|carriers? of) (?:the|a|this|that) (?:gene|mutation|variant)",
    "(?:gene|mutation) brca\\d?|brca\\d?",
    "huntington",
  ],
  { ad: "AD-14", iq: "IQ-06" },
);

// --- sexual orientation, gender identity, morals ------------------------------------------------------------------
add(
  "orientation.terms",
  ["sexual_orientation"],
  "term",
  [
    "homosexuel(?:le)?s?",
    "heterosexuel(?:le)?s?",
    "bisexuel(?:le)?s?",
    "gays?",
    "lesbiennes?",
    "lesbians?",
    "orientation sexuelle",
    "sexual orientation",
    "lgbt\\w*",
    "(?:couples?|personnes?|partenaires?|conjointe?s?|mariages?|unions?|relations?) (?:de meme sexe|homosexuel\\w*|same-sex)",
    "same[- ]sex",
    "homos?",
    "queer",
    "straight (?:only|people|candidates|applicants)",
    "attiree?s? par les (?:hommes|femmes)",
    "attracted to (?:men|women)",
    "homosexual(?:s|ity)?",
    "heterosexual(?:s)?",
  ],
  { ad: "AD-19", iq: "IQ-08" },
);
// "un petit ami ou une petite amie ?": asking the partner's sex asks both the family situation and the
// orientation.
add(
  "orientation.partner_sex",
  ["family_situation", "sexual_orientation"],
  "term",
  [
    "(?:un |une |a )?(?:petit ami|copain|compagnon|mari|epoux|boyfriend|husband) (?:ou|or) (?:une |un |a )?(?:petite amie|copine|compagne|femme|epouse|girlfriend|wife)",
    "(?:une |un |a )?(?:petite amie|copine|compagne|femme|epouse|girlfriend|wife) (?:ou|or) (?:un |une |a )?(?:petit ami|copain|compagnon|mari|epoux|boyfriend|husband)",
  ],
  { ad: "AD-03", iq: "IQ-01", sc: "SC-01" },
);
add(
  "gender_identity.terms",
  ["gender_identity"],
  "term",
  [
    "transgenres?",
    "transsexuel(?:le)?s?",
    "trans",
    "identite de genre",
    "gender identity",
    "transgender",
    "non[- ]binaires?",
    "non[- ]binary",
    "changement de sexe",
    "sex change",
    "transition de genre",
    "(?:sexe|genre) (?:de naissance|a la naissance|assigne\\w*|biologique|d'origine|a l'etat civil|sur (?:vos|les) papiers)|(?:sex|gender) (?:assigned at birth|at birth)|biological (?:sex|gender)|born (?:a )?(?:male|female|man|woman|boy|girl)",
    "gender transition",
    "transitions? (?:de sexe|hormonale|medicale de genre|mtf|ftm)",
    "(?:mtf|ftm)",
    "en (?:cours de |pleine )?transition(?= ?[?!]| (?:de genre|de sexe|hormonale))",
    // "personne en transition", "elle est en transition": a person, not a career or a sector, in transition.
    "(?:personne|candidate?|salariee?|il|elle|iel|est|etant|person|femme|homme) en (?:cours de |pleine )?transition(?! (?:professionnelle|pro\\b|de carriere|de poste|d'emploi|de metier|energetique|ecologique|numerique|digitale|vers|entre|dans|au|a la|a l'))",
    "(?:votre|sa|son|leur|your|his|her|their) transition(?! (?:energetique|ecologique|numerique|digitale|professionnelle|de carriere|vers|entre|dans|au|a la))",
  ],
  { ad: "AD-19", iq: "IQ-08" },
);
add(
  "morals.terms",
  ["morals"],
  "term",
  [
    "moeurs",
    "vie privee",
    "mode de vie",
    "lifestyle",
    "vie sentimentale",
    "vie amoureuse",
    "love life",
    "private life",
    "libertin(?:e|es|s|age)?",
    "echangistes?|echangisme|swingers?|swinging",
    "(?:vie|moeurs|conduite|comportement|passe|reputation)s? (?:dissolue?s?|legeres?|douteu(?:x|se)s?|libertine?s?|depravee?s?|scandaleu(?:x|se)s?|sulfureu(?:x|se)s?|dereglee?s?|immorale?s?|debauchee?s?)",
    "(?:bonnes|mauvaises) moeurs|moralite|debauche",
    "(?:loose|immoral|questionable) (?:morals|lifestyle|life)",
  ],
  {
    ad: "AD-01",
    iq: "IQ-08",
  },
);

// --- economic vulnerability, bank domiciliation -----------------------------------------------------------------
add(
  "economic.terms",
  ["economic_vulnerability"],
  "term",
  [
    "rsa",
    "rmi",
    "(?:beneficiaires?|allocataires?) (?:du rsa|des minima sociaux|d'aides sociales|de la caf|du rmi)",
    "(?:chomage|chomeurs?|demandeurs? d'emploi|sans emploi) de (?:tres )?longue duree",
    "chomeurs?",
    "surendette?e?s?|surendettement",
    "precarite",
    "precaires?",
    "sans domicile(?: fixe| stable)?",
    "(?:hebergee?s?|logee?s?) (?:en foyer|en centre|chez (?:un tiers|des amis|de la famille|des proches)|a l'hotel|en chrs|en cada|en hotel social|en urgence)",
    "sans logement|mal[- ]logee?s?|logements? precaires?|hebergement d'urgence|foyers? d'hebergement",
    "(?:familles?|milieux?|origines?|backgrounds?) (?:sociale?s? )?(?:modestes?|pauvres?|defavorisee?s?|precaires?|populaires?|ouvriere?s?|aisee?s?)",
    "(?:bonne|grande|riche) famille|bon milieu|milieux? (?:aises?|favorises?|bourgeois)|good (?:family|background)",
    "(?:au |du |en )chomage|periodes? de chomage|demandeu(?:r|se)s? d'emploi|sans emploi|inscrite?s? (?:a|au) (?:pole emploi|france travail)|unemployed|unemployment",
    "(?:bad|poor) credit(?: history| score| rating)?",
    "boursiere?s?|bourse sur criteres sociaux|classes? populaires?|working[- ]class|low[- ]income (?:family|background|household)|underprivileged|disadvantaged background",
    "sdf",
    "sans[- ]abri",
    "minima sociaux",
    "pauvres?|pauvrete",
    "interdits? bancaires?",
    "fichee?s? (?:a la )?banque de france",
    "(?:vos|ses|leurs|des) dettes",
    "endettee?s?",
    "long[- ]term unemployed",
    "(?:on )?welfare",
    "homeless",
    "bankrupt(?:cy)?",
    "(?:your|his|her|their) debts?",
    "food stamps",
    "aides sociales",
    "low[- ]income",
    "credits? (?:en cours|immobiliers?|a la consommation|revolving|a rembourser|renouvelables?)",
    "(?:dettes?|emprunts?|prets?) (?:en cours|a rembourser)",
    "rembours\\w* (?:\\S+ ){0,2}(?:credits?|dettes?|emprunts?|prets?)",
    "proprietaire ou locataire",
    "(?:etes-vous|es-tu|est-il|est-elle|vous etes|il est|elle est) (?:proprietaire|locataire|hebergee?|loge(?:e)? (?:gratuitement|chez))",
    "(?:proprietaires?|locataires?) (?:de (?:votre|son|leur|ton) )?(?:logement|appartement|maison|residence principale|domicile)",
    "(?:logement|appartement|maison) (?:en location|social|sociaux|hlm)",
    "(?:votre|sa|son|leur|ta) (?:situation|capacite|sante) financieres?|(?:votre|son|sa|leur) patrimoine|revenus du (?:foyer|menage|conjoint)|salaire (?:du|de votre) conjoint",
    "(?:own|rent) (?:your|his|her|their) (?:home|house|apartment|flat)",
    "(?:financial situation|credit (?:history|score)|net worth)",
    "(?:homeowner|renter)s?",
  ],
  { ad: "AD-18", iq: "IQ-11" },
);
add(
  "bank.terms",
  ["bank_domiciliation"],
  "term",
  [
    "domiciliation bancaire",
    // One bank imposed: "notre banque partenaire", "les autres banques ne sont pas acceptées".
    "(?:notre|une|la) banque (?:partenaire|agreee|referencee)|(?:les |d')autres banques|other banks|(?:our )?partner bank",
    "comptes? (?:bancaires?|en banque)",
    "banques? (?:francaises?|en france)",
    "rib",
    "(?:quelle|votre|sa|leur|ta) banque",
    "banque (?:principale|habituelle)",
    "(?:which|what) bank",
    "(?:your|his|her|their) bank",
    "iban",
    "coordonnees bancaires",
    "bank (?:account|details)",
    "(?:compte|banque) (?:en|dans|d'une banque) (?:france|metropole|l'hexagone|metropolitaine)",
    "(?:comptes?|banques?|rib|iban|domiciliations?)(?: (?!(?:en|dans)\\b)\\S+){0,3} (?:en|dans) (?:france|metropole|l'hexagone|une banque francaise|l'ue|zone euro)(?: metropolitaine)?",
    "(?:rib|iban|comptes? bancaires?) (?:francais|etrangers?|hors de france)",
    "(?:compte|comptes|domicili\\w*) (?:ouverts? |tenus? |domicilie\\w* )?(?:dans|aupres d'|chez|a) (?:une|un|la|le) (?:banque|etablissement bancaire|agence bancaire|agence)",
    "(?:online|foreign|local|french|traditional) bank accounts?",
  ],
  { ad: "AD-18", iq: "IQ-11" },
);

// --- political, union, elected office, whistleblower ---------------------------------------------------------------
add(
  "political.terms",
  ["political_opinions"],
  "term",
  [
    "(?:opinions?|engagements?|convictions?|sensibilites?|activites?|appartenance|affiliation|militantisme|idees|orientation) politiques?",
    "politiquement",
    "partis? politiques?",
    "(?:quel|votre|son|leur|ton) parti(?! pris)\\b",
    "(?:dans|a|au sein d'|pour) un parti(?! pris)\\b",
    "milit(?:e|er|ez|ons|ait|aient|antisme)\\b",
    "sympathisante?s? (?:d'|de l'|du |de la |des )?(?:extreme|gauche|droite|parti|mouvement|rassemblement|front|france insoumise|verts|ecologistes?|communistes?|socialistes?)",
    "encartee?s?",
    "(?:quel|which) (?:parti|party|candidat|candidate)s? (?:soutenez|supportez|preferez|support|do you support|did you vote)",
    "pour qui (?:votez|avez-vous vote|voterez|votiez)",
    "(?:which|what) (?:political )?party",
    "militante?s? (?:politiques?|d'un parti|de gauche|de droite|ecologistes?|communistes?|socialistes?)",
    "apolitiques?",
    "votez|voterez|votre vote|vote pour|votes?|voter",
    "elections?(?! professionnelles| du cse| des (?:delegues|representants|membres du cse))",
    "electeurs?",
    "carte d'electeur",
    "extreme (?:droite|gauche)",
    "(?:etes|est|etre|suis|plutot|vous etes) (?:de )?(?:droite|gauche)",
    "de (?:droite|gauche) ou de (?:droite|gauche)",
    "rassemblement national|front national|insoumise?s?|communistes?|socialistes?|ecologistes?",
    "political (?:views|opinions|affiliation|party|beliefs|activity|activities)",
    "(?:engagee?s?|militante?s?|actifs?|actives?|impliquee?s?|investie?s?|encartee?s?) (?:en|dans la|dans le monde de la) politique",
    "(?:faire|fait|fais|faites|faisant) de la politique",
    "(?:politically active|involved in politics|active in politics)",
    "politically",
    "democrats?|republicans?",
    "vote for",
    "(?:left|right)[- ]wing",
    "(?:d'|de l')opposition",
  ],
  { ad: "AD-16", iq: "IQ-09", sc: "SC-13" },
);
add(
  "union.terms",
  ["union_activity"],
  "term",
  [
    "syndiqu\\w*",
    "syndica(?:t|ts|le|les|l|ux|liste|listes|lisme)",
    "non[- ]syndiquee?s?",
    "greves?",
    "grevistes?",
    "(?:delegue|representant)e?s? (?:du personnel|syndica\\w*|cse)",
    "elue?s? (?:du personnel|cse|au cse)",
    "cgt|cfdt|cfe-cgc|force ouvriere|unsa|cftc",
    "elections? (?:professionnelles|du cse|des (?:delegues|representants|membres du cse))",
    "(?:presenter|presente\\w*|candidat\\w*) (?:\\S+ ){0,2}(?:au|aux) (?:cse|elections professionnelles|elections du cse)",
    "mandats? (?:syndica\\w*|au cse|cse|de (?:delegue|representant|elu) du personnel)",
    "(?:militante?s?|activites?|engagements?|elue?s?|mandats?|responsables?) mutualistes?",
    "union (?:members?|membership|activit(?:y|ies)|organiz\\w+|rep(?:resentative)?s?|steward)",
    "labor unions?|trade unions?|labour unions?",
    "(?:about|on|of|toward|towards|regarding|join|joined|joining) (?:labor |labour |trade |a )?unions?",
    "non[- ]union",
    "unioni[sz]ed",
    "(?:on|go on|went on|join a) strikes?",
    "strikers?",
  ],
  { ad: "AD-16", iq: "IQ-09", sc: "SC-13" },
);
const COUNCIL_AS_EMPLOYER =
  /\b(?:attachee?|collaborat\w*|assistante?|charge\w* de \w+|direct(?:eur|rice)|agent|secretaire general\w*|juriste|cabinet|redact\w*|stagiaire|employee?|salariee?|fonctionnaire|travaill\w*|worked|staff|de presse|poste|technicien\w*)\b[^.;]{0,50} (?:au|du|a la|pour le|pour la|at the|for the|in the) $/;
add(
  "elected.terms",
  ["elected_office"],
  "term",
  [
    "elue?s? (?:municipa\\w*|locaux|locales?|d'opposition|politiques?|regionaux|au conseil|de la republique|s'abstenir)",
    "(?:ancien|ancienne|un|une|les|des) elue?s?",
    "mandats? (?:electifs?|locaux|local|politiques?|municipaux|municipal)",
    "conseill(?:er|ere)s? (?:municipa\\w*|regiona\\w*|departementa\\w*)",
    "maires?",
    "(?:siegez|sieger|siege|siegeait|siegera)(?:-vous| vous)? (?:au|a la|a l'|dans)",
    "conseils? (?:municipa(?:l|ux)|regiona(?:l|ux)|departementa(?:l|ux)|communautaires?|d'arrondissement|general)",
    "assemblee nationale|senat\\b|parlement europeen",
    "(?:sit|sits|sat|serve|serves|served|serving) on (?:the |a )?(?:city|town|municipal|county|regional|local) (?:council|board)",
    "(?:run|ran|running|candidat\\w*) (?:for|aux?) (?:office|elections? (?:municipales|legislatives|regionales|departementales))",
    "adjointe? au maire",
    "(?:fonctions?|mandats?|statut|qualite) d'elue?s?",
    "(?:etes-vous|est-il|est-elle|vous etes|il est|elle est) (?:un |une )?elue?s?(?! (?:du personnel|au cse|cse|des salaries))",
    "deputee?s?",
    "senat(?:eur|rice)s?",
    "elected (?:officials?|office|representatives?|to)",
    "city council\\w*",
    "(?:hold|holds|held) (?:public )?office",
  ],
  {
    ad: "AD-16",
    iq: "IQ-09",
    sc: "SC-13",
    // "attachée de presse … au conseil régional": the council as an employer, not a seat on it.
    accept: (m, text) => !COUNCIL_AS_EMPLOYER.test(text.slice(Math.max(0, m.index - 70), m.index)),
  },
);
add(
  "whistleblower.terms",
  ["whistleblower"],
  "term",
  [
    "lanceu(?:r|se)s? d'alerte",
    "whistle[- ]?blow(?:er|ers|ing)",
    "(?:signale|denonce|alerte|signaler|denoncer|dénoncé)\\w* (?:son|votre|leur|un|ses|vos) (?:ancien |precedent )?(?:employeur|patron|entreprise|direction)",
    "reported (?:his|her|their|your|a) (?:former |previous )?(?:employer|boss|company)",
    "(?:blew|blow) the whistle",
    "(?:filed?|filing|lodged?|lodging|made|brought|bring) (?:a |any )?(?:complaints?|claims?|reports?|grievances?|lawsuits?|charges?|suits?) (?:against|about) (?:a |any |your |his |her |their )?(?:former |previous |past |ex-)?(?:employers?|boss|company|companies|managers?)",
    "(?:porte|deposer?|depose|portez|deposez)(?:-vous)?(?: une)? plaintes? contre (?:\\S+ ){0,2}(?:employeur|patron|entreprise|direction|hierarchie|manager)",
    "(?:attaque|poursuivi|assigne|saisi)\\w* (?:en justice |aux prud'hommes )?(?:votre|son|leur|un|ses|vos) (?:ancien |precedent )?(?:employeur|patron|entreprise)",
    "(?:saisi|saisir|saisissez)\\w* (?:les prud'hommes|l'inspection du travail|le defenseur des droits)",
    "(?:alert|signal|denonc|rapport)(?:e|er|ez|ee|ees|es|ait|aient|ant|ions)? (?:\\S+ ){0,6}(?:l'|d')?(?:employeur|patron|hierarchie|direction|inspection du travail|autorites?|procureur|justice|prud'hom\\w*|presse|journalistes?|gendarmerie|police|cnil|amf|afa|defenseur des droits)",
    "(?:report|reported|reporting|reports|exposed|exposing|disclosed) (?:\\S+ ){0,5}(?:employer|authorities|regulators?|osha|sec|the press|misconduct|fraud|wrongdoing|violations)",
    "(?:signal|denonc|rapport|revel)(?:e|er|ez|ee|ees|es|ait|aient|ant)? (?:des |les |de |d')?(?:faits|irregularites|fraudes?|malversations?|abus|manquements|agissements|pratiques (?:illegales|frauduleuses|illicites|douteuses)|detournements?|corruption|harcelement)",
    "(?:signalements?|alertes?|denonciations?|plaintes?|delations?) (?:\\S+ ){0,3}(?:contre|visant|sur|concernant) (?:\\S+ ){0,2}(?:ex-|ancien |precedent |former )?(?:employeur|patron|entreprise|direction|hierarchie|manager|societe|boite)",
    "(?:signalements?|alertes?|denonciations?) (?:\\S+ ){0,3}(?:aupres|a l'|a la|au|aux) (?:\\S+ ){0,2}(?:autorites?|inspection|procureur|justice|presse|direction|hierarchie|defenseur)",
    "lance(?:r|e|es|s|nt)? (?:une|des|l') ?alertes?",
    "alertes? (?:contre|visant|sur) (?:leur|son|votre|un) (?:ancien |precedent )?employeur",
    "facilitat(?:eur|rice)s? (?:d'alerte|de lanceur)",
  ],
  { ad: "AD-19", iq: "IQ-09", sc: "SC-13" },
);

// --- residence --------------------------------------------------------------------------------------------------
add(
  "residence.explicit",
  ["residence"],
  "explicit",
  [
    "(?:93|9-3|neuf[- ]trois|banlieue|banlieusards?|cites?|quartiers?|zup|zus|qpv)(?: \\w+)? (?:s'abstenir|non acceptee?s?|refusee?s?|exclue?s?)",
    "(?:pas de|sans|aucun) (?:banlieusards?|banlieue|candidats? (?:de|des|du) (?:banlieue|cites?|quartiers?|93))",
    "(?:habitants?|residents?) (?:de |d')?(?:paris )?intra[- ]muros",
    "intra[- ]muros (?:uniquement|exige|seulement)",
    "seine[- ]saint[- ]denis",
    "inner[- ]city",
    "(?:beaux|bons|riches|chics?) quartiers",
    "quartiers? (?:chics?|huppes?|residentiels?|favorises?|aises?|bourgeois)",
    "(?:nice|good|wealthy|affluent|upscale) (?:neighbo(?:u)?rhoods?|areas?|suburbs?)",
    "(?:no|not from) (?:applicants |candidates )?(?:from )?(?:the )?(?:projects|ghetto|suburbs|bad neighbo(?:u)?rhoods?)",
  ],
  {
    ad: "AD-17",
    iq: "IQ-13",
    sc: "SC-02",
    summary: "SC-02",
    // "Poste en Seine-Saint-Denis": where the job is, not where the candidate lives.
    accept: (m, text) => !JOB_LOCATION.test(text.slice(Math.max(0, m.index - 60), m.index)),
  },
);
// Sensitive areas named as such: a demand only with a requirement word ("hors quartiers prioritaires"),
// and never where the sentence places the job there ("poste situé en quartier prioritaire").
const JOB_LOCATION =
  /\b(?:situee?s?|basee?s?|implantee?s?|localisee?s?|poste|agence|site|bureaux?|magasin|boutique|college|lycee|ecole|etablissement|structure|centre|antenne|based|located|tournees?|interventions?|intervenir|missions?|livraisons?|livrer|deplacements?|chantiers?|travail|travailler|secteurs?|zones?|patrouilles?|rondes?|maraudes?|covering|deliveries|routes?|(?:mediat|educat|animat|intervenant|travailleu|coordinat|referent|adultes?-relais|agent)\w*)\b(?: \S+){0,3} (?:en|dans|au coeur d'|au sein d'|a proximite d'|pres d'|in|near)(?: un| une| les| des| the| a)? ?$|\((?:h\/f|f\/h)\) (?:\S+ ){0,2}(?:en|dans|au coeur d'|au sein d'|in)(?: un| une| les| des)? ?$/;
add(
  "residence.area",
  ["residence"],
  "term",
  [
    "quartiers? (?:nord|sensibles?|prioritaires?|populaires?|difficiles?)",
    "cites? (?:sensibles?|hlm)",
    "zones? (?:urbaines? )?sensibles?",
  ],
  {
    ad: "AD-17",
    iq: "IQ-13",
    sc: "SC-02",
    summary: "SC-02",
    accept: (m, text) => !JOB_LOCATION.test(text.slice(Math.max(0, m.index - 60), m.index)),
  },
);
// "il vient de Grigny", "elle vient de Roubaix": a place named as the person's origin, in a rationale, a
// summary or a question. Not "il vient de terminer" (a verb) nor "elle vient d'une grande école".
const COMES_FROM_NOT_PLACE =
  /^(?:\S*(?:er|ir|re|oir)|un|une|le|la|les|l|des|du|chez|notre|votre|son|sa|ses|leur|leurs|nos|vos|ce|cette|ces|quitter|rejoindre|obtenir|faire|finir|etre|avoir|signer|reussir|valider|decrocher|the|a|an|his|her|their|our|my|se|s|me|m|te|t|nous|vous|lui|y|en)$/;
add(
  "residence.comes_from",
  ["residence"],
  "term",
  [
    "(?:il|elle|he|she|ils|elles) (?:vient|viennent|venait|comes|came) (?:de|d'|du|from)",
    "(?<=^\\W{0,3})(?:vient|venant|vit|habite|originaire|issue?) (?:de|d'|du|des)",
  ],
  {
    uses: ["question", "rationale", "summary"],
    ad: "AD-17",
    iq: "IQ-13",
    sc: "SC-02",
    summary: "SC-02",
    accept: (m, text) => {
      const next = /^ ?([a-z0-9'-]+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      const word = (next?.[1] ?? "").replace(/'.*$/, "");
      return word !== "" && !COMES_FROM_NOT_PLACE.test(word);
    },
  },
);
add(
  "residence.proximity",
  ["residence"],
  "explicit",
  [
    "(?:habiter|resider|domicile|residant|vivre|habitant) (?:a proximite|pres|non loin|a moins de \\d+ ?(?:km|min))",
    "(?:living|live|lives|based) (?:nearby|close by|locally|within \\d+ ?(?:km|miles|minutes))",
  ],
  { ad: "AD-17b", iq: "IQ-13", sc: "SC-02" },
);
add(
  "residence.terms",
  ["residence"],
  "term",
  [
    "domicilie(?:e|s|es)?",
    "vivant (?:a|en|dans|au|aux)",
    "vivent (?:a|en|dans|au|aux)",
    "(?:votre|son|leur|lieu de|leur lieu de) (?:domicile|residence)",
    "habitez",
    "habite(?:nt)?",
    "vit (?:a|en|dans)",
    "(?:lives|resides) (?:in|at)",
    "(?<!\\d ?)habitante?s?",
    "residez|residant|resider|habiter",
    "lieu de (?:residence|vie)",
    "codes? postal|codes? postaux",
    "vivez|vivre a",
    "(?:live|lives|living) in",
    "zip ?codes?",
    "post ?codes?",
    "neighbo(?:u)?rhoods?",
    "suburbs?",
    "banlieues?",
    "(?:votre|son|quel) quartier",
    "where (?:do )?you live",
  ],
  { ad: "AD-17", iq: "IQ-13", sc: "SC-02", summary: "SC-02" },
);

// --- personal data in discrimination guard: driving-licence points; graduation year as age proxy -----------------
add(
  "personal.licence_points",
  ["personal_data"],
  "explicit",
  [
    "releve (?:integral )?(?:de|des) points",
    "permis (?:[a-e] )?(?:a |avec |de )?(?:12|douze|tous ses|tous vos) points",
    "solde de points",
    "(?:tous|12) (?:ses|vos|les) points",
  ],
  { ad: "AD-22", iq: "IQ-11", sc: "SC-02" },
);
add(
  "age.proxy",
  ["age"],
  "explicit",
  [
    "annee (?:d'obtention du|de) (?:diplome|bac)",
    "(?:en )?quelle annee (?:avez-vous )?(?:obtenu|eu|passe) (?:votre|le) (?:bac|diplome|baccalaureat)",
    "quand avez-vous (?:obtenu|eu|passe) (?:votre|le) (?:bac|baccalaureat)",
    "graduation year",
    "year of graduation",
    "when did you graduate(?: from high school| from college)?",
    "what year did you graduate",
    "graduated in (?:19[5-8]\\d)",
  ],
  {
    sc: "SC-02",
    summary: "SC-02",
    ad: "AD-05",
    iq: "IQ-07",
  },
);

// --- inference of protected characteristics (AI Act art. 5, GDPR art. 9) ---------------------------------------
add(
  "inference",
  ["origin", "religion", "health", "sexual_orientation"],
  "explicit",
  [
    "(?:probablement|sans doute|semble(?: etre)?|doit etre|certainement|vraisemblablement|sans doute) (?:d'origine|musulmane?|juif|juive|gay|homosexuel(?:le)?|malade|enceinte|handicapee?|etrangere?|maghrebine?|africaine?)",
    "(?:probably|likely|seems to be|appears to be|must be) (?:muslim|jewish|gay|lesbian|pregnant|disabled|foreign|arab|african|hispanic|asian)",
    "(?:deduit|deduite|infere|inferred|inferring|deducing) (?:de son|from (?:her|his|their)) (?:nom|prenom|photo|name|photo)",
  ],
  { sc: "SC-08", summary: "SC-08", ad: "AD-07", iq: "IQ-03" },
);

// --- positive action / reservation to a group ---------------------------------------------------------------------
add(
  "reserved",
  [],
  "explicit",
  [
    "(?:reservee?s?|ouverte?s? uniquement|exclusivement) (?:aux|a des|a) (?:femmes|personnes (?:handicapees|en situation de handicap)|travailleurs handicapes|beneficiaires (?:de l'oeth|rqth)|rqth|candidates|seniors|jeunes|personnes issues de la diversite|minorites)",
    "(?:candidats|personnes|profils) issus de la diversite (?:uniquement|seulement|exclusivement)",
    "(?:women|minorities|diverse candidates|veterans) only",
    "only (?:women|minorities|diverse candidates) (?:will be|are) considered",
  ],
  { ad: "AD-24", iq: "IQ-08", sc: "SC-01" },
);

// --- class-based vocabulary (round 13-15): words that name the candidate's own trait only in a judgement ----
// These are ambiguous in an ad ("moniteur de voile", "bière blonde", "marché asiatique"), so they count only
// in questions, rationales and summaries, where a person is being described or asked about.
const PERSON_USES: Use[] = ["question", "rationale", "summary"];
// An ethnic adjective on its own after a pause or a copula: "Profil écarté, maghrébin", "il est rebeu".
const ETHNIC_PERSON =
  "maghrebine?s?|africaine?s?|asiatiques?|asiates?|antillaise?s?|metisse?s?|basanee?s?|typee?s?(?= ?(?:[,.;:!?]|$))|metis|etrangere?s?|beurs?|beurettes?|rebeus?|renois?|gitane?s?|tziganes?|manouches?|roms?|subsahariens?|subsahariennes?|noirs?|noires?|blacks?|blanche?s?|blancs?|bridee?s?|bamboulas?|bougnoules?|negres?|negresses?|kabyles?|berberes?|touaregs?|peuls?|kurdes?|tamoule?s?|tchetchenes?|roumaine?s? (?:de souche|d'origine)";
add(
  "origin.person_adjective",
  ["origin"],
  "term",
  [
    `(?<=(?:^|[,:;(]|\\b(?:car|est|etant|trop|il est|elle est|parce qu'il est|parce qu'elle est|he is|she is|homme|femme|candidat|candidate|profil|personne|jeune|pas assez|not) ) ?)(?:${ETHNIC_PERSON})(?! (?:market|marche|clientele|cuisine|langue|restaurant|filiale|zone|pays|region|continent|culture|art))`,
    "pas (?:d'ici|du coin|de chez nous|francaise? de souche)",
    "(?:binationale?s?|double nationalite|bi-nationale?s?)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-03", sc: "SC-01", summary: "SC-14" },
);
add(
  "religion.person",
  ["religion"],
  "term",
  [
    "temoins? de jehovah|jehovah's witness(?:es)?",
    "(?:porte|portait|portant|porter|portez|avec|arbore|arborant|wears?|wearing) (?:une |un |la |le |sa |son |a |her |his )?(?:croix|crucifix|chapelet|main de fatma|etoile de david|kippa|voile|foulard|turban|hijab|cross)\\b(?!-?(?:rouge| rouge|-bow|wind))",
    "(?:le|son|du|un|leur|ce) voile\\b(?! (?:de |du |sur |d'|de la ))",
    "(?:fait|faites|faire|observe|observez|respecte|respectez|pratique|pratiquez) (?:le |la |les )?(?:careme|ramadan|shabbat|sabbat|jeune|priere|prieres|fetes religieuses)",
    // Religious commitment: "very vocal about faith", "converti à l'islam".
    "(?:vocal|outspoken|open|militant|devout|pious|public|loud|evangelical) (?:about |on )?(?:his |her |their )?(?:faith|religion|religious beliefs|beliefs)|evangelicals?|born[- ]again|devout|pious|fervente?s? (?:croyante?|pratiquante?|catholique|musulmane?|chretienne?)|pieuse|bigote?s?|grenouille de benitier|converti(?:e)? (?:a|au) (?:l'islam|islam|christianisme|judaisme|catholicisme|bouddhisme)|convert(?:ed)? to (?:islam|christianity|judaism|catholicism|buddhism)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-05", sc: "SC-01", summary: "SC-14" },
);
add(
  "health.person",
  ["health"],
  "term",
  [
    // Conditions and treatments by class: infections, addictions, pain, therapeutic part-time, ALD.
    "hepatites?(?: [abc])?|tuberculose|cirrhose|lupus|crohn|psoriasis|eczema|arthrose|arthrite|scoliose|lumbago|sciatiques?|apnees? du sommeil|narcolepsie|hypertension|cholesterol|thyroide|dialyse|greffee?s? (?:du |d'un |de )?(?:rein|coeur|foie|poumon|moelle)|transplantee?s?",
    "(?:mal|maux|douleurs?) (?:de |au |aux )(?:dos|genou|genoux|epaule|dos chronique|tete chroniques?)",
    "migraineu(?:x|se|ses)",
    "alcooliques?|toxicomanes?|toxicomanie|(?:consomm\\w*|prend|prenait|addict\\w*|accro) (?:de |a la |aux |des |du )?(?:drogues?|cannabis|cocaine|stupefiants|alcool)|droguee?s?(?= ?[,.;!?])|dependance (?:a l'alcool|aux drogues|a l'alcool)|sevrage|cure de desintoxication|rehab",
    "(?:fragile|instable|fragilite) (?:psychologiquement|psychologique|mentalement|nerveusement|emotionnellement|mentale)",
    "antidepresseurs?|anxiolytiques?|neuroleptiques?|somniferes?|insuline|antidepressants?",
    "mi-temps therapeutique|temps partiel therapeutique",
    "affection (?:de )?longue duree|\\bald\\b|longue maladie",
    "(?:son|ses|sa|votre|vos|un|plusieurs|deux|trois) accidents? (?:du travail|de travail)",
    "(?:arrets?|absences?) (?:a repetition|repetes|repetees|longs?|longues?|prolonge(?:e|s|es)?)",
    "(?:en|d'un|apres un) (?:arret|conge) (?:longue duree|de longue duree|maladie)",
    // Psychiatric conditions and follow-up: "suivi par un psychiatre", "trouble bipolaire".
    "(?:suivie? par|suivi chez|consulte|consultait|voit|voyait|sees|seeing|treated by|under) (?:un |une |a |son |sa )?(?:psychiatre|psychologue|psy|therapeute|psychiatrist|therapist|psychiatric care)",
    "(?:troubles? )?bipolaires?|bipolar(?: disorder)?|schizophren\\w*|psychoses?|psychotiques?|troubles? (?:psychiatriques?|psychiques?|anxieux|de l'humeur|borderline|de la personnalite|alimentaires?|obsessionnels?|du comportement alimentaire)|anorexi\\w*|boulimi\\w*|(?:mental health|psychiatric) (?:issues?|problems?|history|condition)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-06", sc: "SC-01", summary: "SC-14" },
);
add(
  "disability.person",
  ["disability"],
  "term",
  [
    "(?:utilise|utilisant|marche avec|se deplace avec|avec|sous|en|aide d'une?) (?:une |des |un )?(?:cannes?|bequilles|deambulateur|fauteuil|orthese|atelle)",
    "bequilles?|canne blanche|chien d'aveugle|chien guide|appareil(?:lee?s?|s? auditifs?)|implant cochleaire",
    "mdph|cdaph|taux d'incapacite|carte (?:d'invalidite|mobilite inclusion|cmi)|pension d'invalidite",
    "asperger|tsa|troubles? du spectre autistique|handicap (?:mental|psychique|moteur|visuel|auditif|cognitif)|deficient(?:e|s|es)? (?:visuel|auditif|intellectuel)\\w*|boiteu(?:x|se)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-06", sc: "SC-01", summary: "SC-14" },
);
add(
  "appearance.person",
  ["physical_appearance"],
  "term",
  [
    "(?:son|sa|ses|votre|vos|leur|your|his|her) (?:look|allure|style vestimentaire|dreadlocks|locks|tresses|afro|cicatrices?|acne|boutons|dents|dentition|maquillage|gueule|visage|rides|cheveux blancs|calvitie|pilosite)",
    "(?<=(?:^|[,:;(]|\\b(?:car|est|etant|trop|il est|elle est|plutot|assez|tres|pas assez|une|un)) ?)(?:rousse?s?|roux|blonde?s?|brune?s?|chauves?|ridee?s?|boutonneu(?:x|se)|laide?s?|vieillotte?s?)(?= ?(?:[,.;:!?]|$|et |pour ))",
    "dreadlocks|cheveux (?:crepus|afro|teints|colores|roses|bleus|verts)|coupe afro|crane rase",
    // Body size with a degree adverb: "trop enveloppé", "un peu rondelet", "too heavyset".
    "(?:trop|tres|un peu|assez|plutot|legerement|franchement|too|a bit|quite|rather|very) (?:envelopp(?:e|ee)|ronde?|rondouillarde?|grosse|maigre|maigrichonne?|chetif|chetive|costaud|massi(?:f|ve)|corpulente?|replete?|fluet(?:te)?|trapue?|heavy|heavyset|skinny|chubby|plump|stocky|scrawny|overweight)s?",
    // Grooming judged: "pas rasé", "dents abîmées", "peu présentable".
    "(?:peu|pas|mal|pas tres|pas assez|guere) presentables?|(?:mal|pas|jamais) rasee?s?|dents? (?:abimees?|manquantes?|jaunes?|gatees?|cassees?|pourries?|de travers|en moins)|physiquement (?:peu|pas|ingrat|quelconque|disgracieu\\w*|repoussant\\w*|moyen|limite|pas terrible)|(?:bad|crooked|missing|yellow) teeth|(?:not|un)presentable|unshaven|scruffy",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-10", sc: "SC-01", summary: "SC-14" },
);
add(
  "residence.person",
  ["residence"],
  "term",
  [
    "(?:vit|habite|reside|vient|originaire|issue?|venant|vivant|habitant|residant|grandi)e?s? (?:a |en |de |dans |d'|du )?(?:la |une |un |le |les )?(?:cite|cites|hlm|zup|zus|qpv|banlieue|campagne|zone rurale|quartier (?:nord|sud|populaire|sensible|difficile|chaud)|quartiers)\\b(?! (?:de recrutement|de communication|marketing|electorale|publicitaire|d'affaires|des sciences|general))",
    "(?:du|le|dans le|en) (?:9-3|neuf[- ]trois|93|94|95|91|92|77|78|13|59|69)\\b(?![ /:.,-]?(?:\\d|%|ans|km|kg|euros|h\\b|heures|jours|mois|min|salaries|personnes|postes|magasins|agences|e\\b|eme|er\\b|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))",
    "clichy-sous-bois|grigny|sarcelles|la courneuve|aulnay|bobigny|trappes|mantes-la-jolie|val-de-marne|val-d'oise|essonne|quartiers nord",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-13", sc: "SC-02", summary: "SC-02" },
);
add(
  "economic.person",
  ["economic_vulnerability"],
  "term",
  [
    "chom(?:age|eur|euse)s? (?:de )?(?:longue|tres longue) duree",
    "\\bcmu(?:-c)?\\b|complementaire sante solidaire|aide medicale d'etat",
    "(?:touche|percoit|vit (?:de|des)|beneficie (?:de|des)|allocataire (?:de|des)) (?:\\S+ )?(?:apl|allocations?|aides? sociales?|minima sociaux|rsa|aah|ass\\b|are\\b|pole emploi|france travail|caf)",
    "allocations? (?:chomage|familiales|logement)",
    "(?:touche|touchez|touches|percevez|percoit|percois|beneficiez|beneficie|vit|vivez|recevez|recoit)(?:-vous|-il|-elle|-tu)? (?:des |les |l'|le |du |de l'|d'|de )?(?:aides?|allocations?|apl|rsa|aah|minima|chomage|prestations?|indemnites? chomage|revenu de solidarite)",
    "(?:aides?|allocations?|prestations?) (?:de la |du |des )?(?:caf|msa|pole emploi|france travail|sociales?|sociaux|departement|ccas)",
    "(?:ses|des|de grosses|de lourdes|criblee? de|couverte? de|beaucoup de) dettes|endettee?s?|(?:saisies?|visites?|passages?) (?:d'|de l')huissier|saisies? sur salaire|credits? (?:a la consommation )?en cours",
    "restos du coeur|secours (?:populaire|catholique)|banque alimentaire|epicerie solidaire",
    "(?:est|etre|vit|vivant) (?:a la rue|dans la rue|en galere|dans la galere|fauchee?|pauvres?|dans la misere)",
    // Housing loss and no income: "hébergé chez un ami", "depuis son expulsion".
    "sans (?:ressources|revenus?|logement|le sou|un sou|toit)|hebergee? (?:chez (?:un |une |des |ses |sa |son )?(?:amie?s?|tiers|proches|parents|famille|mere|pere|soeur|frere)|en (?:foyer|urgence|centre)|au (?:115|samu social))|(?:son|sa|une|apres|depuis) (?:son |une )?expulsion(?: locative)?|expulsee? de son (?:logement|appartement)|\\bsdf\\b|sans-abri|evicted|homeless|no (?:income|fixed address)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-11", sc: "SC-01", summary: "SC-14" },
);
add(
  "union.person",
  ["union_activity"],
  "term",
  [
    "(?:syndicat|syndique|syndiquee|adherent(?:e)?|delegue(?:e)?|militant(?:e)?|elue?|encartee?) (?:fo|sud|unsa|cftc|cfe-cgc|cgc|cnt|fsu|snes)\\b",
    "(?:chez|a|au|de|du) (?:fo|unsa|cftc|cfe-cgc|fsu|snes)\\b",
    "(?:elue?s?|membres?|representante?s?|titulaires?|suppleante?s?|secretaires?) (?:au |du |de la |d'une |d'un )?(?:cse|comite social et economique|chsct|comite d'entreprise|delegation du personnel)",
    "(?:greviste|grevistes|meneu(?:r|se)s? de greve|piquets? de greve|a fait greve|faisait greve|fait (?:souvent )?greve|participe aux greves|mouvements? de greve)",
    "revendicati(?:f|ve|fs|ves)|contestataires?|syndicaliste",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-09", sc: "SC-13", summary: "SC-14" },
);
add(
  "political.person",
  ["political_opinions"],
  "term",
  [
    "militante?s?(?! (?:associati\\w*|pour l'emploi|humanitaire|ecologique|du climat|de la cause animale))",
    "(?:au|du|le|militant|adherent|encarte|membre du|vote|votez|votait|proche du|sympathisant) (?:rn|fn|lfi|ps|lr|npa|pcf|eelv|reconquete|modem|renaissance|front national|rassemblement national|france insoumise|parti (?:socialiste|communiste))\\b",
    "gauchistes?|droitards?|fachos?|fascistes?|communistes?|anarchistes?|islamo-gauchistes?|identitaires?|zadistes?|antifas?|gilets? jaunes?|insoumise?s?",
    "(?:manifs?|manifestations?|cortege|rassemblements?) (?:contre|pour|politiques?|syndicales?|de gauche|de droite|anti)",
    "(?:engagee?|actif|active|tres investie?) (?:politiquement|en politique|dans un parti)",
    "(?:ses|leurs|your|his|her) (?:idees|opinions|convictions|positions) politiques",
    // Campaigning for a party: "affiches pour Reconquête", "tracts pour LFI".
    "(?:pour|chez|avec|de|d'|du|pro-?|anti-?) ?(?:rn|fn|lfi|npa|pcf|eelv|reconquete|rassemblement national|front national|france insoumise|parti (?:socialiste|communiste)|les republicains|zemmour|melenchon|le pen|bardella|macronistes?)\\b",
    "(?:colle|collait|distribue|distribuait|pose|posait|a pose|a colle|a distribue|tracte|tractait|tractage|collage)\\w* (?:des |d')?(?:affiches|tracts)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-09", sc: "SC-13", summary: "SC-14" },
);
add(
  "elected.person",
  ["elected_office"],
  "term",
  [
    "elue?s? (?:local|locale|locaux|municipal|municipale|municipaux|regional|regionale|departemental|departementale|de la commune|a la mairie|au conseil|de l'opposition|de la majorite|au parlement)",
    "(?:est|etant|il est|elle est|car) (?:elue?|adjointe? au maire|maire)\\b",
    "(?:adjointe? au maire|maire (?:de|d')|deputee?|senat(?:eur|rice)|conseill(?:er|ere) (?:communautaire|territoriale?))",
    // Running for office, by the election's name: "se représenter aux municipales", "run for mayor".
    "(?:aux|les|des|prochaines|dernieres|a des|a de) (?:elections )?(?:municipales|legislatives|regionales|departementales|cantonales|senatoriales|europeennes)",
    "(?:liste|campagne|candidature) (?:electorale|municipale|aux (?:municipales|legislatives|regionales|departementales|elections))",
    "(?:run|runs|ran|running|stand|stands|standing|stood) (?:again )?(?:for|in) (?:mayor|parliament|the (?:city|town|local|regional|municipal) (?:council|elections?)|(?:local|municipal|regional|national) (?:office|elections?))",
    // English titles: "she's the mayor of a village", "a city councillor".
    "(?:the |a |is |as )(?:mayor|deputy mayor|councillor|councilor|council member|councilman|councilwoman|alderman|member of parliament|senator|\\bmp\\b)",
    // Deputy mayor by portfolio: "adjoint à la culture dans sa commune".
    "adjointe? (?:au |a la |a l'|aux )(?:\\S+ ){1,2}(?:dans|de|a|en) (?:sa|la|leur|une|son|notre|sa petite) (?:commune|ville|mairie|village|municipalite|collectivite)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-09", sc: "SC-13", summary: "SC-14" },
);
add(
  "orientation.person",
  ["sexual_orientation"],
  "term",
  [
    "\\bbi\\b(?= ?(?:[,.;:!?]|$))|bisexualite|homosexualite|homos?|pedes?|gouines?|tapettes?|tarlouzes?|tantouzes?|lgbt\\w*|queer|pansexuel(?:le)?s?|asexuel(?:le)?s?",
    "(?:son|votre|leur) (?:compagnon|mari|copain|petit ami) (?:est )?(?:un homme)|(?:sa|votre|leur) (?:compagne|femme|copine|petite amie) (?:est )?(?:une femme)",
    "(?:coming[- ]out|orientation sexuelle|sexual orientation|prefere les hommes|prefere les femmes|aime les hommes|aime les femmes)",
    // Living with or married to someone of the same sex: "vit avec un autre homme", "married to another woman".
    "(?:vit|vivent|vivant|habite|en couple|mariee?|pacsee?|sort|lives|living|married|dating|partnered) (?:avec|with|to) (?:un autre homme|une autre femme|another (?:man|woman))",
    "(?:il|he) (?:vit|sort|est en couple|est marie|est pacse|lives|is dating|dates|is married|is living) (?:avec|with|to) (?:un homme|a man|a guy|un mec|un gars)|(?:elle|she) (?:vit|sort|est en couple|est mariee|est pacsee|lives|is dating|dates|is married|is living) (?:avec|with|to) (?:une femme|a woman|a girl|une nana|une fille)",
    // A same-sex partner: "her partner is a woman", "his husband".
    "her (?:partner|spouse|wife|girlfriend|fiancee) (?:is )?(?:a )?(?:woman|female)|his (?:partner|spouse|husband|boyfriend|fiance) (?:is )?(?:a )?(?:man|male)|her wife|his husband|sa (?:partenaire|conjointe) est une femme|son (?:partenaire|conjoint) est un homme",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-08", sc: "SC-01", summary: "SC-14" },
);
add(
  "gender_identity.person",
  ["gender_identity"],
  "term",
  [
    "travestie?s?|drag (?:queen|king)s?|\\biels?\\b|pronoms? (?:neutres?|iel)|(?:ne|n'est) (?:ni homme ni femme)|genderfluid|genre fluide|dysphorie de genre|(?:ancien|ancienne) (?:homme|femme)(?= ?[,.;!?])|(?:nee?|ne) (?:homme|femme|garcon|fille)(?= ?[,.;!?])|deadname|prenom (?:d'usage|de naissance)",
    // Sex at birth or a former name asked: "vous étiez un homme avant ?".
    "(?:etiez|etait|etais|etes-vous ne|est-il ne|est-elle nee|were you|was (?:he|she)) (?:un |une |a |an )?(?:homme|femme|garcon|fille|man|woman|boy|girl|male|female) (?:avant|auparavant|before|a la naissance|at birth|a l'origine)|(?:ancien|precedent|autre|previous|old|former|birth) (?:prenom|first name|name)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-08", sc: "SC-01", summary: "SC-14" },
);
add(
  "whistleblower.person",
  ["whistleblower"],
  "term",
  [
    "(?:a|avait|ayant|avoir|aurait) (?:publiquement |deja )?(?:denonce|balance (?:son|ses|sa|leur)|temoigne contre|porte plainte contre)\\b",
    "(?:prud'hom\\w*|proces|procedure|contentieux|litige|action en justice|plainte)s? (?:\\S+ ){0,2}contre (?:\\S+ ){0,1}(?:ex-|ancien |precedent |former )?(?:employeur|patron|entreprise|societe|boite|direction)",
    "(?:delateur|delatrice|mouchard|balanceu(?:r|se))",
    // Going to the press or the authorities about an employer: "went to the press", "a alerté les médias".
    "(?:went|go|goes|going|gone) to the (?:press|media|police|authorities|regulator|labou?r inspectorate)|(?:a|avait|ayant|aurait) (?:alerte|prevenu|saisi|contacte) (?:la presse|les medias|des journalistes|les journalistes|l'inspection du travail|les autorites|le procureur|la justice)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-09", sc: "SC-13", summary: "SC-14" },
);
add(
  "morals.person",
  ["morals"],
  "term",
  [
    "(?:portee?|axee?) sur (?:la fete|la bouteille|l'alcool|le sexe|les femmes|les hommes)|(?:aime|adore|fait) (?:trop |beaucoup |souvent )?(?:faire )?la (?:fete|bringue|java|noce)|party (?:animal|girl|boy)|sorties? (?:nocturnes? )?(?:arrosees|trop frequentes)",
    "fetard(?:e)?s?|noceu(?:r|se)s?|libertine?s?|echangistes?|strip-?teaseu(?:r|se)s?|escorts?|prostitu\\w*|travailleu(?:r|se)s? du sexe|naturistes?|nudistes?|polyamour\\w*|adultere|infidele|vie nocturne (?:agitee|intense|debridee)|(?:trop |souvent )?(?:fait|fait souvent) la fete",
    // Several partners or an open relationship.
    "(?:plusieurs|deux|trois|multiples?|differente?s|nombreu(?:x|ses)|several|multiple) (?:\\S+ )?(?:partenaires|amants|maitresses|conquetes|partners|lovers)|couple libre|relation (?:libre|ouverte)|open relationship|polyam\\w*",
    // Night life and nude photos: "en boîte de nuit tous les week-ends", "photos déshabillées".
    "boites? de nuit (?:tous|toutes|chaque|le|les) (?:les )?(?:week-ends?|soirs|nuits|samedis|vendredis)|(?:vue?|sort|sortait|traine|trainait) (?:\\S+ ){0,2}en boites?|(?:photos?|poses?|pose|cliches?) (?:tres |un peu |assez |trop |plutot )?(?:deshabillee?s?|denudee?s?|nue?s?|osee?s?|suggestives?|erotiques?)|(?:nude|naked|racy|suggestive) (?:photos?|pictures?)|onlyfans",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-08", sc: "SC-01", summary: "SC-14" },
);
add(
  "family.person",
  ["family_situation"],
  "term",
  [
    "nounous?|nourrices?|assistantes? maternelles? (?:pour|de) (?:ses|vos|leurs)|babysitt\\w*|famille nombreuse|garde alternee|(?:mere|pere|maman|papa|parent)s? (?:solo|isolee?s?|seule?s?|celibataires?)|monoparentale?s?|(?:ses|vos|leurs|trois|quatre|cinq|deux) (?:enfants|gosses|gamins|petits) (?:en bas age|a charge|malades?|handicapes?)",
    "(?:sa|une|ses|future|prochaine|recente|derniere|nouvelle|seconde|deuxieme|troisieme) maternites?",
    "(?:deja |a )?(?:deux|trois|quatre|cinq|\\d) (?:enfants|gosses|gamins|bebes)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-01", sc: "SC-01", summary: "SC-14" },
);
add(
  "age.person",
  ["age"],
  "term",
  [
    "pas (?:de )?(?:toute )?premiere jeunesse|(?:un|une) (?:gamine?|gamins|minot|petit jeune|petite jeune|ado)\\b|(?:vieux|vieille) (?:jeu|routiere?|de la vieille)|d'un certain age|sur le retour|dinosaure|papy|mamie|pepe|rides",
    "(?:recemment|fraichement|nouvellement|tout juste) diplomee?s?",
    "(?:partira|partirait|partir|part|partiront) (?:bientot |tres vite |vite |dans \\S+ ans )?(?:a|en) (?:la )?retraite|(?:depart|retraite) (?:imminent|proche)e?",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-07", sc: "SC-05", summary: "SC-05" },
);

// --- round 18 classes: colloquial person nouns, private-life facts cited as reasons ------------------------
// Slang for a man or a woman, cited about the person or the one wanted: "un gars", "une nana", "un mec".
add(
  "sex.person_slang",
  ["sex"],
  "term",
  [
    "(?:un|une|le|la|des|les) (?:gars|mecs?|nanas?|meufs?|keums?|gonzesses?|minettes?|bonhommes?|greluches?)(?! (?:de (?:chantier|terrain)|du coin))",
  ],
  { uses: PERSON_USES, personOnly: true, sc: "SC-01", summary: "SC-14" },
);
// Contraception and fertility treatment asked about or cited: pregnancy plans by proxy.
add(
  "pregnancy.person",
  ["pregnancy"],
  "term",
  [
    "contraception|contraceptifs?|contraceptive|pilule(?! (?:a avaler|amere))|sterilet|birth control|on the pill",
    "\\bfiv\\b|\\bpma\\b|\\bivf\\b|insemination|parcours (?:de |d')(?:pma|fiv|procreation)|(?:traitements?|problemes?|difficultes?) (?:de |d')(?:fertilite|infertilite|procreation)|(?:fertility|ivf) (?:treatments?|issues?)|essai(?:e|ent)? d'avoir (?:un|des) (?:enfant|bebe)s?|trying (?:to have a baby|for a baby|to conceive)",
  ],
  { uses: PERSON_USES, personOnly: true, sc: "SC-01", summary: "SC-14" },
);
// The name itself cited as the reason: "name is Nguyen", "son nom fait étranger".
add(
  "surname.person",
  ["surname", "origin"],
  "term",
  [
    "(?:(?:his|her|their|the|last|family) )?(?:last )?name (?:is|sounds|looks|suggests)",
    "(?:son |le |leur |un |ce )?(?:nom|patronyme)(?: de famille)? (?:est|fait|sonne|a l'air|evoque|suggere|ne (?:passe|fait|sonne))",
  ],
  { uses: ["rationale", "summary"], personOnly: true, sc: "SC-01", summary: "SC-14" },
);
// Speaking another language in private life: "parle arabe avec sa famille", "speaks Polish at home".
add(
  "language.private",
  ["language", "origin"],
  "term",
  [
    "(?:parle|parlent|parlait|parler|speaks?|speaking) (?:en )?(?:\\S+) (?:\\S+ ){0,3}(?:avec (?:sa|son|ses|leur|leurs) (?:famille|proches|mere|pere|parents|enfants|femme|mari|amis|collegues)|entre (?:eux|elles)|chez (?:lui|elle)|a la maison|en famille|au telephone|pendant les pauses|with (?:his|her|their) (?:family|relatives|friends|kids|wife|husband)|at home|on the phone|during breaks)",
  ],
  { uses: PERSON_USES, personOnly: true, sc: "SC-01", summary: "SC-14" },
);
// Online and foreign banks named as the problem: "banque en ligne", "néobanque", "Revolut".
add(
  "bank.person",
  ["bank_domiciliation"],
  "term",
  [
    // Not the employer: "chargée de clientèle dans une banque en ligne", "works at Revolut".
    "(?<!\\b(?:dans|chez|pour|at|for|in|de|d') (?:une |un |a |an |la |le )?)(?:banques? (?:en ligne|mobiles?|etrangeres?|d'outre-mer|hors (?:de )?france)|neo-?banques?|revolut|\\bn26\\b|compte nickel|online bank(?:s|ing)?|neobanks?|foreign bank(?: account)?s?)",
  ],
  { uses: PERSON_USES, personOnly: true, sc: "SC-01", summary: "SC-14" },
);
// Gait and mobility cited: "elle boite", "se déplace difficilement", "needs help with daily tasks".
add(
  "disability.mobility",
  ["disability", "loss_of_autonomy"],
  "term",
  [
    "(?:il|elle|qui|he|she) (?:boite|boitait|boitille|boitillait|claudique|limps)\\b(?! (?:de |d'|a |aux |mail|postale|noire|vocale))|claudication|(?:en )?boitant|limping|walks with a (?:limp|cane|stick)",
    "(?:se deplace|marche|bouge|se deplacer|marcher) (?:tres |assez )?(?:difficilement|avec difficulte|mal|peu|lentement)|(?:besoin|besoins) d'(?:aide|assistance|une aide|une tierce personne|un accompagnement|accompagnement) (?:pour|au|dans|a) (?:les |la |le |se |s'|sa |son |ses )?(?:gestes|quotidien|vie quotidienne|deplacer|deplacements|habiller|laver|toilette|repas|courses|demarches)|(?:vit|vivant|habite|reside|loge|logee?) (?:en|dans une?) (?:residence autonomie|ehpad|foyer-logement|residence seniors?)|(?:needs?|requires?) (?:help|assistance) (?:with|for) (?:daily|everyday|basic) (?:tasks|life|activities)",
  ],
  { uses: ["rationale", "summary"], personOnly: true, sc: "SC-01", summary: "SC-14" },
);
// Caring for a relative cited: "s'occupe seul de sa mère dépendante", "aidant de son père".
add(
  "family.carer",
  ["family_situation"],
  "term",
  [
    "(?:s'occupe|s'occuper|s'occupait|prend soin|prendre soin|aidante?|takes care|taking care|cares for|caring for|carer for|caregiver (?:for|to)) (?:\\S+ ){0,2}(?:de |d'|of )?(?:sa|son|ses|leur|leurs|his|her|their) (?:mere|pere|parents?|mother|father|grand-?\\w+|grand\\w*|conjointe?|mari|epoux|epouse|femme|husband|wife|enfants?|fils|fille|kids?|children|frere|soeur|brother|sister)",
  ],
  { uses: PERSON_USES, personOnly: true, sc: "SC-01", summary: "SC-14" },
);
// A relative's dependency cited: both the family situation and the (relative's) loss of autonomy.
add(
  "family.dependent_relative",
  ["family_situation", "loss_of_autonomy"],
  "term",
  [
    "(?:sa|son|ses|his|her|their) (?:mere|pere|parents?|mother|father|grand-?\\w+|conjointe?|mari|femme|husband|wife|enfants?|fils|fille) (?:\\S+ )?(?:dependante?s?|malades?|handicapee?s?|grabataires?|en fin de vie|ill|sick|disabled|dependent)",
  ],
  { uses: PERSON_USES, personOnly: true, sc: "SC-01", summary: "SC-14" },
);

// --- round 19 classes ---------------------------------------------------------------------------------------
// The name's origin asked or cited: "votre nom, il vient d'où ?", "where does your name come from?".
add(
  "surname.origin_question",
  ["surname", "origin"],
  "term",
  [
    "(?:votre|ton|son|leur|ce) (?:nom|patronyme|prenom)(?: de famille)?,? (?:il |ca |cela )?(?:vient|viens|venait|est de quelle|signifie|veut dire|a quelle origine)",
    "d'ou (?:vient|viennent) (?:votre|ton|son|leur|ce) (?:nom|patronyme|prenom)",
    "(?:origine|consonance) de (?:votre|ton|son|leur|ce) (?:nom|patronyme|prenom)",
    "where (?:is|does) (?:your|his|her|their|that) (?:last |family )?name (?:from|come)",
  ],
  { uses: PERSON_USES, personOnly: true, sc: "SC-01", summary: "SC-14" },
);
// Diseases "in the family" asked or cited: heredity by proxy.
add(
  "genetic.family_history",
  ["genetic_characteristics"],
  "term",
  [
    "(?:cas|antecedents?|historique|maladies?|pathologies?|problemes (?:de sante|medicaux|cardiaques)) (?:\\S+ ){0,5}dans (?:votre|sa|leur|ta|la|sa propre) famille",
    "(?:runs?|running|ran) in (?:your|his|her|their|the) family",
    "family history of",
    // A relative's disease the person "might develop": heredity by proxy.
    "(?:risque|risquait|pourrait|peut|might|could|may|likely to) (?:de |d')?(?:la |le |l'|les )(?:developper|heriter|avoir aussi)|(?:might|could|may|likely to) (?:develop|inherit) (?:it|the same|that)",
  ],
  { uses: PERSON_USES, personOnly: true, iq: "IQ-06", sc: "SC-01", summary: "SC-14" },
);

export const LEXICON: readonly LexEntry[] = entries;

/** For the reserved-to-a-group entry: which criteria the reservation names. */
export const RESERVED_CRITERIA: ReadonlyArray<[RegExp, Criterion]> = [
  [/femmes|candidates|women/, "sex"],
  [/handicap|rqth|oeth|disab/, "disability"],
  [/seniors|jeunes/, "age"],
  [/diversite|minorit|diverse/, "origin"],
  [/veterans/, "personal_data"],
];
