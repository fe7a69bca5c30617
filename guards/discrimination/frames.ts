// Frames: what a sentence or a whole text does with the criteria it names, beyond the words themselves.
//  - who is judged: a note that turns a person down ("on passe", "direct à la corbeille", "let's pass")
//    makes every trait it cites a reason for the decision, as in a screening rationale;
//  - what is asked: a form field left blank ("Origine : ____", "☐ oui ☐ non") asks the candidate;
//  - lawful exceptions and non-uses: the law's own condition ("conformément à l'article L6222-1"), an
//    actor's or model's role, positive action the law allows, an accommodation being arranged, data being
//    masked, a discriminatory demand being refused, an employee's right being described, a hiring aid for
//    residents of priority districts. These clear a criterion, or (for a claimed exception) turn it into
//    a finding the judge or a person checks (rule AD-23).
// All patterns run on folded text (normalise.ts) and are compiled once.

const re = (parts: string[]): RegExp => new RegExp(`(?:${parts.join("|")})`);

/** A person turned down or steered away from, in a recruiter's own words (notes, chat, e-mail). */
export const REJECTION = re([
  "\\bon (?:passe|zappe|oublie|laisse tomber|classe|ecarte|evite|decline|arrete|en reste la|ne (?:la |le |les )?(?:rappelle|garde|retient|poursuit) (?:pas|plus))\\b",
  "\\b(?:je|on) (?:ne )?(?:donne|donnerai|donnons) pas suite\\b",
  "\\bpas (?:de |d')?suite\\b",
  "\\b(?:je|on) (?:prefere|prefererais) (?:qu'on ne|ne pas|qu'on decline|qu'on evite|eviter|l'autre|un autre|une autre)",
  "\\bpas pour (?:nous|moi|le poste|ce poste|l'equipe|ici)\\b",
  "\\b(?:direct )?(?:a la |a |dans la )?(?:poubelle|corbeille)\\b",
  "\\bsuivante?\\s*[.!]?\\s*$",
  "\\bnon merci\\b",
  "\\b(?:je |on )?(?:la |le )?(?:mets?|met|classe) (?:en|sur) (?:non|liste noire|no list)\\b",
  "\\bne pas (?:la |le |les )?(?:retenir|rappeler|garder|presenter|recommander)\\b",
  "\\b(?:je ne|on ne) (?:la |le |les )?(?:recommande|retiens|retient|presente|rappelle|garde) pas\\b",
  "\\bon (?:prend|prendra|garde) (?:l'autre|un autre|une autre|le suivant|la suivante)\\b",
  "\\b(?:refuse|refusee|refus|ecarte|ecartee|non retenue?|rejete|rejetee|elimine|eliminee|penalisee?|classee? (?:dernier|derniere|en fin))\\b",
  "\\ben fin de pile\\b",
  "\\b(?:let's|lets|we'll|we should|i'd|i would|i'll|we) (?:pass|move on|keep looking|not move forward|steer clear|go with the other|rather go with)\\b",
  "\\bpass(?:ed|ing)? on (?:him|her|them|this one|the candidate)\\b",
  "\\bnot (?:moving|move) forward\\b",
  "\\b(?:no|do not hire) list\\b",
  "\\bsteer clear\\b",
  "\\bnot a (?:culture |cultural |good )?fit\\b",
  "\\b(?:rejected|passed on her|passed on him|disqualified)\\b",
  "\\bkeep looking\\b",
]);

/** A job-related reason for a decision: a rejection that gives none is left for the judge to read. */
export const JOB_REASON =
  /\b(?:competences?|experience|diplome|qualification|niveau|maitrise|test|entretien technique|permis|caces|habilitation|disponib\w*|salaire|pretentions|references|portfolio|skills?|years? of|degree|certif\w*|technical|interview (?:performance|score)|availability|salary)\b/;

/** A blank field, tick boxes or "oui / non" after a label: the form asks the reader for the value. */
export const FORM_FIELD =
  /(?::|\?)\s*(?:[._…]{3,}|_{2,}|\[ ?\]|[☐□❑]|(?:oui|yes) ?\/ ?(?:non|no)\b)|[☐□❑]|\((?:cm|kg|facultatif|optionnel|optional)\)\s*:|^\W*(?:merci de (?:compl[eé]ter|renseigner|remplir|preciser|indiquer)|a (?:remplir|completer|renseigner) par le candidat)/;

