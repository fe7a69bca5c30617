// Named validators: the few checks a vocabulary pattern cannot express as a regular expression (a number
// range, what precedes or follows the match). A vocabulary entry names one in its `validator` field; the
// loader refuses a name missing here, and a validator returns false to drop the match. Every check runs on
// folded text (lower case, no accents: see guards/discrimination/normalise.ts) and is pure.

export type Validator = (match: RegExpExecArray, text: string) => boolean;

// What follows a number of years that makes it a duration, not an age ("10 ans d'expérience", "ans de métier").
const NOT_EXPERIENCE =
  /^\s*(?:aupres|comme|en tant qu|au service|au poste|sur le|sur des|d'?\s?(?:experience|exp|anciennete|activite|pratique|carriere|etudes|histoire|existence|expertise|savoir-faire|presence|croissance|innovation|tradition)|de (?:metier|pratique|carriere|vente|management|metier|service|travail|poste|suivi|accompagnement|conseil|gestion|direction|recherche|developpement|production|formation|enseignement|terrain|maintenance|logistique|finance|audit|conduite|commerce|restauration|soins|support|benevolat|projets?|missions?|collaboration|partenariat|presence|activites?|exercice|responsabilites?|relation|interim|cdi|cdd|stage|alternance|freelance|consulting|marketing|communication|comptabilite|paie|droit|programmation|design|animation|encadrement|negoce|transport|recrutement|journalisme|vie professionnelle|metier)|dans|en |chez|au sein|of (?:experience|exp)|experience|exp\b|a l'(?:etranger|international)|abroad|overseas|in (?:the|a|an)|with|at )/;
