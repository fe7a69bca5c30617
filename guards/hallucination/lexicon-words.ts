// General words: what carries no fact (stop words), what a number is, what negates, what is opposite,
// and the French and English words a summary may translate (a French CV summarised in English).
import { ENGLISH_SMALL_NUMBERS } from "../../core/lexicon/english.js";
import { FRENCH_MONTHS, FRENCH_SMALL_NUMBERS } from "../../core/lexicon/french.js";

function set(s: string): ReadonlySet<string> {
  return new Set(s.split(/\s+/).filter((w) => w.length > 0));
}

export const STOPWORDS = set(`
a an the and or but if of in on at to for from by with as into onto over under about than then so such
is are was were be been being am do does did done has have had having will would shall should can could
may might must this that these those there here it its he she they them his her their him we us our you
your i me my mine who whom whose which what when where why how all any both each few more most other some
own same very just also too only not no nor yet still even again once further up down out off while
during before after above below between through within without against among per via like upon s t
le la les un une des du de d l au aux et ou mais donc or ni car que qui quoi dont ou en dans sur sous par
pour avec sans chez vers entre depuis pendant avant apres est sont etait etaient ete etre a ai as avons
avez ont avait avaient aura auront sera seront fait faire ce cet cette ces son sa ses leur leurs mon ma
mes ton ta tes notre nos votre vos il elle ils elles on nous vous je tu me te se lui y ne pas plus moins
tres aussi ainsi comme si tout tous toute toutes autre autres meme deja encore bien peu lors afin
candidate candidat candidate applicant he she il elle
has holds hold held speaks speak spoke knows know uses possede possedait detient detenait parle parlait
maitrise maitrisait titulaire dispose connait utilise
since until ago work works worked working travaille travaillait
`);

export const NEGATIONS = set(`
not no never none nobody nothing neither nor without cannot cant lacks lack lacking isnt wasnt arent
werent dont doesnt didnt hasnt havent hadnt wont wouldnt couldnt shouldnt failed fails unable
ne n pas jamais aucun aucune sans ni rien nullement guere
`);

