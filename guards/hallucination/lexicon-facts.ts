// Facts a recruiter relies on, each mapped to a concept key so that French and English wordings of the
// same qualification meet ("Master" = "MSc" = "bac+5"). Phrases are folded (lower case, no accents).

export type FactKind = "degree" | "certification" | "language" | "level" | "title" | "skill" | "benefit";

export interface Concept {
  kind: FactKind;
  key: string;
  /** Level rank for language levels (1 = basic … 5 = native). */
  rank?: number;
}

const GROUPS: [FactKind, string, string][] = [
  ["degree", "master", "master|masters|master's|mastere|msc|m.sc|m2|bac+5|bac + 5|master of science|ma"],
  [
    "degree",
    "engineering-degree",
    "engineering degree|diplome d'ingenieur|diplome ingenieur|b.eng|beng|m.eng|meng|bachelor of engineering|master of engineering",
  ],
  [
    "degree",
    "bachelor",
    "licence|licence pro|licence professionnelle|bachelor|bachelors|bachelor's|bsc|b.sc|ba|bac+3|bac + 3|l3|undergraduate degree",
  ],
  ["degree", "doctorate", "doctorat|phd|ph.d|doctorate|these de doctorat|docteur en"],
  ["degree", "mba", "mba|executive mba|emba"],
  ["degree", "bts", "bts|brevet de technicien superieur"],
  ["degree", "dut", "dut|but|bachelor universitaire de technologie|iut"],
  ["degree", "bac", "bac|baccalaureat|high school diploma|a-levels|a levels"],
  ["degree", "cap", "cap|bep|certificat d'aptitude professionnelle"],
  ["degree", "deug", "deug|bac+2|bac + 2|associate degree"],
  [
    "degree",
    "engineer-school",
    "ecole d'ingenieurs|engineering school|grande ecole|ecole de commerce|business school",
  ],
  ["certification", "pmp", "pmp|project management professional"],
  ["certification", "caces", "caces"],
  ["certification", "toeic", "toeic"],
  ["certification", "toefl", "toefl"],
  ["certification", "ielts", "ielts"],
  ["certification", "cambridge", "cambridge|fce|cae|cpe"],
  ["certification", "itil", "itil"],
  ["certification", "prince2", "prince2|prince 2"],
  [
    "certification",
    "scrum",
    "psm|csm|scrum master certifie|certified scrum master|professional scrum master|pspo|safe",
  ],
  ["certification", "cissp", "cissp"],
  ["certification", "ccna", "ccna|ccnp"],
  ["certification", "aws-cert", "aws certified|aws solutions architect|certification aws"],
  ["certification", "azure-cert", "az-900|az-104|az-204|azure certified|certification azure"],
  ["certification", "cfa", "cfa"],
  ["certification", "cpa", "cpa|expert-comptable|expert comptable|dec|diplome d'expertise comptable"],
  ["certification", "dscg", "dscg"],
  ["certification", "dcg", "dcg"],
  ["certification", "acca", "acca"],
  ["certification", "six-sigma", "six sigma|lean six sigma|green belt|black belt"],
  [
    "certification",
    "driving",
    "permis b|permis c|permis ce|permis d|driving licence|driver's license|driving license|permis de conduire",
  ],
  ["certification", "sst", "sst|sauveteur secouriste du travail|first aid certificate"],
  ["certification", "electrical", "habilitation electrique|habilitations electriques|b1v|b2v|br|bc|h0v"],
  ["certification", "voltaire", "certificat voltaire|projet voltaire"],
  ["certification", "tosa", "tosa|pix|mos|microsoft office specialist"],
  ["certification", "haccp", "haccp"],
  ["certification", "ssiap", "ssiap"],
  ["certification", "ifrs", "ifrs"],
  ["language", "english", "anglais|english|anglaise"],
  ["language", "french", "francais|french|francaise"],
  ["language", "spanish", "espagnol|spanish|espagnole|castillan"],
  ["language", "german", "allemand|german|allemande"],
  ["language", "italian", "italien|italian|italienne"],
  ["language", "portuguese", "portugais|portuguese"],
  ["language", "chinese", "chinois|mandarin|chinese|cantonais|cantonese"],
  ["language", "arabic", "arabe|arabic"],
  ["language", "russian", "russe|russian"],
  ["language", "japanese", "japonais|japanese"],
  ["language", "dutch", "neerlandais|dutch|flamand"],
  ["language", "polish", "polonais|polish"],
  ["language", "turkish", "turc|turkish"],
  ["language", "hindi", "hindi"],
  ["language", "korean", "coreen|korean"],
  ["language", "swedish", "suedois|swedish"],
  ["language", "norwegian", "norvegien|norwegian"],
  ["language", "danish", "danois|danish"],
  ["language", "finnish", "finnois|finnish"],
  ["language", "greek", "grec|greek"],
  ["language", "hebrew", "hebreu|hebrew"],
  ["language", "vietnamese", "vietnamien|vietnamese"],
  ["language", "thai", "thai|thailandais"],
  ["language", "romanian", "roumain|romanian"],
  ["language", "czech", "tcheque|czech"],
  ["language", "hungarian", "hongrois|hungarian"],
  ["language", "ukrainian", "ukrainien|ukrainian"],
  ["language", "persian", "persan|farsi|persian"],
  ["language", "urdu", "ourdou|urdu"],
  ["language", "bengali", "bengali"],
  ["language", "tamil", "tamoul|tamil"],
  ["language", "swahili", "swahili"],
  ["language", "wolof", "wolof"],
  ["language", "berber", "berbere|tamazight|kabyle"],
  ["language", "sign-language", "lsf|langue des signes|sign language|asl|bsl"],
  [
    "title",
    "developer",
    "developpeur|developpeuse|developer|software engineer|ingenieur logiciel|programmer|programmeur",
  ],
  ["title", "engineer", "ingenieur|ingenieure|engineer"],
  [
    "title",
    "project-manager",
    "chef de projet|cheffe de projet|project manager|pm|project lead|responsable de projet",
  ],
  ["title", "product-manager", "product manager|product owner|chef de produit|po"],
  [
    "title",
    "manager",
    "manager|responsable|team lead|team leader|chef d'equipe|encadrant|superviseur|supervisor",
  ],
  ["title", "director", "directeur|directrice|director|head of|vp|vice president|vice-president"],
  ["title", "executive", "ceo|cto|cfo|coo|cio|pdg|dg|directeur general|directrice generale|chief executive"],
  ["title", "senior", "senior|confirme|confirmee|principal|staff engineer|expert|experte"],
  ["title", "lead", "lead|tech lead|lead developer|referent technique|referente technique"],
  ["title", "junior", "junior|debutant|debutante|entry-level|graduate"],
  ["title", "intern", "stagiaire|intern|internship|stage|alternant|alternante|apprenti|apprentie|apprentice"],
  ["title", "consultant", "consultant|consultante"],
  ["title", "analyst", "analyste|analyst"],
  ["title", "architect", "architecte|architect"],
  ["title", "data-scientist", "data scientist|scientifique des donnees"],
  [
    "title",
    "accountant",
    "comptable|accountant|controleur de gestion|controleuse de gestion|financial controller",
  ],
  [
    "title",
    "sales",
    "commercial|commerciale|sales representative|account executive|business developer|ingenieur commercial|key account manager",
  ],
  [
    "title",
    "hr",
    "rh|drh|charge de recrutement|chargee de recrutement|recruteur|recruteuse|recruiter|hr manager|talent acquisition",
  ],
  ["title", "nurse", "infirmier|infirmiere|nurse"],
  ["title", "technician", "technicien|technicienne|technician"],
  ["title", "assistant", "assistant|assistante"],
  ["title", "founder", "fondateur|fondatrice|founder|co-founder|cofondateur|cofondatrice"],
  ["title", "freelance", "freelance|independant|independante|auto-entrepreneur|self-employed|contractor"],
  // Skills named differently in French and English.
  ["skill", "payroll", "paie|gestion de la paie|payroll|payroll management"],
  ["skill", "fmea", "amdec|fmea"],
];