/** Who the demand is on: the law's own condition, cited as such. */
const STATUTE = re([
  "\\bconformement (?:a |au |aux )(?:l'article|la loi|la reglementation|code|decret|statut|l'art)",
  "\\b(?:selon|d'apres|au sens de|en application de|prevue?s? (?:par|a)|fixee?s? par|impose(?:e|es)? par) (?:l'article|la loi|le code|la reglementation|le decret|le statut|les articles)",
  "\\b(?:article|art\\.?) [lrd] ?\\d{3,4}",
  "\\b[lr] ?\\d{4}-\\d+\\b",
  "\\bcomme (?:le prevoit|l'exige|l'impose|le permet|le prevoient|l'exigent) (?:la loi|le code|la reglementation|l'article|le statut|le decret)",
  "\\b(?:la loi|le code|la reglementation|le decret|le statut) (?:impose|interdit|exige|prevoit|fixe|reserve)",
  "\\binterdit par (?:la loi|le code)",
  "\\b(?:limite|condition) d'age (?:reglementaire|legale|statutaire|fixee par)",
  "\\bcode (?:du travail|de la sante publique|de la route|general de la fonction publique)\\b",
  "\\b(?:as )?required by (?:[a-z]+ ){0,3}(?:law|regulations?)\\b",
  "\\bunder (?:[a-z]+ ){0,2}(?:liquor |state |federal )?law\\b",
]);

/** An actor's, a model's or a voice's role: sex and age can be a genuine requirement (R1142-1, L1133-1). */
const ROLE = re([
  "\\bcasting\\b",
  "\\b(?:incarner|interpreter|jouer) (?:le |un |une |l')?(?:role|personnage)",
  "\\b(?:incarner|interpreter|jouer) (?:un |une )(?:homme|femme|personne|enfant|fillette|garcon|mere|pere)",
  "\\ble role (?:l'exige|de)\\b",
  "\\b(?:comedien|comedienne|acteur|actrice|doublage|figurant)s?\\b",
  // A model's job, not "un physique de mannequin" asked of a receptionist.
  "\\b(?:agence de |casting de |recherche (?:un |une )?|recrute (?:un |une )?)mannequins?\\b",
  "\\bmannequins? (?:h/f|homme|femme|pour|cabine|photo)\\b",
  "\\br ?1142-1\\b",
  "exigence professionnelle (?:essentielle|determinante)",
  "\\b(?:genuine )?occupational requirement\\b",
  "\\b(?:par|by) une personne (?:du |de )?meme sexe\\b",
  "\\bl'intimite (?:des|de la|du|de l')",
]);

/** Positive action the law allows (L1142-4, L5212-2 and following). */
const POSITIVE_ACTION = re([
  "\\bl ?1142-4\\b",
  "\\baction(?:s)? positive",
  "\\bmesures? (?:temporaires? )?de rattrapage",
  "\\baccord (?:handicap|agree)",
  "\\bobligation d'emploi\\b",
  "\\bbeneficiaires? de l'(?:obligation|oeth|boeth)",
  "\\bplan (?:pour l'|d')egalite\\b",
]);

/** An accommodation arranged for a person: the criterion is met, not held against them. */
const ACCOMMODATION = re([
  "\\bamenagements? (?:de poste|du poste|des epreuves|necessaire|utile|demande|prevu)",
  "\\b(?:a|ont) ete (?:installe|adapte|amenage|commande|prevu|organise)e?s?\\b",
  "\\b(?:prevoir|preparer|commander|installer|organiser|mettre a disposition) (?:les |des |un |une |le |la )?(?:supports?|materiel|ecran|siege|poste|interprete|acces|documents?|temps)",
  "\\binterprete (?:lsf|en langue des signes)?\\s?(?:pris en charge|present|prevu|organise)",
  "\\bpris(?:e)? en charge par l'entreprise\\b",
  "\\b(?:decision|candidature) (?:fondee|retenue|est retenue) sur (?:ses|les) competences\\b",
  "\\b(?:arranged|provided|accommodated|accommodation (?:arranged|provided|granted))\\b",
]);

/** Data masked or removed before sharing: the criteria named are what is taken out. */
const ANONYMISATION = re([
  "\\b(?:masqu|retir|supprim|enlev|occult|anonymis|caviard|effac|retranch)\\w* (?:la |le |les |l'|leur |leurs |toute |tout )?(?:date|photo|age|adresse|nom|prenom|nationalite|situation|mention|information|donnee|champ|lieu|numero|coordonnee)",
  "\\b(?:sont|est) (?:retire|supprime|masque|occulte|efface)e?s? (?:automatiquement|avant)",
  "\\b(?:remove|strip|redact|hide|mask|blank out|omit)s? (?:the |their |all )?(?:names?|photos?|graduation|addresses|dates?|birth|ages?)",
  "\\bcv anonyme\\b",
  "\\bblind (?:review|screening)\\b",
]);