/** Antonym pairs (both directions): a swapped word is a contradiction, not a paraphrase. */
const ANTONYM_PAIRS = `
increase decrease|increased decreased|increases decreases|increasing decreasing|higher lower|high low
more less|most least|positive negative|success failure|successful unsuccessful|accept reject
accepted rejected|agree disagree|agreed disagreed|before after|early late|earlier later|first last
best worst|better worse|gain loss|profit loss|rise fall|rising falling|open closed|include exclude
included excluded|strong weak|stronger weaker|easy difficult|easier harder|same different|start end
started ended|win lose|won lost|majority minority|maximum minimum|cheap expensive|cheaper costlier
long short|longer shorter|large small|larger smaller|big small|bigger smaller|fast slow|faster slower
up down|above below|like dislike|love hate|happy sad|good bad|possible impossible|available unavailable
new old|accurate inaccurate|efficient inefficient|correct incorrect|input output|true false|inside outside
internal external|import export|buy sell|bought sold|borrow lend|add remove|added removed|allow forbid
allowed forbidden|approve disapprove|approved denied|support oppose|supported opposed|present absent
private public|permanent temporary|full partial|always never|all none|everyone nobody|many few|often rarely
junior senior|minor major|optimistic pessimistic|upper lower|superior inferior|north south|east west
left right|male female|men women|man woman|boy girl|buyer seller|employer employee|teacher student
day night|morning evening|summer winter|win defeat|winner loser|victory defeat|online offline|yes no
increase reduce|likely unlikely|pleased displeased|satisfied dissatisfied|excited bored
agreeable disagreeable|cooperative uncooperative|formal informal|simple complex|easy hard|light heavy
hot cold|warm cool|wet dry|rich poor|safe dangerous|safe unsafe|healthy unhealthy|legal illegal
augmente diminue|augmentation diminution|hausse baisse|superieur inferieur|reussi echoue|reussite echec
accepte refuse|debut fin|premier dernier|meilleur pire|fort faible|facile difficile|grand petit
long court|rapide lent|avant apres|interne externe|public prive|permanent temporaire|toujours jamais
cdi cdd|temps-plein temps-partiel|plein partiel|confirme debutant|expert debutant|titulaire stagiaire
comprehensive basic|comprehensive limited|easy hard|simple complicated|simple complex|after before
under over|drop increase|drop rise|elevated lowered|buying selling|buy sell|embraced avoided|embrace avoid
earnings losses|improvement decline|improvement deterioration|improve worsen|improved worsened|correct wrong
diverse identical|diverse uniform|diverse similar|efficient wasteful|boost lower|boosts lowers|boost reduce
limited abundant|limited extensive|scarce abundant|narrow broad|narrow wide|training testing|train test
uncertain certain|motivate demotivate|optimal suboptimal|suitable unsuitable|collaboration competition
cooperation competition|extended shortened|extend shorten|expand shrink|expanded reduced|growth decline
grow shrink|growing shrinking|strength weakness|strengths weaknesses|advantage disadvantage|advantages disadvantages
benefit drawback|benefits drawbacks|pro con|pros cons|enable prevent|enables prevents|allow prevent|allows prevents
help hinder|helps hinders|helped hindered|support undermine|supports undermines|confirm deny|confirms denies
confirmed denied|admit deny|admits denies|remember forget|remembers forgets|remembered forgot|know ignore
arrive leave|arrived left|arrives leaves|come go|came went|enter exit|entered exited|join leave|joined left
hire fire|hired fired|employed unemployed|promote demote|promoted demoted|promotion demotion|raise cut
raised cut|lend borrow|give take|gave took|ask answer|asked answered
question answer|teach learn|taught learned|lead follow|led followed|leader follower|master novice|expert novice
experienced inexperienced|skilled unskilled|qualified unqualified|competent incompetent|relevant irrelevant
important unimportant|significant insignificant|major minor|primary secondary|main secondary|central peripheral
common rare|frequent rare|frequently rarely|usual unusual|normal abnormal|typical atypical|regular irregular
complete incomplete|completed abandoned|finished unfinished|success fail|successfully unsuccessfully|pass fail
passed failed|approve reject|approval rejection|acceptance rejection|agreement disagreement|consensus disagreement
praise criticize|praised criticized|praises criticizes|positive critical|friendly hostile|kind cruel|polite rude
calm angry|calm nervous|relaxed stressed|confident insecure|confident unsure|sure unsure|certain unsure|excited worried
happy unhappy|glad sorry|interested bored|interesting boring|fun boring|pleasant unpleasant|comfortable uncomfortable
convenient inconvenient|flexible rigid|flexible inflexible|stable unstable|secure insecure|reliable unreliable
safe risky|low-risk high-risk|cheap costly|inexpensive expensive|discount surcharge|free costly
profit deficit|surplus deficit|revenue expense|income expense|gains losses|gain lose|gained lost|earn spend|earned spent
save spend|saved spent|saving spending|win fail|winning losing|wins losses|victory loss|attack defend|offense defense
accept refuse|accepts rejects|accepted refused|agree object|allowed banned|allow ban|legal banned|include lack
includes lacks|including excluding|with without|inclusive exclusive|join quit|start stop|started stopped|starts stops
begin end|began ended|begins ends|beginning end|open close|opened closed|opens closes|launch cancel|launched cancelled
create destroy|created destroyed|build demolish|built demolished|construct destroy|increase cut|increased cut
maximize minimize|maximise minimise|maximum min|highest lowest|largest smallest|greatest least|top bottom|upward downward
forward backward|ahead behind|front back|inner outer|interior exterior|local global|local national|local foreign
domestic foreign|domestic international|national international|urban rural|modern traditional|modern ancient|recent old
current former|current previous|present past|future past|next previous|young old|younger older|youngest oldest
early delayed|on-time late|quick slow|quickly slowly|rapid slow|rapidly slowly|immediate delayed|immediately later|soon later
short-term long-term|temporary lasting|brief lengthy|daily weekly|weekly monthly|monthly yearly|annual monthly
always sometimes|all some|every some|entire partial|whole part|full empty|more fewer|most few|majority few
many several|increase lower|heavy light|thick thin|deep shallow|tall short|wide narrow|strong mild
loud quiet|noisy quiet|bright dark|light dark|clear unclear|clear vague|clear confusing|explicit implicit|direct indirect
active passive|actively passively|online in-person|virtual physical|digital physical|manual automatic|manual automated
manually automatically|human automated|natural artificial|real fake|genuine fake|true fictional|fact fiction|honest dishonest
legal unlawful|fair unfair|just unjust|equal unequal|balanced unbalanced|same opposite|similar opposite|alike different
agree argue|support criticize|supportive critical|optimism pessimism|hope fear|love dislike|like hate|likes hates
enjoy dislike|enjoys dislikes|enjoyed disliked|prefer avoid|need lack|needs lacks|accept decline
invite exclude|invited excluded|include ignore|remember ignore|attend miss|attended missed|attends misses|catch miss
found lost|find lose|keep lose|kept lost|keep discard|retain lose|retain release|hold release|safe harmful|healthy harmful
beneficial harmful|helpful harmful|helpful useless|useful useless|effective ineffective|successful failed|productive unproductive
profitable unprofitable|popular unpopular|known unknown|famous unknown|familiar unfamiliar|visible invisible|possible unlikely
likely impossible|probable improbable|capable incapable|able unable|ready unprepared|prepared unprepared|aware unaware
conscious unconscious|willing unwilling|interested disinterested|happy upset|satisfied unhappy|content dissatisfied
pleased upset|positive neutral|approve oppose|approved opposed|favor oppose|favour oppose|for against|pro anti
rise drop|rose dropped|rises drops|rising dropping|grew declined|grows declines|growing declining|climb fall|climbed fell
up decreased|higher decreased|increased dropped|increased declined|increased fell|increase drop|increase fall|more fewer
positive adverse|favorable unfavorable|favourable unfavourable|advantageous disadvantageous|optimistic cautious|bullish bearish
strong poor|strong soft|robust weak|solid weak|beat missed|exceeded missed|exceed miss|above under|over below|outperform underperform
outperformed underperformed|surpass trail|ahead behind|lead trail|leading lagging|gain decline|gains declines
emploi chomage|embauche licenciement|embauche licencie|recrute licencie|recrutement licenciement|succes echec|reussir echouer
valide invalide|valider refuser|obtenu echoue|admis refuse|admise refusee|complet incomplet|complete incomplete|autonome dependant
capable incapable|competent incompetent|qualifie non-qualifie|experimente inexperimente|motive demotive|disponible indisponible
ouvert ferme|ouverte fermee|present absent|presente absente|positif negatif|positive negative|favorable defavorable|hausse chute
croissance baisse|augmente baisse|augmentation baisse|progression recul|gagne perdu|gain perte|benefice perte|profit perte
local international|national international|interne externalise|manuel automatique|simple complique|simple complexe|facile complique
court long|courte longue|jeune ancien|nouveau ancien|nouvelle ancienne|actuel ancien|actuelle ancienne|precedent suivant
avant pendant|debut milieu|premier second|premiere seconde|majeur mineur|principal secondaire|principale secondaire|plein mi-temps
hidden visible|limited unlimited|partial whole|regular special|existing new|similar different|only both
only all|free paid|complimentary paid|remote onsite|remote office|stay leave|stay switch|agree refuse
agrees refuses|accepts declines|accepted declined|succeed fail|succeeded failed|include omit|confirmed cancelled
transparent hidden|unlimited limited|optional mandatory|required optional|before since
`;

