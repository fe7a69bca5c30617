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

import type { Jurisdiction } from "../../core/contract.js";

const re = (parts: string[]): RegExp => new RegExp(`(?:${parts.join("|")})`);

/** A person turned down or steered away from, in a recruiter's own words (notes, chat, e-mail). */
export const REJECTION = re([
  "\\bon (?:passe|zappe|oublie|laisse tomber|classe|ecarte|evite|decline|arrete|en reste la|ne (?:la |le |les )?(?:rappelle|garde|retient|poursuit) (?:pas|plus))\\b",
  "\\b(?:je|on) (?:ne )?(?:donne|donnerai|donnons) pas suite\\b",
  "\\bpas (?:de |d')?suite\\b",
  "\\b(?:je|on) (?:prefere|prefererais) (?:qu'on ne|ne pas|qu'on decline|qu'on evite|eviter|l'autre|un autre|une autre)",
  "\\bpas pour (?:nous|moi|le poste|ce poste|l'equipe|ici)\\b",
  "\\b(?:direct )?(?:a la |a |dans la )?(?:poubelle|corbeille)\\b",
  // "Suivant." closing a note turns the person down; "il passe au tour suivant." moves them forward.
  "(?<!\\b(?:tour|etape|entretien|round|rendez-vous|semaine|mois|jour|lundi|point|stade|niveau) )\\bsuivante?\\s*[.!]?\\s*$",
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
  // Set aside, struck off, refused outright: "je le mets de côté", "je la sors de la short-list",
  // "hors de question", "avis défavorable", "j'ai viré les deux qui…".
  "\\b(?:je |on )?(?:le |la |les |l')?(?:mets?|met|mettons|laisse|laissons) de cote\\b",
  "\\b(?:hors de question|pas question)\\b",
  "\\bje ne (?:veux|voudrais) pas (?:de (?:ca|lui|elle|ce|cette|ces|ce genre)\\b|(?:la|le|les) (?:voir|prendre|garder|presenter)\\b)",
  "\\b(?:ne )?(?:veut|veulent) pas (?:de (?:lui|elle|m\\.|mme|monsieur|madame|ce candidat|cette candidate)\\b)",
  "\\bpas (?:retenue?s?|convoquee?s?)\\b",
  "\\b(?:pas de|sans) (?:convocation|suite)\\b",
  "\\b(?:je |on )?(?:la |le |les |l')?(?:sors|sort|retire|retirons|raye|barre|supprime|vire|elimine|enleve) (?:de la |du |de |des )?(?:short-?list|liste|process\\w*|selection|pipe\\w*|vivier)\\b",
  "\\b(?:j'ai|on a|nous avons) (?:vire|retire|elimine|ecarte|exclu|supprime|enleve|sorti|raye)\\b",
  "\\bavis (?:defavorable|negatif)\\b",
  "\\b(?:non|c'est non) pour moi\\b",
  "\\bje (?:ne )?(?:le |la |les )?(?:sens|vois) pas\\b",
  "\\bje (?:decline|passe mon tour|passe mon chemin)\\b",
  "\\ben bas de (?:la )?(?:liste|pile|classement)\\b",
  "\\b(?:malus|score (?:abaisse|baisse|reduit|diminue))\\b",
  "\\bne (?:le |la |les )?(?:convoque|presente|retiens|retient|rappelle|recontacte|garde)(?:rai|rons|ons)? (?:pas|plus)\\b",
  "\\blet'?s not (?:move|advance|proceed|bring|invite|schedule|hire|go|offer)\\b",
  "\\bnot (?:advancing|proceeding|progressing)\\b",
  "\\bhold off on\\b",
  "\\b(?:ranked|rated|scored) (?:lower|low|last|down)\\b",
  "\\b(?:downgraded|deprioriti[sz]ed|de-prioriti[sz]ed)\\b",
  "\\b(?:i'?d|i would|we'?d|we would) rather (?:keep looking|not|go with|pass|hire)\\b",
  "\\b(?:go|going) with (?:someone|somebody) else\\b",
  "\\b(?:filter|screen|weed|sort) (?:those|them|these|her|him|such \\w+) out\\b",
  "\\b(?:no hire|thumbs down|hard pass)\\b",
  "\\bsteer (?:him|her|them) (?:toward|towards|to|away)\\b",
  "\\bnot a (?:long-term|good|safe) (?:investment|bet|hire)\\b",
  "\\bje (?:lui|leur) (?:dis|dirai|ai dit|reponds|repondrai) non\\b",
  "\\bn'en (?:veut|veulent|voulons|veux|voudra|voudront|voudrait|voudraient) pas\\b",
  "\\ben attente (?:indefiniment|sans fin|pour toujours)\\b",
  "\\b(?:dropping|drop|dropped|cutting|nixing|nix) (?:him|her|them)\\b",
  "\\b(?:tell|told|telling) (?:her|him|them) (?:that )?(?:the (?:role|position|job|post) (?:was|is|has been) (?:filled|closed)|we(?:'ve| have)? (?:gone|went) (?:with|another))",
  "\\b(?:we'd|we would|we'll|we will) move on\\b",
  "(?:^|[.!?] )(?:nah|nope)\\W*$",
  "\\bthanks,? but no thanks\\b",
  "\\b(?:safer|better|easier|simpler) to go with\\b",
  "\\b(?:redhibitoire|deal[- ]?breaker)\\b",
  "\\ben reserve,? sans plus\\b",
  "\\bpile des non\\b",
  "\\bje ne (?:pousse|soutiens|defends|recommande|porte) pas (?:sa|cette|la|leur) candidature\\b",
  "\\b(?:je |on )?(?:prefere|preferons|prends|prend|choisis|choisit) (?:quelqu'un|une autre personne|un autre profil) d'autre\\b",
]);

