// What a CV may say about a person that the scorer must never see (C. trav. L1132-1, L1221-6; RGPD art. 9;
// rule SC-02 and SC-14 of the rule base). Three shapes: a labelled field ("Nationalité : …") drops its
// whole line; a sensitive term drops the clause around it, so whatever its value, what is left is the same;
// a marker (civilité, an age, a year) drops only itself.
import type { Criterion } from "../../core/contract.js";

export interface ProtectedPattern {
  criterion: Criterion;
  /** Why, for the reviewer reading the list of what was removed. */
  what: string;
  re: RegExp;
  /**
   * How much goes: the match; its clause (between , ; : . • ( ) and line ends); or a labelled field, from
   * the label to the end of its line (or the next ; • |).
   */
  reach: "match" | "clause" | "field";
  /** A clause matching this is about the job (caring for disabled people), not about the candidate. */
  unless?: RegExp;
}

const W = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

function p(
  criterion: Criterion,
  what: string,
  reach: ProtectedPattern["reach"],
  source: string,
  unless?: RegExp,
) {
  const pattern: ProtectedPattern = {
    criterion,
    what,
    reach,
    re: new RegExp(`${W}(?:${source})${E}`, "gimu"),
  };
  if (unless) pattern.unless = unless;
  return pattern;
}

// A label opens a line or follows another field on the same line ("Née le …. Nationalité : …").
const LABEL = (names: string) =>
  `(?:^|(?<=[.;•|—–-][ \\t]*))[ \\t•*-]*(?:${names})[ \\t]*(?:\\([^)\\n]*\\))?[ \\t]*:`;

const NATIONALITIES =
  "fran[cç]aise?|marocaine?|alg[ée]rienne?|tunisienne?|s[ée]n[ée]galaise?|malienne?|ivoirienne?|camerounaise?|congolaise?|" +
  "guin[ée]enne?|mauritanienne?|comorienne?|malgache|ha[iï]tienne?|turque?|kurde|syrienne?|libanaise?|[ée]gyptienne?|" +
  "portugaise?|espagnole?|italienne?|allemande?|belge|suisse|britannique|irlandaise?|polonaise?|roumaine?|bulgare|" +
  "ukrainienne?|russe|serbe|albanaise?|kosovare?|am[ée]ricaine?|canadienne?|br[ée]silienne?|colombienne?|" +
  "chinoise?|vietnamienne?|cambodgienne?|japonaise?|cor[ée]enne?|indienne?|pakistanaise?|bangladaise?|sri-lankaise?|" +
  "afghane?|iranienne?|irakienne?|isra[ée]lienne?|palestinienne?|arm[ée]nienne?|g[ée]orgienne?|tch[ée]tch[eè]ne|" +
  "nig[ée]riane?|ghan[ée]enne?|b[ée]ninoise?|togolaise?|burkinab[eè]|nig[ée]rienne?|tchadienne?|gabonaise?|rwandaise?|" +
  "[ée]thiopienne?|somalienne?|soudanaise?|[ée]rythr[ée]enne?|philippine|tha[iï]landaise?";

/**
 * Capitalised nationality words that name a person: every feminine form, and the masculine forms that are
 * not also a language ("Polonais", "Turc", "Chinois" stay: a CV lists them under Langues).
 */
const PERSON_NATIONALITY =
  "Fran[cç]aise|Marocaine|Alg[ée]rienne|Tunisienne|S[ée]n[ée]galaise|Malienne|Ivoirienne|Camerounaise|Congolaise|" +
  "Portugaise|Espagnole|Italienne|Allemande|Polonaise|Roumaine|Ukrainienne|Am[ée]ricaine|Chinoise|Vietnamienne|" +
  "Turque|Syrienne|Libanaise|Br[ée]silienne|Indienne|Pakistanaise|Iranienne|Afghane|Marocain|Alg[ée]rien|Tunisien|" +
  "S[ée]n[ée]galais|Malien|Ivoirien|Camerounais|Congolais|Guin[ée]en|Mauritanien|Comorien|Ha[iï]tien|[ÉE]gyptien|" +
  "Nig[ée]rian|B[ée]ninois|Togolais|Gabonais|Burkinab[ée]|Tchadien|Am[ée]ricain|Br[ée]silien|Libanais|Syrien|Indien|" +
  "Pakistanais|Iranien|Afghan|Ukrainien";