export const ANTONYMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!map.has(a)) map.set(a, new Set());
    map.get(a)!.add(b);
  };
  for (const pair of ANTONYM_PAIRS.split(/[|\n]/)) {
    const [a, b] = pair.trim().split(/\s+/);
    if (!a || !b) continue;
    link(a, b);
    link(b, a);
  }
  return map;
})();

/** Prefixes that turn a word into its opposite: "unfiltered" against "filtered". */
// Only prefixes that negate in both languages; "de-", "a-", "mis-" start too many ordinary French words
// ("depuis", "avant") to be read as negations.
export const NEGATING_PREFIXES = ["un", "in", "im", "ir", "il", "dis", "non", "non-"] as const;
export const MIN_PREFIXED_ROOT = 5;

/** French ↔ English words common in CVs and interview notes, mapped to one key. */
const BILINGUAL = `
ingenieur engineer|developpeur developer|developpement development|logiciel software|experience experience
annee year|ans year|an year|mois month|semaine week|jour day|depuis since|projet project|equipe team
gestion management|gestionnaire manager|responsable manager|chef manager|directeur director|directrice director
direction management|entreprise company|societe company|client customer|clients customers|vente sales
ventes sales|commercial sales|comptable accountant|comptabilite accounting|finance finance|banque bank
ecole school|universite university|institut institute|diplome degree|diplomee degree|formation training
stage internship|stagiaire intern|alternance apprenticeship|poste position|emploi job|metier job
competence skill|competences skills|langue language|anglais english|francais french|espagnol spanish
allemand german|italien italian|chinois chinese|arabe arabic|portugais portuguese|russe russian
japonais japanese|courant fluent|bilingue bilingual|natif native|maternelle native|notions basic
recherche research|donnees data|analyse analysis|analyste analyst|conception design|architecte architect
reseau network|securite security|systeme system|systemes systems|outil tool|outils tools|qualite quality
production production|usine plant|atelier workshop|chantier site|maintenance maintenance|technicien technician
infirmier nurse|infirmiere nurse|medecin doctor|avocat lawyer|juriste lawyer|professeur teacher|enseignant teacher
vendeur salesperson|conseiller advisor|conseillere advisor|assistant assistant|assistante assistant
travail work|travaille worked|travaille works|dirige led|gere managed|encadre managed|manage managed
mene led|cree created|concu designed|developpe developed|lance launched|obtenu obtained|reussi passed
permis license|conduite driving|salaire salary|remuneration salary|prime bonus|teletravail remote
mutuelle insurance|voiture car|vehicule car|ville city|pays country|lieu place|annees years|apprentissage learning
mission assignment|missions assignments|fonction role|role role|niveau level|certification certification
certifie certified|certifiee certified|titulaire holder|obtention obtained|nombre number|plus more|moins less
londres london|bruxelles brussels|geneve geneva|lisbonne lisbon|varsovie warsaw|barcelone barcelona
milan milano|munich munchen|seville sevilla|moscou moscow|pekin beijing|le-caire cairo|nouvelle-orleans new-orleans
construit built|tableaux dashboards|bord board|automatise automated|automatisation automation|rapport report
reporting reporting|audit audit|statistiques statistics|statistique statistics|pipelines pipelines|outils tools
rh hr|drh hr|dsi it|informatique it|personnes people|personne person|collaborateurs staff|salaries employees|budget budget|chiffre revenue
`;

