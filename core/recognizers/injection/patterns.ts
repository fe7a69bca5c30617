// Phrases aimed at the model rather than at a recruiter, matched on folded text (lower case, no accents).
// Each pattern needs an imperative aimed at instructions, a role or a score: "I followed instructions from
// the product owner", "j'ai rédigé des prompts pour ChatGPT", "system administrator" stay clear.

export const INJECTION_RULES = ["IN-01", "IN-02", "IN-03"] as const;
export type InjectionRule = (typeof INJECTION_RULES)[number];

export interface InjectionPattern {
  rule: InjectionRule;
  what: string;
  re: RegExp;
}

const ALL =
  "(?:all|any|every|the|your|these|those|my|of|earlier|above|previous|prior|preceding|former|original|system|other|\\s)*";
const INSTR_EN =
  "(?:instructions?|prompts?|rules|directives?|guidelines|context|messages|constraints|criteria|guidance|programming|system prompt)";
const TOUS = "(?:toutes?|tous|les|tes|vos|des|ces|mes|de|d'|du|\\s)*";
const INSTR_FR =
  "(?:consignes?|instructions?|regles|directives?|indications|prompts?|criteres|contexte|messages?)";
// Ranking and score requests need an object ("rank this candidate first"): "ranked first in my class",
// "classé premier au concours", "obtenu la note maximale" are achievements, not orders.
const CANDIDATE_EN =
  "(?:me|him|her|them|(?:this|the|my|our) (?:candidate|applicant|cv|resume|profile|application|person))";
const CANDIDATE_FR =
  "(?:-moi|-le|-la|\\s+(?:ce|cette|le|la|mon|ma|notre) (?:candidat(?:e|ure)?|cv|profil|dossier|personne))";

function p(rule: InjectionRule, what: string, source: string): InjectionPattern {
  return { rule, what, re: new RegExp(source, "gmu") };
}