/** A job-related reason for a decision: a rejection that gives none is left for the judge to read. */
export const JOB_REASON =
  /\b(?:competences?|experience|diplome|qualification|niveau|maitrise|test|entretien technique|permis|caces|habilitation|disponib\w*|salaire|pretentions|references|portfolio|skills?|years? of|degree|certif\w*|technical|interview (?:performance|score)|availability|salary)\b/;

/** A blank field, tick boxes or "oui / non" after a label: the form asks the reader for the value. */
export const FORM_FIELD =
  /(?::|\?)\s*(?:[._…]{3,}|_{2,}|\[ ?\]|[☐□❑]|(?:oui|yes|o|y) ?\/ ?(?:non|no|n)\b)|[☐□❑]|\((?:cm|kg|facultatif|optionnel|optional)\)\s*:|^\W*(?:(?:item|question|champ|field|rubrique) \d+\W*)?(?:merci de (?:compl[eé]ter|renseigner|remplir|preciser|indiquer)|a (?:remplir|completer|renseigner) par le candidat|(?:please )?(?:list|indicate|state|specify|enter) (?:all|any|your|every)\b)/;

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
  // The law's protection of minors at work (night work, hours), stated as the rule it is.
  "\\btravail de nuit des (?:mineurs|jeunes|moins de 18 ans)\\b",
  "\\bsauf derogation\\b",
  "\\b(?:child labor|child labour) (?:laws?|rules?|regulations?)\\b",
  "\\b(?:state|federal) (?:child labor |labor )?(?:laws?|rules?)\\b",
  "\\b(?:mineurs?|apprentie?s? (?:de )?moins de 18 ans|moins de 18 ans|jeunes? de (?:14|15|16|17)(?: ou | a |-)(?:15|16|17) ans|under 18|minors?) (?:ne (?:peu\\w+|doi\\w+) (?:pas|plus|jamais)|cannot|can't|may not)\\b",
  "\\bla loi (?:interdit|limite|protege|encadre|fixe)\\b",
  "\\b(?:condition|regle|limite|age) (?:legale|legal|reglementaire|fixee? par la loi)\\b",
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
  // The candidate's own request granted: "comme elle l'a demandé", "as she requested", "c'est fait".
  "\\bcomme (?:elle|il|iel) l'(?:a|avait) (?:demande|souhaite|sollicite)\\b",
  "\\b(?:a|at) (?:sa|leur|her|his|their) (?:demande|request)\\b",
  "\\bas (?:she|he|they) (?:requested|asked)\\b",
  "\\b(?:a|avait|ont) demande (?:a |de |un |une |des )?(?:decaler|reporter|amenager|adapter|avancer|deplacer|temps|tiers|pauses?|report|delai)\\w*[^.]{0,60}(?:accorde|accepte|c'est fait|ok\\b|valide)",
  "\\b(?:we )?(?:booked|scheduled|arranged|sent|gave|provided) (?:a |an |the |her |him |them )?(?:\\w+ ){0,3}(?:captioner|interpreter|accessible|large[- ]print|extra time|screen reader)",
  "\\b(?:entretien|epreuve|rendez-vous|interview|test|reunion|assessment)s? (?:a ete |ont ete |was |were )?(?:deplacee?s?|amenagee?s?|adaptee?s?|moved|relocated|rescheduled|adapted)\\b",
  // The format changed for the person: "we switched to a paper version", "s'est fait par écrit", "sous-titrée".
  "\\b(?:we )?(?:switched|changed|moved) (?:it |the \\w+ )?to (?:a |an )?(?:paper|written|remote|video|accessible|oral|large[- ]print)\\b",
  "\\b(?:s'est fait|se fera|se fait|a eu lieu|aura lieu) (?:\\S+ ){0,2}(?:par ecrit|en visio|a distance|en ligne|avec (?:un |une )?interprete)",
  "\\bsous-titre\\w*",
  "\\b(?:nous )?(?:lui |leur )?(?:avons|a) (?:envoye|prevu|reserve|organise|installe|fourni|accorde) (?:\\S+ ){0,4}(?:en gros caracteres|interprete|tiers-temps|accessible|adapte|amenage)",
  "\\bon (?:poursuit|continue|avance) (?:le processus |les entretiens )?normalement\\b",
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
  // A question or criterion named as forbidden, to teach or to stop it: "exemples de questions interdites",
  // "c'est une question interdite, ne la pose plus", "I declined that request".
  "\\b(?:questions?|formulations?|mentions?|criteres?|demandes?|exigences?) (?:\\w+ )?(?:interdite?s?|illegales?|illicites?|discriminatoires?|prohibee?s?|a (?:ne (?:pas|jamais) poser|proscrire|bannir|eviter))\\b",
  "\\b(?:forbidden|illegal|prohibited|unlawful|discriminatory|off-limits) (?:interview )?(?:questions?|criteria|requests?|demands?)\\b",
  "\\b(?:i|we) (?:declined|refused|rejected|turned down|pushed back on) (?:that|this|the|their|his|her|such) (?:\\w+ )?(?:request|demand|criteri\\w+|requirement|brief)\\b",
  "\\b(?:avons|ai|a|ont) (?:repondu|explique|rappele) (?:au client |a la direction |au manager |au demandeur )?que (?:nous|on|je) ne (?:\\w+ ){1,2}(?:pas|jamais)\\b",
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