export const TRANSLATE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const pair of BILINGUAL.split(/[|\n]/)) {
    const [fr, en] = pair.trim().split(/\s+/);
    if (!fr || !en) continue;
    map.set(fr, en);
    // The English word maps to itself, so either language reaches the same key.
    if (!map.has(en)) map.set(en, en);
  }
  return map;
})();

const UNITS_EN: Record<string, number> = {
  zero: 0,
  ...ENGLISH_SMALL_NUMBERS,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const UNITS_FR: Record<string, number> = {
  ...FRENCH_SMALL_NUMBERS,
  zero: 0,
  vingts: 20,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  nonante: 90,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  dizaine: 10,
  centaine: 100,
};
export const NUMBER_UNITS: Record<string, number> = { ...UNITS_FR, ...UNITS_EN };
export const NUMBER_SCALES: Record<string, number> = {
  hundred: 100,
  cent: 100,
  cents: 100,
  thousand: 1000,
  mille: 1000,
  million: 1_000_000,
  millions: 1_000_000,
  billion: 1_000_000_000,
  milliard: 1_000_000_000,
  milliards: 1_000_000_000,
  k: 1000,
};

export const MONTHS: Record<string, number> = {
  ...FRENCH_MONTHS,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  fev: 2,
  janv: 1,
  juil: 7,
};

/** Words that loosen a number: "about 5 years" is supported by 4.5 or 6. */
export const APPROXIMATORS = set(`
about around approximately roughly nearly almost over some circa approx
environ pres presque quasi quelque quelques
`);

/** Generic words of organisation names, often translated in a summary ("CHU de Lille" → "Lille University Hospital"). */
export const GENERIC_ORG_WORDS = set(`
university universite hospital hopital chu clinic clinique school ecole college institute institut group groupe
bank banque center centre company societe department departement service ministry ministere council conseil
agency agence foundation fondation association academy academie laboratory laboratoire lab office bureau
city ville region county plant usine factory site campus branch filiale headquarters siege store magasin
`);

/** Opposites so common that both often appear in one honest text: checked against the aligned sentence only. */
export const COMMON_POLAR = set(`
first last before after new old more less most least high low higher lower up down all none many few long
short best worst good bad same different start end early late open close big small large better worse
premier dernier avant apres nouveau ancien plus moins grand petit long court debut fin meilleur pire
`);

/**
 * Closed classes whose members swap for one another in a wrong summary ("Friday" for "Monday", "CDD" for
 * "CDI", "sister" for "brother"): a member the sources never use, while they use another member of the
 * same class, is a substitution rather than a paraphrase. Words with a second everyday sense ("été",
 * "car", "train", "stage", "Orange") are left out.
 */
const CLASSES = `
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
morning afternoon evening night noon midnight matin apres-midi soir nuit midi minuit
today tomorrow yesterday tonight aujourd'hui demain hier
spring summer autumn winter printemps automne hiver
mother father sister brother wife husband son daughter aunt uncle cousin grandmother grandfather mom dad mum boyfriend girlfriend mere pere soeur frere mari fils tante oncle
red blue green yellow black white purple pink brown grey gray rouge bleu vert jaune noir blanc violet marron gris
bus plane bike bicycle taxi subway metro tram boat ferry voiture avion velo bateau
breakfast lunch dinner brunch dejeuner diner
cdi cdd freelance alternance apprentissage
remote onsite on-site hybrid teletravail presentiel hybride
full-time part-time temps-plein temps-partiel
daily weekly monthly yearly annual quarterly quotidien hebdomadaire mensuel annuel trimestriel
dog cat bird horse chien oiseau cheval
`;

export const SUBSTITUTION_CLASS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  CLASSES.trim()
    .split("\n")
    .forEach((line, i) => {
      for (const w of line.split(/\s+/)) if (w.length > 0) map.set(w, i);
    });
  return map;
})();