const SKILLS = `python java javascript typescript react angular vue node.js nodejs node php ruby rails go golang
rust scala kotlin swift c++ c# .net dotnet sql nosql postgresql mysql oracle mongodb redis kafka spark hadoop
excel vba power bi powerbi tableau sap salesforce hubspot aws azure gcp docker kubernetes terraform ansible
jenkins git gitlab github linux windows unix photoshop illustrator indesign figma sketch autocad solidworks
catia revit matlab r sas spss stata jira confluence scrum agile kanban devops tensorflow pytorch
machine learning deep learning nlp sage cegid quickbooks wordpress seo sea html css django flask spring
symfony laravel graphql rest soap cobol fortran abap selenium cypress jest pandas numpy snowflake dbt airflow
looker qlik microstrategy lean kaizen 5s tpm haccp ifrs gaap consolidation fiscalite
`;

const BENEFITS = [
  ["remote", "teletravail|remote|hybrid|hybride|full remote|work from home"],
  ["meal", "tickets restaurant|ticket restaurant|titres-restaurant|meal vouchers|carte swile"],
  ["car", "voiture de fonction|vehicule de fonction|company car"],
  ["rtt", "rtt"],
  ["equity", "stock options|bspce|actions gratuites|equity|rsu"],
  ["bonus", "prime|primes|bonus|variable|13e mois|13eme mois|treizieme mois|13th month"],
  ["health", "mutuelle|health insurance|prevoyance"],
] as const;