export const PATTERNS: readonly InjectionPattern[] = [
  // IN-01: overriding the instructions or the role the model was given.
  p(
    "IN-01",
    "ordre d'ignorer les instructions",
    `\\b(?:ignore|disregard|forget|override|bypass|skip|drop)\\s+${ALL}${INSTR_EN}\\b`,
  ),
  p(
    "IN-01",
    "ordre d'ignorer les consignes",
    `\\b(?:ignore[rz]?|oublie[rz]?|ne (?:tiens|tenez|tenir) (?:pas|plus) compte|fais abstraction|faites abstraction|passe[rz]? outre)\\s+(?:de\\s+|des\\s+|a\\s+)?${TOUS}${INSTR_FR}\\b`,
  ),
  p(
    "IN-01",
    "redéfinition du rôle du modèle",
    `\\b(?:you are now (?:an?|the|my|in|acting|operating|free|unrestricted|no longer|going to|dan)|from now on,? you|you will now act|act as (?:if you were )?(?:an?|the) (?:ai|assistant|recruiter|hiring|model|system)|pretend (?:to be|you are)|your new (?:role|task|instructions?) (?:is|are))\\b`,
  ),
  p(
    "IN-01",
    "redéfinition du rôle du modèle",
    `\\b(?:tu es (?:maintenant|desormais)|vous etes (?:maintenant|desormais)|a partir de maintenant,? (?:tu|vous) (?:es|etes|dois|devez)|(?:agis|agissez) (?:comme|en tant que) (?:si|un|une|l'|le|la) ?(?:ia|assistant|recruteur|modele|systeme)?|fais comme si tu|ta nouvelle (?:mission|consigne|tache) est)\\b`,
  ),
  p(
    "IN-01",
    "nouvelles instructions",
    `(?:^|[\\[(<#*\\-]\\s*)(?:new|updated|additional|hidden|secret) (?:instructions?|system prompt|rules)\\s*[:\\]]|(?:^|[\\[(<#*\\-]\\s*)(?:nouvelles?|autres?|vraies?) (?:consignes?|instructions?)\\s*[:\\]]`,
  ),
  p(
    "IN-01",
    "message adressé au modèle",
    `\\b(?:note|message|instructions?|consignes?) (?:to|for|pour|a|au|aux) ?(?:the |l'|le |la |les )?(?:ai|ia|llm|gpt|chatgpt|language model|modele de langage|model|modele|assistant|screening (?:tool|system|bot)|outil de tri|robot|bot)\\b`,
  ),
  p(
    "IN-01",
    "message adressé au modèle",
    `\\b(?:if you are|si (?:tu es|vous etes)) (?:an?|une?) (?:ai|ia|llm|language model|modele|assistant|bot|robot)\\b|\\b(?:dear|cher|chere) (?:ai|ia|chatgpt|gpt|llm|recruiting bot|robot)\\b`,
  ),
  p(
    "IN-01",
    "divulgation du prompt système",
    `\\b(?:reveal|print|repeat|show) (?:your|the) (?:system )?(?:prompt|instructions)\\b|\\b(?:revele|affiche|repete)[rz]? (?:ton|tes|votre|vos|le) (?:prompt|instructions|consignes)\\b`,
  ),
  // IN-02: steering the ranking or the score.
  p(
    "IN-02",
    "demande de classement",
    `\\b(?:rank|place|put|list|move|select|shortlist|prioriti[sz]e)\\s+${CANDIDATE_EN}\\s*(?:as |at )?(?:the )?(?:first|top|highest|#\\s?1|number one|no\\.? ?1|above (?:all|every|the other)\\w*|first in line)\\b`,
  ),
  p(
    "IN-02",
    "demande de note",
    `\\b(?:give|assign|award|grant)\\s+(?:${CANDIDATE_EN}\\s+)?(?:a |an |the )?(?:highest|maximum|max|top|best|perfect|full|10/10|100/100)\\s+(?:score|rating|grade|marks?|evaluation|recommendation)\\b|\\b(?:give|assign|award|grant|rate|score)\\s+${CANDIDATE_EN}\\s+(?:as |at |a |an |the )?(?:highest|maximum|max|top|best|perfect|full|excellent|10/10|100/100|100 ?%|10 out of 10|5 stars)`,
  ),
  p(
    "IN-02",
    "demande de recommandation",
    `\\b(?:you (?:must|should|will) (?:recommend|hire|select|shortlist|approve|rank|score)|(?:must|should) be (?:ranked first|rated highest|given the highest)|recommend (?:this|the) (?:candidate|applicant) (?:for (?:hire|hiring|an interview)|above)|(?:this|the) (?:candidate|applicant) is (?:the )?(?:perfect|ideal|best|only) (?:match|fit|choice|candidate)[^.\\n]{0,40}(?:hire|select|rank|score))\\b`,
  ),
  p(
    "IN-02",
    "demande de classement",
    `\\b(?:classe[rz]?|place[rz]?|met[sz]?|mettre|mettez|positionne[rz]?|selectionne[rz]?|retien[ts]|retenez)${CANDIDATE_FR}\\s*(?:en )?(?:premier|premiere|tete|haut du classement|numero (?:1|un)|n°\\s?1|1er|1ere)\\b`,
  ),
  p(
    "IN-02",
    "demande de note",
    `\\b(?:donne[rz]?|attribue[rz]?|accorde[rz]?|mets|mettez|mettre)(?:-moi|-lui|-leur)?\\s+(?:a |avec )?(?:la |une |un |le )?(?:note |score |evaluation )?(?:maximale?|maximum|max|parfaite?|la plus haute|la meilleure|excellente?|10\\s?/\\s?10|20\\s?/\\s?20|100\\s?/\\s?100|100 ?%)\\b`,
  ),
  p(
    "IN-02",
    "demande de note",
    `\\b(?:note[rz]?|evalue[rz]?)${CANDIDATE_FR}\\s+(?:a |avec )?(?:la note )?(?:maximale?|maximum|10\\s?/\\s?10|20\\s?/\\s?20|100\\s?/\\s?100|100 ?%)`,
  ),
  p(
    "IN-02",
    "demande de note",
    `\\b(?:donne[rz]?|attribue[rz]?|accorde[rz]?)(?:-moi|-lui|-leur)?\\s+(?:la |une |un |le )(?:meilleure?|plus haute?) (?:note|score|evaluation)\\b|\\b(?:recommande[rz]?|embauche[rz]?) (?:ce|cette) (?:candidat|candidate|candidature|profil) (?:sans|en priorite|absolument)\\b|\\b(?:ce|cette) (?:candidat|candidate|profil) (?:doit|devra) etre (?:classee?|retenue?|selectionnee?|note)\\b`,
  ),
  // IN-03: role tags and chat-format tokens smuggled into a document, hidden-text markers.
  p(
    "IN-03",
    "balise de rôle de conversation",
    `<\\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\\|>|\\[/?inst\\]|<<\\/?sys>>|<\\/?(?:system|assistant|instructions?|prompt)>`,
  ),
  p(
    "IN-03",
    "rôle de conversation simulé",
    `^[ \\t>#*]*(?:system|assistant|systeme|ai|ia)\\s*:\\s*(?=(?:you|your|tu|vous|ignore|oublie|from now|a partir|the candidate|le candidat|la candidate|rank|classe|give|donne|attribue|note|score|always|toujours|do not|ne )\\b)`,
  ),
  p(
    "IN-03",
    "rôle de conversation simulé",
    `^#{2,}\\s*(?:system|instruction|instructions|assistant|systeme|consignes?)\\b\\s*:?\\s*$`,
  ),
  p(
    "IN-03",
    "marqueur de texte caché",
    `\\[(?:hidden|invisible|white text|texte (?:cache|invisible|blanc)|ai only|pour l'ia|for (?:the )?(?:ai|llm|model))[^\\]\\n]{0,80}\\]|\\b(?:font-size\\s*:\\s*0|color\\s*:\\s*(?:#fff(?:fff)?|white)|display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(?![.,]\\d*[1-9]))\\b|\\b(?:ecrit|texte|written|text) en blanc sur (?:fond )?blanc\\b|\\bwhite (?:text )?on white\\b|<!--[\\s\\S]{0,300}?-->`,
  ),
];

/** Long base64 runs: decoded and matched again, since an encoded order is still an order. */
export const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=])/gu;

/** A word mixing Latin with Cyrillic or Greek letters: homoglyph obfuscation, not a foreign name. */
export const MIXED_SCRIPT_WORD =
  /\p{L}*(?:\p{Script=Latin}\p{L}*[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}]\p{L}*\p{Script=Latin})\p{L}*/gu;
