// Which section of the ad a unit of the brief belongs to, from what it says: the employer (who they are),
// the missions (what the person will do), the profile (what they must know or hold), the conditions
// (contract, place, hours, pay, benefits, start). Cues are counted on folded text; the strongest wins.
import { foldText } from "../../core/text/fold.js";
export const AD_SECTION_IDS = ["entreprise", "missions", "profil", "conditions"] as const;
export type AdSectionId = (typeof AD_SECTION_IDS)[number];

export const HEADING_OF: Record<AdSectionId, string> = {
  entreprise: "L'entreprise",
  missions: "Vos missions",
  profil: "Votre profil",
  conditions: "Conditions",
};

const CUES: Record<AdSectionId, RegExp> = {
  entreprise:
    /\b(?:entreprise|societe|groupe|cabinet|boulangerie|patisserie|artisan\w*|agence|atelier|garage|clinique|creche|association|boutique|hotel|restaurant|brasserie|bistro\w*|pme|start-?up|scale-?up|usine|salaries|collaborateurs|personnes\)|fondee|depuis \d{4}|leader|specialise\w*|distributeur|fabricant|commune|mairie|communaute|agglomeration|centre hospitalier|ehpad|officine|pharmacie du|concession|plateforme logistique|site de production|reseau|foyer|mecs|hypermarche|transports \p{Lu}?|e-commerce|fintech|saas|b2b|residents|lits|couverts|habitants|installee?)\b/gu,
  missions:
    /\b(?:vous (?:assurerez|serez charge|participerez|prendrez|realiserez|gererez|accompagnerez|accueillerez|prepare\w*|allez|interviendrez|pilote\w*|encadre\w*|suive\w*|receptionne\w*|range\w*|tene\w*|dispenserez|assure\w*|realise\w*|gere\w*|effectue\w*|serez)|tu (?:vas|seras)|missions?|taches|gestion|entretien|accueil|preparation|nettoyage|vente|conseil|suivi|realisation|pose|mise en (?:place|rayon)|aide (?:aux|a la|au)|tenue|check-?in|vidage|transmissions|livraisons?|chargement|dechargement|encaissement|soins|rondes?|controles?|fabrication|reglage|conduite|tonte|taille|desherbage|fleurissement|delivrance|service|prise de|redaction|frappe|facturation|inventaires?|tournees?|transport|surveillance|accompagnement|elaboration|tirage|raccordement|epluchage|plonge|builder|construire|analyser|presenter|owner|maintenance|reassort|caisse|filmage|commandes|reception|diagnostic|coupes?|couleurs?|brushings?|instrumentation|receiving|picking|putting away|tasks?|installation|depannage|preparation|animation|saisie)\b/gu,
  profil:
    /\b(?:experiences?|xp|diplomes?|diplome d'etat|titulaire|bac\b|bts|cap\b|capa|dut|but\b|master|licence|deas|dees|deaes|bp\b|permis|caces|habilitation|certifi\w*|maitris\w*|connaissances?|connaitre|anglais|italien|espagnol|allemand|langues?|niveau|competences?|profil|vous avez|vous etes|qualites|rigoureu\w*|autonome|sens du|must have|requirements|carte (?:professionnelle|conducteur)|cnaps|ssiap|fimo|fco|savoir|formation|lecture de plans|travail en equipe|port de charges|debutants?|on forme|pas besoin de diplome|stack|typescript|python|sql|excel|cegid|sage|silae|terraform|kubernetes|pack office|opera|lgpi|doctolib|ans d'experience|\d+\+? ans|exigee?s?|requise?s?|required|obligatoire|indispensables?|souhaitee?s?|appreciee?s?|bac pro|ibode|expression orale)\b/gu,
  conditions:
    /(?:\b(?:cdi|cdd|interim|mission interim|stage|alternance|saison\w*|contrat|temps (?:plein|partiel|complet)|horaires?|roulement|nuit|week-?ends?|repos|coupure|ferme|du lundi au|salaire|remuneration|brut|net|smic|primes?|mutuelle|tickets? restaurants?|panier|vehicule|remote|teletravail|hybrid|bspce|package|statut|cadre d'emplois|grade|titulaire ou contractuel|voie statutaire|poste base|basee?|lieu|prise de poste|des que possible|loge|ccn \d+|convention|grille|rtt|13e mois|pourboires|commissions?|fixe|indemnit\w*|frais|decouches|panier repas|repas sur place|jours? de remote|full remote)\b|€|\bk€|\d+k\b|\d+\s*h\b|\d+h\d*|\dx\d|\b\d+ ?(?:mois|semaines)\b|\b(?:temporary|fixed-term|gross|per (?:hour|year|month)|monday|months?)\b|\d+(?:am|pm)\b)/gu,
};

/** How many cues of its strongest section a text holds: 0 when it says nothing about where it goes. */
export function cueStrength(text: string): number {
  const folded = foldText(text);
  return Math.max(...AD_SECTION_IDS.map((s) => folded.match(CUES[s])?.length ?? 0));
}

/** Cues per section, with what a label or a heading of the brief already said. */
export function sectionOf(text: string, forced?: AdSectionId): AdSectionId {
  if (forced) return forced;
  const folded = foldText(text);
  const counts = AD_SECTION_IDS.map((s) => ({ s, n: folded.match(CUES[s])?.length ?? 0 }));
  // A unit that opens on "Vous avez", a diploma or a licence states a requirement, whatever else it names.
  if (
    /^(?:vous avez|vous etes|titulaire|diplome|permis|caces|habilitation|experience|maitrise|connaissance|(?:cap|capa|bp|bac|bts|dut|but|dcg|dscg|deas|deaes|master|licence|titre professionnel)(?![\p{L}]))/u.test(
      folded,
    )
  )
    return "profil";
  if (/^vous\s/u.test(folded) || /^tu\s/u.test(folded)) return "missions";
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  // A bare place ("à Angers", "Brie-Comte-Robert", "Le Creusot") is where the job is.
  // A name alone, of several words or with an acronym ("ADMR Quimperlé", "Nordic Parts France"), is the
  // employer; a single name, or one that reads as a town ("Saint-Priest", "Le Creusot"), is where the job is.
  if (best.n === 0 && PROPER_NAME.test(text.trim()) && !TOWN_LIKE.test(text.trim())) return "entreprise";
  if (best.n === 0 && PLACE_ONLY.test(text.trim())) return "conditions";
  if (best.n === 0) return words(text) <= 3 ? "profil" : "missions";
  // Conditions are short facts: on a tie with another section, a short unit is a condition.
  const tied = counts.filter((c) => c.n === best.n).map((c) => c.s);
  if (tied.includes("conditions") && words(text) <= 6) return "conditions";
  return TIE_ORDER.find((s) => tied.includes(s)) ?? best.s;
}

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;

const PROPER_NAME = /^(?=.*(?:\p{Lu}{2,}|\s))(?:\p{Lu}[\p{L}'’.&-]*)(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’.&-]*)*$/u;
const TOWN_LIKE = /^(?:(?:Le|La|Les|Saint|Sainte)[\s-]|\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$)/u;
const TIE_ORDER: AdSectionId[] = ["missions", "profil", "conditions", "entreprise"];
const PLACE_ONLY =
  /^(?:(?:à|a|au|sur|secteur)\s+)?(?:(?:Le|La|Les|Saint|Sainte)[\s-])?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*(?:\s*\(\d{2,3}\))?$/u;