/** Work with or for people with a condition is a skill; the condition of the candidate is not. */
const CARE_WORK =
  /aupr[eè]s|accompagn|prise en charge|personnes?|patients?|usagers?|r[ée]sidents?|b[ée]n[ée]ficiaires|public|enfants (?:en|avec|porteurs)|[ée]l[eè]ves/iu;

export const PROTECTED_PATTERNS: readonly ProtectedPattern[] = [
  // Labelled fields: the label says what the line is, whatever its value.
  {
    criterion: "surname",
    what: "nom",
    reach: "field",
    re: new RegExp(
      LABEL(
        "nom(?: de famille| et pr[ée]nom| complet| d'usage| de naissance)?|pr[ée]noms?(?: et nom)?|name|full name|candidat(?:e)?",
      ),
      "gimu",
    ),
  },
  {
    criterion: "sex",
    what: "sexe ou civilité",
    reach: "field",
    re: new RegExp(LABEL("sexe|genre|gender|sex|civilit[ée]"), "gimu"),
  },
  {
    criterion: "age",
    what: "âge ou date de naissance",
    reach: "field",
    re: new RegExp(
      LABEL(
        "[âa]ge|date (?:et lieu )?de naissance|lieu de naissance|n[ée]e? le|naissance|ddn|date of birth|dob|age",
      ),
      "gimu",
    ),
  },
  {
    criterion: "origin",
    what: "nationalité ou origine",
    reach: "field",
    re: new RegExp(
      LABEL(
        "nationalit[ée]s?|citizenship|nationality|origine|pays d'origine|titre de s[ée]jour|permis de s[ée]jour|carte de s[ée]jour|visa",
      ),
      "gimu",
    ),
  },
  {
    criterion: "residence",
    what: "adresse ou lieu de résidence",
    reach: "field",
    re: new RegExp(
      LABEL(
        "adresse(?: postale)?|domicile|ville|code postal|cp|lieu de r[ée]sidence|r[ée]sidence|address|localisation|quartier",
      ),
      "gimu",
    ),
  },
  {
    criterion: "family_situation",
    what: "situation de famille",
    reach: "field",
    re: new RegExp(
      LABEL(
        "situation (?:familiale|de famille|matrimoniale|maritale)|[ée]tat civil|statut marital|marital status|enfants?|children|conjoint",
      ),
      "gimu",
    ),
  },
  {
    criterion: "religion",
    what: "religion",
    reach: "field",
    re: new RegExp(LABEL("religion|confession|culte|croyances?"), "gimu"),
  },
  {
    criterion: "health",
    what: "santé ou handicap",
    reach: "field",
    re: new RegExp(
      LABEL("sant[ée]|handicap|rqth|[ée]tat de sant[ée]|health|disability|allergies?|traitement m[ée]dical"),
      "gimu",
    ),
  },
  {
    criterion: "physical_appearance",
    what: "photo ou apparence",
    reach: "field",
    re: new RegExp(
      LABEL("photo(?:graphie)?|taille|poids|height|weight|yeux|cheveux|apparence|physique"),
      "gimu",
    ),
  },
  {
    criterion: "personal_data",
    what: "identifiant personnel",
    reach: "field",
    re: new RegExp(
      LABEL(
        "n(?:°|o|um[ée]ro)? ?(?:de )?s[ée]curit[ée] sociale|nss|nir|iban|rib|banque|coordonn[ée]es bancaires|t[ée]l(?:[ée]phone)?|mobile|portable|e-?mail|courriel|linkedin",
      ),
      "gimu",
    ),
  },
  {
    criterion: "political_opinions",
    what: "opinions politiques",
    reach: "field",
    re: new RegExp(LABEL("opinions? politiques?|parti politique|engagement politique"), "gimu"),
  },
  {
    criterion: "union_activity",
    what: "activité syndicale",
    reach: "field",
    re: new RegExp(LABEL("syndicat|mandats? syndicaux|mandat syndical|engagement syndical"), "gimu"),
  },

  // Markers.
  p(
    "sex",
    "civilité",
    "match",
    "(?:M\\.|Mme\\.?|Mlle\\.?|Mr\\.?|Mrs\\.?|Ms\\.?)(?=[ \\t]+\\p{Lu})|madame|monsieur|mademoiselle",
  ),
  p(
    "sex",
    "sexe déclaré",
    "clause",
    "(?:je suis|suis) (?:une? )?(?:homme|femme)|(?<=^[ \\t]*)(?:homme|femme)(?=[ \\t]*[,;(]|[ \\t]+de [0-9]{2} ans)",
  ),
  p(
    "age",
    "âge",
    "match",
    "(?:[âa]g[ée]e?s? de|j'ai|age|[âa]ge)[ \\t]*:?[ \\t]*[0-9]{2}[ \\t]*ans|\\([ \\t]*[0-9]{2}[ \\t]*ans[ \\t]*\\)|(?<=^[ \\t]*|,[ \\t]*)[0-9]{2}[ \\t]*ans(?=[ \\t]*(?:[,;.)]|$))",
  ),
  // To the end of the line: "née le 12.03.1991 à Casablanca (Maroc)" has dots and brackets a clause stops at.
  p(
    "age",
    "date ou lieu de naissance",
    "field",
    "n[ée]e?s?(?:\\(e\\))?[ \\t]+(?:le|en|à|a|au|aux)[ \\t]+\\S+|born (?:on|in)[ \\t]+\\S+",
  ),
  // Graduation and job years tell the age (SC-02: graduation year as an age proxy): no year reaches the scorer.
  p("age", "année (indice de l'âge)", "match", "(?:19[4-9][0-9]|20[0-4][0-9])"),
  p(
    "age",
    "âge ou moment de carrière",
    "clause",
    "(?:jeune )?retrait[ée](?:e|s|es)?(?<!retraite)(?<!retraites)|pr[ée]retrait[ée]e?|proche de la retraite|fin de carri[eè]re",
  ),
  p(
    "family_situation",
    "situation de famille",
    "clause",
    "mari[ée]e?s?|pacs[ée]e?s?|c[ée]libataire|divorc[ée]e?s?|veu(?:f|ve)|en couple|concubinage|union libre|(?<=^[ \\t]*|,[ \\t]*)(?:[0-9]+|un|une|deux|trois|quatre|cinq) enfants?(?=[ \\t]*(?:[,;.(]|$))|(?:m[eè]re|p[eè]re|maman|papa|parent) (?:de (?:famille|[0-9]+|deux|trois|quatre)|isol[ée]e?|c[ée]libataire|au foyer)|sans enfants?|enfants? [àa] charge|mon (?:mari|[ée]poux|conjoint|compagnon)|ma (?:femme|[ée]pouse|conjointe|compagne)|cong[ée] parental|cong[ée] (?:de )?paternit[ée]|regroupement familial",
  ),
  p(
    "pregnancy",
    "grossesse",
    "clause",
    "enceinte|grossesse|cong[ée] (?:de )?maternit[ée]|future maman|accouchement",
  ),
  p(
    "origin",
    "nationalité ou origine",
    "clause",
    `(?:de )?nationalit[ée] (?:${NATIONALITIES})|d'origines? \\p{L}+|origine \\p{L}+|(?:${NATIONALITIES}) d'origine|binational[e]?|double nationalit[ée]|naturalis[ée]e?|sans papiers|r[ée]fugi[ée]e?|demandeu(?:r|se) d'asile|issue? de l'immigration`,
  ),
  // Case matters here: "Française" names a person, "française" is the language or the cuisine.
  {
    criterion: "origin",
    what: "nationalité",
    reach: "match",
    re: new RegExp(`${W}(?:${PERSON_NATIONALITY})${E}`, "gu"),
  },
  p(
    "origin",
    "langue maternelle (indice d'origine)",
    "match",
    "\\(?[ \\t]*(?:langue maternelle|natif|native|native speaker|mother tongue|langue natale)[ \\t]*\\)?",
  ),
  p(
    "residence",
    "lieu de résidence",
    "clause",
    "(?:habite|habitant|r[ée]side|r[ée]sidant|demeurant|domicili[ée]e?|vivant|je vis|vit)[ \\t]+(?:[àa]|au|aux|en|dans|sur)[ \\t]+\\S+",
  ),
  p(
    "religion",
    "religion",
    "clause",
    "musulman(?:e|s|es)?|catholiques?|chr[ée]tien(?:ne)?s?|juif|juive|juifs|juives|protestante?s?|[ée]vang[ée]lique|bouddhistes?|hindou(?:e)?s?|sikhs?|ath[ée]e?|croyante?s?|voil[ée]e|voile islamique|hijab|foulard|kippa|turban|ramadan|car[eê]me|mosqu[ée]e|[ée]glise|synagogue|paroisse|paroissial(?:e|es|aux)?|aum[ôo]nerie|catéchisme|cat[ée]chiste|coran(?:ique)?|bible|torah|imam|rabbin|p[eè]lerinage|halal|casher",
  ),
  p(
    "health",
    "santé ou handicap",
    "clause",
    "handicap(?:[ée]e?s?)?|rqth|travailleu(?:r|se) handicap[ée]e?|invalidit[ée]|maladies?(?! professionnelles? \\(pr[ée]vention\\))|malade|arr[eê]t (?:de )?maladie|mi-temps th[ée]rapeutique|diab[eè]te|diab[ée]tique|[ée]pilepsie|d[ée]pression|burn-?out|cancer|chimioth[ée]rapie|s[ée]ropositi(?:f|ve)|vih|sclérose|scl[ée]rose|autisme|autiste|dyslexi(?:e|que)|tdah|malentendante?|sourde?|malvoyante?|aveugle|fauteuil roulant|probl[eè]mes? de sant[ée]|raisons? de sant[ée]|(?:en )?convalescence|am[ée]nagements? (?:de|du) poste|hospitalis[ée]e?|accident du travail",
    CARE_WORK,
  ),
  p(
    "union_activity",
    "activité syndicale ou mutualiste",
    "clause",
    "syndicale?s?|syndicaux|syndiqu[ée]e?|syndicat|cgt|cfdt|cftc|cfe-cgc|unsa|force ouvri[eè]re|sud-?rail|sud sant[ée]|repr[ée]sentante? du personnel|d[ée]l[ée]gu[ée]e? du personnel|[ée]lue? (?:au|du) cse|membre (?:titulaire |suppl[ée]ante? )?du cse|secr[ée]taire du cse|[ée]lue? cse|administrat(?:eur|rice) (?:de|d'une) mutuelle|militante? mutualiste",
  ),
  p(
    "elected_office",
    "mandat électif",
    "clause",
    "conseill(?:er|[eè]re) (?:municipal(?:e)?|r[ée]gional(?:e)?|d[ée]partemental(?:e)?|communautaire)|adjointe? au maire|maire (?:de|d'|adjoint)|[ée]lue? (?:municipal(?:e)?|locale?|r[ée]gional(?:e)?)|mandat [ée]lectif|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)",
  ),
  p(
    "political_opinions",
    "opinions politiques",
    "clause",
    "militante? (?:politique|au|[àa] la|du|de la|pour)|membre (?:du|d'un) parti|parti (?:socialiste|communiste|radical|[ée]cologiste|pirate)|les r[ée]publicains|rassemblement national|france insoumise|renaissance \\(parti\\)|encart[ée]e?",
  ),
  p(
    "sexual_orientation",
    "orientation sexuelle",
    "clause",
    "homosexuel(?:le)?s?|h[ée]t[ée]rosexuel(?:le)?s?|bisexuel(?:le)?s?|gay|lesbienne|lgbt\\S*|queer",
  ),
  p(
    "gender_identity",
    "identité de genre",
    "clause",
    "transgenres?|transsexuel(?:le)?|non-binaires?|en transition|pronoms? (?:iel|elle|il)",
  ),
  p("whistleblower", "lanceur d'alerte", "clause", "lanc(?:eur|euse) d'alerte|whistle-?blower"),
  p(
    "economic_vulnerability",
    "situation économique",
    "clause",
    "(?:b[ée]n[ée]ficiaire|allocataire) (?:du|des) (?:rsa|minima sociaux)|au rsa|surendett[ée]e?|surendettement|sans domicile|sdf|h[ée]berg[ée]e? (?:en|au|par le) (?:foyer|115|chrs)",
    CARE_WORK,
  ),
  p(
    "physical_appearance",
    "photo ou apparence",
    "clause",
    "photo(?:graphie)? (?:jointe|ci-jointe|d'identit[ée]|en pi[eè]ce jointe)|\\[photo[^\\]]{0,40}\\]|(?:yeux|cheveux) (?:bleus|verts|marron|noirs|gris|blonds|bruns|roux|ch[âa]tains)|taille[ \\t]*:?[ \\t]*1[ \\t]*m[ \\t]*[0-9]{2}|corpulence|physique agr[ée]able|jolie|belle pr[ée]sentation|ob[eè]se|ob[ée]sit[ée]",
  ),
];