/** Folded phrase → concept, longest phrases first so "chef de projet" wins over "chef". */
export const PHRASES: ReadonlyMap<string, Concept> = (() => {
  const map = new Map<string, Concept>();
  // The tokenizer drops elisions ("d'ingénieur" gives "ingenieur"): each phrase is also known without them.
  const elided = (ph: string) => ph.replace(/(^|\s)(?:[ldjnsctm]|qu)'/gu, "$1");
  for (const [kind, key, phrases] of GROUPS)
    for (const ph of phrases.split("|")) {
      map.set(ph, { kind, key });
      if (elided(ph) !== ph && !map.has(elided(ph))) map.set(elided(ph), { kind, key });
    }
  for (const s of SKILLS.split(/\s+/))
    if (s.length > 0) map.set(s, { kind: "skill", key: s.replace(/\./g, "") });
  for (const pair of ["machine learning", "deep learning", "power bi"])
    map.set(pair, { kind: "skill", key: pair.replace(" ", "") });
  for (const [key, phrases] of BENEFITS)
    for (const ph of phrases.split("|")) map.set(ph, { kind: "benefit", key });
  const levels: [number, string][] = [
    [1, "a1|a2|notions|basic|elementary|debutant en|scolaire|school level"],
    [2, "b1|intermediate|intermediaire|conversational"],
    [3, "b2|professional|professionnel|operationnel|operational|working proficiency|bon niveau|good"],
    [4, "c1|courant|couramment|fluent|fluently|advanced|avance|full professional|tres bon niveau|excellent"],
    [5, "c2|bilingue|bilingual|native|natif|native speaker|langue maternelle|maternelle|mother tongue"],
  ];
  for (const [rank, phrases] of levels)
    for (const ph of phrases.split("|")) map.set(ph, { kind: "level", key: `level-${rank}`, rank });
  return map;
})();

/** Words that are ambiguous on their own and only count next to a language ("good", "excellent"). */
export const WEAK_LEVELS: ReadonlySet<string> = new Set([
  "good",
  "excellent",
  "professional",
  "professionnel",
  "advanced",
  "avance",
  "basic",
  "operational",
  "operationnel",
  "native",
  "natif",
  "maternelle",
  "scolaire",
  "intermediate",
  "intermediaire",
  "conversational",
  "elementary",
  "notions",
  "courant",
  "fluent",
  "couramment",
  "fluently",
]);

/** Short or common tokens that are facts only when written in capitals ("BUT", "MA", "PM", "BR", "R"). */
export const CAPS_ONLY: ReadonlySet<string> = new Set([
  "but",
  "ma",
  "ba",
  "pm",
  "po",
  "br",
  "bc",
  "r",
  "go",
  "cap",
  "bac",
  "lead",
  "rest",
  "soap",
  "sage",
  "dg",
  "safe",
  "mos",
  "pix",
  "5s",
  "tpm",
  "vp",
  "rh",
  "lean",
  "spark",
  "sea",
  "node",
  "swift",
  "rust",
  "mail",
]);

export const MAX_PHRASE_WORDS = 4;

/** First word of each phrase → the most words a phrase starting with it has (skips hopeless lookups). */
export const PHRASE_STARTS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const phrase of PHRASES.keys()) {
    const words = phrase.split(" ");
    map.set(words[0]!, Math.max(map.get(words[0]!) ?? 0, words.length));
  }
  return map;
})();