/** A discriminatory demand reported and refused. */
const REFUSED_DEMAND = re([
  "\\b(?:avons|ai|a|ont) (?:refuse|decline|rejete|ecarte) (?:ce|cette|ces|la|sa|leur) (?:critere|demande|exigence|condition)",
  "\\b(?:avons|ai) (?:repondu|rappele|explique) (?:au client |a la direction )?que (?:ce|cette|ces) (?:critere|demande|exigence)",
  "\\b(?:critere|demande|exigence)s? (?:est|sont|etait|serait) (?:illegale?s?|illicites?|discriminatoires?|interdite?s?|contraires?)",
  "\\b(?:refuser|repérer|reperer) (?:et refuser )?les demandes discriminatoires",
  "\\bcontraire au code du travail\\b",
]);

/** An employee's right or protection described (leave, delegation hours, protection from reprisal). */
const RIGHTS = re([
  "\\b(?:beneficient|beneficie|disposent|dispose|ont droit|a droit|peut demander|peuvent demander|peut beneficier|peuvent beneficier)\\b",
  "\\b(?:est|sont) protegee?s?\\b",
  "\\bla loi protege\\b",
  "\\baucune (?:sanction|mesure de represailles|decision ne peut)",
  "\\bne peut (?:affecter|en tenir compte|etre (?:sanctionne|licencie|pris en compte))",
  "\\bautorisations? d'absence\\b",
  "\\bconges? (?:de |d'|pour )(?:paternite|maternite|naissance|adoption|evenements familiaux|proche aidant|accueil)",
  "\\bheures de delegation\\b",
  "\\bcredit (?:de \\d+ heures|d'heures)\\b",
  "\\b(?:poursuit|poursuivent) (?:les entretiens|le processus) normalement\\b",
]);

/** A hiring aid for residents of priority districts (emplois francs): residence names the aid, not a bar. */
const HIRING_AID = re([
  "\\bemplois? francs?\\b",
  "\\bpolitique de la ville\\b",
  "\\bquartiers? prioritaires? de la politique",
  "\\bqpv\\b",
]);

export type LawfulFrame =
  | "statute"
  | "role"
  | "positive_action"
  | "accommodation"
  | "anonymisation"
  | "refused_demand"
  | "rights"
  | "hiring_aid";

const CLEARING: ReadonlyArray<[LawfulFrame, RegExp]> = [
  ["anonymisation", ANONYMISATION],
  ["refused_demand", REFUSED_DEMAND],
  ["rights", RIGHTS],
  ["hiring_aid", HIRING_AID],
];
const CLAIMED: ReadonlyArray<[LawfulFrame, RegExp]> = [
  ["statute", STATUTE],
  ["role", ROLE],
  ["positive_action", POSITIVE_ACTION],
];

export interface TextFrames {
  /** A person is turned down somewhere in the text. */
  rejection: RegExpExecArray | null;
  /** The text arranges an accommodation and turns nobody down. */
  accommodation: RegExpExecArray | null;
  /** A discriminatory demand is reported as refused: the criteria named are the demand's. */
  refused: RegExpExecArray | null;
}

export function textFrames(text: string): TextFrames {
  const rejection = REJECTION.exec(text);
  const refused = REFUSED_DEMAND.exec(text);
  return {
    rejection: refused ? null : rejection,
    accommodation: rejection ? null : ACCOMMODATION.exec(text),
    refused,
  };
}

export interface SentenceFrame {
  frame: LawfulFrame;
  evidence: string;
  /** "clears": no finding; "claims": an exception is claimed, a finding the judge or a person checks. */
  effect: "clears" | "claims";
}

// Once per sentence, not once per criterion word: a long sentence full of criterion words would otherwise
// cost (words x sentence length).
const frameCache = new Map<string, SentenceFrame | null>();

/** The lawful frame of a sentence, if any: clearing frames first, then claimed exceptions. */
export function sentenceFrame(sentence: string): SentenceFrame | undefined {
  const cached = frameCache.get(sentence);
  if (cached !== undefined) return cached ?? undefined;
  let found: SentenceFrame | null = null;
  for (const [frame, pattern] of [...CLEARING, ...CLAIMED]) {
    const m = pattern.exec(sentence);
    if (m) {
      found = { frame, evidence: m[0], effect: CLEARING.some(([f]) => f === frame) ? "clears" : "claims" };
      break;
    }
  }
  if (frameCache.size > 256) frameCache.clear();
  frameCache.set(sentence, found);
  return found ?? undefined;
}