const UNITS =
  /^\s*(?:%|k\b|\$|€|minutes?|mins?|hours?|hrs?|h\b|days?|jours?|weeks?|semaines?|months?|mois|employees?|salaries|collaborateurs|personnes|people|staff|countries|pays|km|miles|kg|lbs|percent|euros?|dollars?|clients?|stores?|magasins?|seconds?|ms\b|projects?|projets?|members?|locations?|sites?|languages?|cities|villes|years? (?:of|in|experience)|ans? d'|ans? de |m2|metres|meters|ft\b|students|eleves|beds|lits|agences|branches|offices|bureaux)/;
const COMPANY_AGE =
  /\b(?:entreprise|societe|groupe|maison|cabinet|marque|structure|agence|association|ecole|enseigne|magasin|boutique|restaurant|usine|firme|reseau|fondation|company|firm|business|brand)s? (?:\S+ ){0,3}(?:a|aura|vient d'avoir|fete(?: ses)?|celebre(?: ses)?|souffle(?: ses)?|a plus de|has been|is|turns|celebrates(?: its)?) $|(?:fete|celebre|souffle|celebrates?) (?:ses |nos |leurs |its |our )?$|\b(?:fondee?|creee?|existe|implantee?|installee?|founded|established|created|opened|exists|operating)\b[^.;]{0,30}$/;
const LEVEL_EQUIVALENT_AFTER =
  /^ ?(?:ou|or|\/) ?(?:c2|c1|equivalent|bilingue|bilingual|near-native|courant|fluent|niveau c)/;
const LEVEL_EQUIVALENT_BEFORE = /\b(?:c2|c1|bilingue|bilingual) ?(?:ou|or|\/) ?(?:niveau )?$/;
const THING_BEFORE =
  /\b(?:structure|entreprise|societe|equipe|boite|agence|poste|budget|salaire|local|locaux|bureau|ville|marche|projet|ecran|texte|ecart|marge|offre|enveloppe|logement|appartement|voiture|vehicule|magasin|boutique|salle|site|perimetre|scope|company|team|budget|office|room|gap)s? (?:est |sont |etait |semble |reste |parait |is |was |seems )?(?:un peu |beaucoup |bien |a bit |far )?$/;
const COUNCIL_AS_EMPLOYER =
  /\b(?:attachee?|collaborat\w*|assistante?|charge\w* de \w+|direct(?:eur|rice)|agent|secretaire general\w*|juriste|cabinet|redact\w*|stagiaire|employee?|salariee?|fonctionnaire|travaill\w*|worked|staff|de presse|poste|technicien\w*)\b[^.;]{0,50} (?:au|du|a la|pour le|pour la|at the|for the|in the) $/;
const JOB_LOCATION =
  /\b(?:situee?s?|basee?s?|implantee?s?|localisee?s?|poste|agence|site|bureaux?|magasin|boutique|college|lycee|ecole|etablissement|structure|centre|antenne|based|located|tournees?|interventions?|intervenir|missions?|livraisons?|livrer|deplacements?|chantiers?|travail|travailler|secteurs?|zones?|patrouilles?|rondes?|maraudes?|covering|deliveries|routes?|(?:mediat|educat|animat|intervenant|travailleu|coordinat|referent|adultes?-relais|agent)\w*)\b(?: \S+){0,3} (?:en|dans|au coeur d'|au sein d'|a proximite d'|pres d'|in|near)(?: un| une| les| des| the| a)? ?$|\((?:h\/f|f\/h)\) (?:\S+ ){0,2}(?:en|dans|au coeur d'|au sein d'|in)(?: un| une| les| des)? ?$/;
const COMES_FROM_NOT_PLACE =
  /^(?:\S*(?:er|ir|re|oir)|un|une|le|la|les|l|des|du|chez|notre|votre|son|sa|ses|leur|leurs|nos|vos|ce|cette|ces|quitter|rejoindre|obtenir|faire|finir|etre|avoir|signer|reussir|valider|decrocher|the|a|an|his|her|their|our|my|se|s|me|m|te|t|nous|vous|lui|y|en)$/;
const PHYSICAL_TASK =
  /\b(?:port(?:er)? de (?:charges?|colis)|charges? lourdes?|manutention\w*|manutentionnaire|en hauteur|echafaudage|chantiers?|debout|station debout|entrepot|warehouse|lifting|lift up to|heavy loads?|on your feet|standing|chauffeur|conduite|cariste|demenage\w*|couvreur|macon|btp|pompiers?|securite|surveillance|agent de (?:quai|securite)|livr\w*|deliver\w*|physique(?:ment)? (?:exigeant|difficile|demanding)|physically demanding|travail physique|physical work|manual labor|sport\w*|animat\w*|soins|aide-soignant\w*)\b/;
const YOUTH_NEAR = /\b(?:jeunes?|young|youthful|moyenne d'age|average age|digital natives?)\b/;

const firstGroup = (m: RegExpExecArray): string | undefined => m.slice(1).find((g) => g !== undefined);
/** A two-digit group between 14 and 80, or an age in words: plausible as a person's age. */
const ageNumber = (value: string | undefined): boolean => {
  if (value !== undefined && /^[a-z]/.test(value)) return true;
  const n = Number(value);
  return n >= 14 && n <= 80;
};
const after = (m: RegExpExecArray, text: string, width: number) =>
  text.slice(m.index + m[0].length, m.index + m[0].length + width);
const before = (m: RegExpExecArray, text: string, width: number) =>
  text.slice(Math.max(0, m.index - width), m.index);
const notExperience = (m: RegExpExecArray, text: string) => !NOT_EXPERIENCE.test(after(m, text, 30));
const notUnit = (m: RegExpExecArray, text: string) => !UNITS.test(after(m, text, 24));

export const VALIDATORS: Readonly<Record<string, Validator>> = {
  /** "de 25 à 35 ans": both numbers are ages and what follows is not "d'expérience". */
  "two-ages-not-experience": (m, text) => ageNumber(m[1]) && ageNumber(m[2]) && notExperience(m, text),
  /** "moins de 30 ans": an age, not "moins de 30 ans d'expérience". */
  "age-not-experience": (m, text) => ageNumber(firstGroup(m)) && notExperience(m, text),
  /** "au moins 18 ans": the number is an age. */
  "age-number": (m) => ageNumber(firstGroup(m)),
  /** "under 30": an age, not "under 30 employees". */
  "age-not-unit": (m, text) => ageNumber(firstGroup(m)) && notUnit(m, text),
  /** "a 58 ans": a person's age, not a duration ("depuis 30 ans") nor a company's ("le groupe a 30 ans"). */
  "stated-age": (m, text) => {
    const value = firstGroup(m);
    if (value !== undefined && !ageNumber(value)) return false;
    const head = before(m, text, 60);
    if (/(?:depuis|pendant|durant|il y a|plus de|moins de|pour|since|for|over|after) $/.test(head))
      return false;
    if (/\bil y $/.test(head) && m[0].startsWith("a ")) return false;
    if (COMPANY_AGE.test(head + (m[0].startsWith("a ") ? "a " : ""))) return false;
    return notExperience(m, text) && notUnit(m, text);
  },
  /** "junior" reads as an age only next to youth words in its sentence ("profil junior pour une équipe jeune"). */
  "youth-nearby": (m, text) => {
    const sentence = `${
      before(m, text, 80)
        .split(/[.!?;\n]/)
        .pop() ?? ""
    } ${after(m, text, 80).split(/[.!?;\n]/)[0] ?? ""}`;
    return YOUTH_NEAR.test(sentence);
  },
  /** "niveau natif ou C2": a level with its certified equivalent is not an origin. */
  "not-level-equivalent": (m, text) =>
    !LEVEL_EQUIVALENT_AFTER.test(after(m, text, 30)) && !LEVEL_EQUIVALENT_BEFORE.test(before(m, text, 20)),
  /** "la structure est trop petite": a thing's size, not a body. */
  "not-thing-size": (m, text) => !THING_BEFORE.test(before(m, text, 40)),
  /** "attachée de presse au conseil régional": the council as an employer, not a seat on it. */
  "council-not-employer": (m, text) => !COUNCIL_AS_EMPLOYER.test(before(m, text, 70)),
  /** "poste en Seine-Saint-Denis": where the job is, not where the candidate lives. */
  "not-job-location": (m, text) => !JOB_LOCATION.test(before(m, text, 60)),
  /** "sans questionnaire de santé": a document or a step that is not asked for. */
  "not-negated": (m, text) =>
    !/\b(?:sans|aucune?|pas de|pas d'|ni|no|without)(?: \S+)? $/.test(before(m, text, 24)),
  /** "Nom : ____", "Prénom :" — a name field on a form is the candidate's identity, not a judgement of it. */
  "not-field-label": (m, text) => !/^\s*(?:\([^)]*\))?\s*(?::|\|)/.test(after(m, text, 20)),
  /** "il vient de Grigny" names a place; "il vient de terminer" does not. */
  "followed-by-place": (m, text) => {
    const next = /^ ?([a-z0-9'-]+)/.exec(after(m, text, 30));
    const word = (next?.[1] ?? "").replace(/'.*$/, "");
    return word !== "" && !COMES_FROM_NOT_PLACE.test(word);
  },
  /**
   * "Aptitude physique totale", "fully able-bodied": a demand on the body is only open to question where the
   * text names no physical task (a remote or desk job); a mover's or a roofer's is for the occupational
   * physician to assess, and the detector leaves it to the other entries.
   */
  "no-physical-task": (_m, text) => !PHYSICAL_TASK.test(text),
  /**
   * "il est venu avec son compagnon", "she brought her wife": a partner of the same sex as the person the
   * note is about. The pattern's first group is a man partner, its second a woman partner; the nearest
   * subject pronoun before the match says who the person is.
   */
  "same-sex-partner": (m, text) => {
    const subjects = [...before(m, text, 90).matchAll(/\b(il|elle|he|she|lui)\b/g)];
    const subject = subjects.at(-1)?.[1];
    if (subject === undefined) return false;
    const personIsMan = subject === "il" || subject === "he" || subject === "lui";
    return m[1] !== undefined ? personIsMan : !personIsMan;
  },
};