/**
 * A demographic self-identification stated as voluntary and kept apart from selection (EEO-1, CC-305,
 * VEVRAA): lawful where the jurisdiction asks federal contractors for it (29 CFR 1607.4(B), 41 CFR
 * 60-741.42), a question to the candidate everywhere else (France: no ethnic statistics on a form).
 */
const SELF_IDENTIFICATION =
  /\b(?:self[- ]identif\w*|eeo(?:-1)?|equal employment opportunity|ofccp|cc-305|section 503|vevraa|affirmative action|adverse[- ]impact|(?:demographic|diversity) (?:survey|questions?|data))\b/;
const KEPT_APART =
  /\b(?:voluntar\w*|optional|decline to|(?:do not|don't) (?:wish|want) to (?:answer|self-identify)|prefer not to|will not (?:affect|be (?:seen|shared|used))|not (?:be )?(?:visible|seen|shared|used) (?:by|with|to|in|for)|kept separate\w*|stored separately|separate from)\b/;
export const SELF_IDENTIFICATION_LAWFUL_IN: ReadonlySet<Jurisdiction> = new Set(["US"]);

/** A casting, an audition or a model agency's call: the text as a whole is about a role (R1142-1, L1133-1). */
const ROLE_TEXT = re([
  "^\\W*(?:casting|audition)s?\\b",
  "^\\W*(?:publicite|pub|spot|clip|tournage|court-metrage|long-metrage|film|serie)(?: (?:tv|televisee|radio|publicitaire))?\\s*[:\\-–]",
  "\\b(?:incarner|interpreter|jouer|to play|playing) (?:le |la |l'|un |une |the |a )?[a-z-]+ (?:dans|in) (?:notre|le|la|un|une|our|the|a|this) (?:spot|film|serie|piece|clip|pub|publicite|commercial|movie|show|court-metrage|video)\\b",
  "\\bcasting (?:call|pour|de|d'|court|long|film|serie|publicit\\w*|commercial)\\b",
  "\\baudition(?:s|ne)? (?:pour|for) (?:le|un|une|the|a)? ?(?:role|part|personnage|character)\\b",
  "\\bagence de mannequins\\b",
  "\\b(?:seeking|recherch\\w+) (?:\\w+ )?(?:talent|comedien\\w*|actor|actress|acteur|actrice)s?\\b",
]);

/** A person moved forward (an offer, a next round): what the note says of them is not held against them. */
const ADVANCED = re([
  "\\bon (?:lui|leur) (?:fait|fera|propose|proposera) (?:une |l')?(?:offre|proposition|promesse)\\b",
  "\\bon (?:le|la|les) (?:voit|verra|rappelle|convoque|garde|retient|prend) (?:en|au|pour)\\b",
  "\\b(?:retenue?s?|qualifiee?s?) pour (?:la suite|le second|le 2e|le deuxieme|l'entretien final|le tour suivant)\\b",
  "\\b(?:advancing|moving (?:him|her|them) (?:to|forward)|move (?:him|her|them) to|advance (?:him|her|them) to)\\b",
  "\\b(?:making|extend(?:ing)?|send(?:ing)?) (?:him|her|them) an offer\\b",
  "\\b(?:il|elle|iel) passe (?:au tour suivant|a l'etape suivante|en (?:second|2e|deuxieme) (?:tour|entretien)|en finale)\\b",
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
  /** A voluntary, separate self-identification, in a jurisdiction where it is lawful. */
  selfIdentification?: RegExpExecArray | null;
  /** The text is a casting or an audition: sex, age and looks may be the role's (a claimed exception). */
  role?: RegExpExecArray | null;
  /** A person is moved forward and nobody is turned down. */
  advanced?: RegExpExecArray | null;
}

export function textFrames(text: string, jurisdiction?: Jurisdiction): TextFrames {
  const rejection = REJECTION.exec(text);
  const refused = REFUSED_DEMAND.exec(text);
  const selfId =
    jurisdiction && SELF_IDENTIFICATION_LAWFUL_IN.has(jurisdiction) && KEPT_APART.test(text)
      ? SELF_IDENTIFICATION.exec(text)
      : null;
  return {
    rejection: refused ? null : rejection,
    accommodation: rejection ? null : ACCOMMODATION.exec(text),
    refused,
    selfIdentification: rejection ? null : selfId,
    role: rejection ? null : ROLE_TEXT.exec(text),
    advanced: rejection ? null : ADVANCED.exec(text),
  };
}

export interface SentenceFrame {
  frame: LawfulFrame;
  evidence: string;
  /** "clears": no finding; "claims": an exception is claimed, a finding the judge or a person checks. */
  effect: "clears" | "claims";
}

/** Whether any sentence frame, clearing or claimed, occurs anywhere in the text (one pass, no cache churn). */
export function anyLawfulFrame(text: string): boolean {
  return [...CLEARING, ...CLAIMED].some(([, pattern]) => pattern.test(text));
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
