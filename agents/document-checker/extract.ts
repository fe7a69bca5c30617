// Reads the fields of a classified document: first what its labels say (labels.ts: forms, payslips,
// tables flattened to text), then what its sentences say, by the role of each phrase: the person a letter
// is about is the object of what the employer declares ("atteste que M. X", "engage Mme Y", "and Ms Z"),
// never the signatory ("Je soussigné Pierre Lemaire, gérant…"); a date is a start or an end by the words
// that introduce it ("du … au …", "depuis le", "entré … le", "sortie le", "since", "from … to"), never the
// letter's own date or the "libre de tout engagement" date. Every value is a slice of the document (group
// offsets from the `d` flag), so nothing can be extracted that the document does not say.
import { DATE_SOURCE, MONTH_YEAR_SOURCE } from "./dates.js";
import { readLabelled } from "./labels.js";
import { isSpecialCategory } from "./privacy.js";
import type { DocumentType, ExtractedField, FieldName } from "./types.js";

interface FieldRule {
  /** One field per capture group, in order. */
  fields: FieldName[];
  pattern: RegExp;
}

const DATE = `(${DATE_SOURCE})`;
// A value runs to the end of its line, or to the next "Label :" on the same line (forms put two per line,
// separated by a run of spaces or by a one-space "Label :").
const LINE = "([^\\n]+?)(?=\\s{2,}|\\s+[\\p{Lu}][\\p{L}'’()]*(?: [\\p{L}'’()]+){0,3}\\s*:|\\s*$)";
const CIVILITY =
  "(?:M\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Mme|Mlle|Monsieur|Madame|Mademoiselle|MONSIEUR|MADAME|MADEMOISELLE)";
// Names stay on their line: the next line is another field.
const NAME = "([\\p{Lu}][\\p{L}'’-]+(?:[ \\t]+[\\p{Lu}][\\p{L}'’-]+){0,3})";
const AMOUNT = "(\\d{1,3}(?:[ \\u00a0\\u202f.]?\\d{3})*(?:,\\d{2})?)";
const EMPLOYER_NAME =
  "([\\p{Lu}][^,\\n(–—]*?)(?=\\s*[,(–—]|\\s+(?:certifie|atteste|SIRET|située?|dont|dûment|représentée?)\\b|\\s*$)";
/** A lead word in any case, for documents printed in capitals ("CERTIFIONS QUE"). Letters and spaces only. */
const ci = (words: string) =>
  words.replace(/\p{L}/gu, (c) =>
    c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
  );

// A title may run onto the next line when the sentence does ("préparatrice en\npharmacie"): the rules using
// it have no `i` flag, so that a lower-case letter says the sentence goes on.
const TITLE = "((?:[^,.;\\n]|\\n(?=\\p{Ll}))+?)";
const TITLE_END_WORDS = [
  "depuis",
  "du",
  "à compter",
  "a compter",
  "au sein",
  "dans",
  "chez",
  "en contrat",
  "en CDI",
  "en CDD",
  "à temps",
  "au service",
  "sous",
  "pour",
  "en remplacement",
  "on",
  "from",
  "since",
  "until",
  "at",
  "with",
  "in",
];
// Where an employee's job title stops: the dates, the contract, the place that follow it.
const TITLE_END = `(?=\\s*[,.;]|\\s*\\n(?!\\p{Ll})|\\s*(?![\\s\\S])|\\s+(?:${TITLE_END_WORDS.map(ci).join("|")})(?![\\p{L}]))`;

const rx = (source: string, flags = "") => new RegExp(source, `dmu${flags}`);
const TITLE_WORDS = "(?:ATTESTATION|CERTIFICAT|BULLETIN|CONTRAT|Attestation|Certificat|Bulletin|Contrat)";

const EMPLOYER: FieldRule[] = [
  {
    fields: ["employer"],
    pattern: rx(`^\\s*(?:Employeur|Société|Entreprise|Raison sociale)\\s*:\\s*${LINE}`, "i"),
  },
  {
    fields: ["employer"],
    pattern: rx(
      `(?:[Ll]a société|[Ll]['’]entreprise|[Ll]['’]employeur|^Société|\\b[Ll]a (?:SAS|SARL|SASU|EURL|SA|SCOP))\\s+${EMPLOYER_NAME}`,
    ),
  },
  // English letters: "employed by Orbis Consulting GmbH since…", "made between Nordvik Software SAS, …".
  {
    fields: ["employer"],
    pattern: rx(
      "(?:employed by|working for|between)\\s+((?:[Tt]he\\s+)?\\p{Lu}[^,\\n(]*?)(?=\\s*[,(]|\\s+(?:since|from|as|until|and|registered|represented)\\b)",
    ),
  },
  // "Le Cabinet dentaire Dr Sorel, SIRET …": the party named with its SIRET at a sentence's start.
  {
    fields: ["employer"],
    pattern: rx("(?:^|[.:]\\s+)(?:Le|La|L['’])\\s*(\\p{Lu}[^,\\n]*?),\\s+(?:N°\\s+)?SIRET\\b"),
  },
  // "Nous soussignés, Eiffage Construction Rhône, SIRET …"
  { fields: ["employer"], pattern: rx(`[Nn]ous soussignés,\\s+${EMPLOYER_NAME}`) },
  // Otherwise the letterhead: the document's first line, or its second under the document's title; it
  // names an organisation, not a party clause ("ENTRE : …"), a field ("Nom : …") nor the letter's first
  // sentence ("Je soussigné…"). No `m` flag: `^` is
  // the document's start.
  {
    fields: ["employer"],
    pattern: new RegExp(
      `^\\s*(?:${TITLE_WORDS}\\b[^\\n]*\\n\\s*)?(?!\\s*(?:${TITLE_WORDS}|RÉPUBLIQUE|REPUBLIQUE|ENTRE|Entre|Je|Nous|I|We|This|To)\\b)((?:SARL|SAS|SA|EURL)?\\s*[\\p{Lu}][^\\n–—:]{0,60}?)(?=\\s+[–—-]\\s|\\s{2,}|\\s*\\n|\\s*$)`,
      "du",
    ),
  },
];
const SIRET: FieldRule = {
  fields: ["siret"],
  pattern: rx("SIRET\\s*(?:n°\\s*)?:?\\s*(\\d{3}\\s?\\d{3}\\s?\\d{3}\\s?\\d{5})(?!\\d)", "i"),
};
const JOB_TITLE: FieldRule[] = [
  {
    fields: ["job_title"],
    // At a line's start, or beside another field on the same line ("Salarié : …      Emploi : …").
    pattern: rx(
      `(?:^|\\s{2,})(?:Emploi|Poste|Fonction|Qualification|Intitulé du poste)\\s*:\\s*${LINE}`,
      "i",
    ),
  },
  {
    fields: ["job_title"],
    pattern: rx(
      `(?<!sa |son |leur )(?:${ci("en qualit")}[éeÉE]|${ci("en tant qu")}(?:[eE]\\s+|['’]))\\s*(?:[dD]['’]|[dD][eE]\\s+)?\\s*${TITLE}${TITLE_END}`,
    ),
  },
  {
    fields: ["job_title"],
    pattern: rx(
      `${ci("occup")}\\p{L}*(?:\\s+[^\\s,.;]+){0,3}?\\s+(?:${ci("le")}\\s+${ci("poste")}|[lL]['’]${ci("emploi")}|${ci("la")}\\s+${ci("fonction")})\\s+(?:[dD]['’]|[dD][eE]\\s+)\\s*${TITLE}${TITLE_END}`,
    ),
  },
  {
    fields: ["job_title"],
    pattern: rx(
      `${ci("exerc")}\\p{L}*\\s+(?:${ci("les")}\\s+${ci("fonction")}[sS]?|${ci("la")}\\s+${ci("fonction")}|[lL]['’]${ci("emploi")})\\s+(?:[dD]['’]|[dD][eE]\\s+)\\s*${TITLE}${TITLE_END}`,
    ),
  },
  // English: "hired as Senior Data Engineer on…", "as a Senior Consultant, on…": a title is capitalised.
  { fields: ["job_title"], pattern: rx(`\\bas\\s+(?:an?\\s+)?(\\p{Lu}[^,.;\\n]*?)${TITLE_END}`) },
];
const DELIVERY_DATE: FieldRule = {
  fields: ["issue_date"],
  pattern: rx(`(?:Délivrée?\\s+le|Date\\s+de\\s+délivrance)\\s*:?\\s*${DATE}`, "i"),
};
const ISSUE_DATE: FieldRule[] = [
  {
    fields: ["issue_date"],
    pattern: rx(
      `(?:Fait|Signé|Établi|Etabli)e?(?:\\s+[^\\s,]+){0,3}?\\s+[àa]\\s+[^,\\n]+?\\s*,?\\s+le\\s+${DATE}`,
      "i",
    ),
  },
  {
    fields: ["issue_date"],
    pattern: rx(`\\b(?:Signed|Issued|Done)\\s+(?:in|at)\\s+[^,\\n]+?,?\\s+on\\s+${DATE}`, "i"),
  },
  DELIVERY_DATE,
  // A letter's closing line: "Rezé, le 18 novembre 2026", "Lyon, le 28 février 2026".
  {
    fields: ["issue_date"],
    pattern: rx(`^\\s*(?:[AÀ]\\s+)?[\\p{Lu}][\\p{L}'’ -]{1,40}?\\s*,\\s+le\\s+${DATE}`),
  },
  // An English letter's place and date, on a line of their own: "Berlin, 18 November 2026".
  { fields: ["issue_date"], pattern: rx(`^\\s*[\\p{Lu}][\\p{L}'’ -]{1,40},\\s+${DATE}\\s*$`) },
];
const PERSON = (lead: string): FieldRule => ({
  fields: ["full_name"],
  pattern: rx(`${lead}\\s+(?:${CIVILITY}\\s+)?${NAME}`),
});
// The person a letter is about comes after what the employer declares: never the signatory ("Je soussigné
// Pierre Lemaire, gérant…", "représentée par Mme Vidal").
const EMPLOYEE: FieldRule[] = [
  PERSON(`${ci("attest")}(?:e|ons|E|ONS)\\s+${ci("que")}`),
  PERSON(`${ci("certifi")}(?:e|ons|E|ONS)\\s+(?:${ci("que")}|${ci("avoir")}\\s+${ci("employ")}[ée])`),
  PERSON("(?:[Cc]ertify|[Cc]onfirms?|[Cc]ertifies)\\s+that"),
  PERSON("employé\\s+par\\s+notre\\s+société"),
  {
    fields: ["full_name"],
    pattern: rx(`(?<!soussignée?,?\\s|par\\s|représentée?\\s+par\\s)${CIVILITY}\\s+${NAME}`),
  },
];
// In a contract the employee is the second party ("et Monsieur …", "ET : Mademoiselle …", "and Ms …") or
// the one the employer engages ("engage Madame …").
const CONTRACT_PARTY: FieldRule[] = [
  PERSON(`\\b(?:et|ET|and|AND)\\s*:?(?=\\s+${CIVILITY})`),
  PERSON("\\b(?:engage|embauche|recrute|emploie|hires|employs)"),
];
const SALARIE_LABEL: FieldRule = {
  fields: ["full_name"],
  pattern: rx(
    `^\\s*(?:Salariée?|Nom du salarié|Titulaire(?: du (?:compte|contrat))?|Client|Candidate?)\\s*:\\s*(?:${CIVILITY}\\s+)?${LINE}`,
    "i",
  ),
};
const CONTRACT_TYPE: FieldRule = {
  fields: ["contract_type"],
  pattern: rx(
    "\\b(CDI|CDD|contrat(?:\\s+de\\s+travail)?\\s+(?:à|a)\\s+dur[ée]e\\s+(?:in)?d[ée]termin[ée]e)",
    "i",
  ),
};
const IDENTITY: FieldRule[] = [
  {
    fields: ["last_name"],
    pattern: rx(`^\\s*Nom(?:\\s+de\\s+naissance)?(?:\\s*\\/\\s*Surname)?\\s*:\\s*${LINE}`, "i"),
  },
  {
    fields: ["first_name"],
    pattern: rx(`^\\s*Prénoms?(?:\\(s\\))?(?:\\s*\\/\\s*Given\\s+names?)?\\s*:\\s*${LINE}`, "i"),
  },
  {
    fields: ["document_number"],
    pattern: rx(
      "(?<![\\p{L}\\d])(?:N°|Numéro|No\\.?)(?!\\p{L})\\s*(?:du\\s+(?:document|titre|passeport)|de\\s+(?:la\\s+carte|titre|passeport|document))?\\s*:?\\s*([A-Z0-9]{6,20})(?![A-Z0-9])",
      "i",
    ),
  },
  {
    fields: ["expiry_date"],
    pattern: rx(
      `(?:Date\\s+d['’]expiration|Expire\\s+le|Valable\\s+jusqu['’]au|(?:Date\\s+de\\s+)?[Ff]in\\s+de\\s+validité)\\s*:?\\s*${DATE}`,
      "i",
    ),
  },
  DELIVERY_DATE,
];

// The employment period, by what introduces each date. The letter's own date ("Fait à …, le") and the date
// the person leaves "libre de tout engagement" are neither a start nor (while another end is given) an end.
const EMPLOYMENT_DATES: FieldRule[] = [
  {
    fields: ["start_date", "end_date"],
    pattern: rx(`\\b(?:du|from)\\s+${DATE}\\s+(?:au|to|until)\\s+${DATE}`, "i"),
  },
  {
    fields: ["start_date"],
    pattern: rx(
      `(?<!engagement\\s)(?:à compter du|a compter du|depuis le|since|Date d['’](?:entrée|embauche)\\s*:)\\s*${DATE}`,
      "i",
    ),
  },
  // "entré dans l'entreprise le 06/05/2019", "embauchée le …", "Le contrat débute le …", "starts on …".
  {
    fields: ["start_date"],
    pattern: rx(
      `(?:\\b(?:entr[ée]e?s?|embauch[ée]e?s?|arriv[ée]e?s?)(?!\\p{L})(?:\\s+[^\\s.;]+){0,5}?\\s+le|\\b(?:débute|commence|prend effet)\\s+le|\\b(?:starts?|started|begins?|began)\\s+on)\\s+${DATE}`,
      "i",
    ),
  },
  {
    fields: ["end_date"],
    pattern: rx(
      `(?:\\bsorti(?:e|es|s)?(?!\\p{L})(?:\\s+[^\\s.;]+){0,3}?\\s+le|s['’]achève\\s+le|prend fin le|se termine le|jusqu['’]au|\\bends?\\s+on|\\bended\\s+on|\\buntil)\\s+${DATE}`,
      "i",
    ),
  },
];
// On a certificate the leaving date is the end of the employment when nothing else dates it.
const LEAVING_DATE: FieldRule = {
  fields: ["end_date"],
  pattern: rx(
    `(?:libre de tout engagement|free of any commitment)(?:\\s+[^\\s.;]+){0,5}?\\s+(?:le\\s+|du\\s+|on\\s+)?${DATE}`,
    "i",
  ),
};

const RULES: Record<DocumentType, FieldRule[]> = {
  bulletin_de_salaire: [
    ...EMPLOYER.slice(0, 2),
    SIRET,
    SALARIE_LABEL,
    ...JOB_TITLE,
    {
      fields: ["period_start", "period_end"],
      pattern: rx(`Période\\s*:?\\s*du\\s+${DATE}\\s+au\\s+${DATE}`, "i"),
    },
    {
      fields: ["gross_pay"],
      pattern: rx(
        `(?:Salaire\\s+brut|Brut\\s+(?:total|mensuel)|Total\\s+brut|^\\s*Brut)\\s*:?\\s*${AMOUNT}`,
        "i",
      ),
    },
    {
      fields: ["net_pay"],
      pattern: rx(`Net\\s+(?:à|a)\\s+payer(?:\\s+avant\\s+impôt)?\\s*:?\\s*${AMOUNT}`, "i"),
    },
  ],
  attestation_employeur: [
    ...EMPLOYER,
    SIRET,
    ...EMPLOYEE,
    ...JOB_TITLE,
    ...EMPLOYMENT_DATES,
    CONTRACT_TYPE,
    ...ISSUE_DATE,
  ],
  certificat_de_travail: [
    ...EMPLOYER,
    SIRET,
    ...EMPLOYEE,
    ...JOB_TITLE,
    ...EMPLOYMENT_DATES,
    LEAVING_DATE,
    ...ISSUE_DATE,
  ],
  contrat_de_travail: [
    ...EMPLOYER,
    SIRET,
    SALARIE_LABEL,
    ...CONTRACT_PARTY,
    ...JOB_TITLE,
    CONTRACT_TYPE,
    ...EMPLOYMENT_DATES,
    {
      fields: ["start_date"],
      pattern: rx(`(?:Date de début|à compter du|prend effet le|Date d['’]embauche)\\s*:?\\s*${DATE}`, "i"),
    },
    { fields: ["end_date"], pattern: rx(`(?:Date de fin|jusqu['’]au|prend fin le)\\s*:?\\s*${DATE}`, "i") },
    ...ISSUE_DATE,
  ],
  piece_identite: IDENTITY,
  titre_de_sejour: IDENTITY,
  diplome: [
    SALARIE_LABEL,
    PERSON("(?:[Dd]élivrée?|[Dd]écernée?)\\s+à"),
    PERSON("(?:[Cc]ertify\\s+that|conferred\\s+(?:up)?on|awarded\\s+to)"),
    // "TITRE PROFESSIONNEL" then the title on its own line; "the degree of Bachelor of Commerce".
    { fields: ["diploma_title"], pattern: rx("^\\s*TITRE PROFESSIONNEL\\s*\\n\\s*([^\\n]+?)\\s*$") },
    { fields: ["diploma_title"], pattern: rx("\\bdegree of\\s+([^\\n]+?)\\s*$") },
    { fields: ["diploma_title"], pattern: rx(`^\\s*(?:Diplôme|Intitulé)\\s*:\\s*${LINE}`, "i") },
    {
      fields: ["diploma_title"],
      pattern: rx(
        "((?:Certificat d['’]aptitude professionnelle|Baccalauréat|Brevet de technicien supérieur|Brevet professionnel|Licence|Master|Bachelor|Diplôme universitaire de technologie|Bachelor universitaire de technologie|CAP|BTS|DUT|BUT)\\b[^\\n,.]*)",
        "i",
      ),
    },
    { fields: ["diploma_level"], pattern: rx("\\b((?:[Nn]iveau\\s+\\d)|(?:[Nn]iveau\\s*:\\s*\\d))") },
    {
      fields: ["institution"],
      pattern: rx(`^\\s*(?:Établissement|Etablissement|Délivré par)\\s*:\\s*${LINE}`, "i"),
    },
    // A university heading its own diploma: the whole line ("THE UNIVERSITY OF MANCHESTER").
    {
      fields: ["institution"],
      pattern: rx("^\\s*((?:THE |The )?(?:UNIVERSIT[YÉ]|Universit[yé])\\b[^\\n]*?)\\s*$"),
    },
    {
      fields: ["institution"],
      pattern: rx(
        "((?:Université|Académie|École|Ecole|Lycée|Institut|CFA)\\s+[^\\n,.–—]+?)(?=\\s+[–—-]\\s|[\\n,.]|$)",
        "i",
      ),
    },
    {
      fields: ["award_date"],
      pattern: rx(
        `(?:Obtenu le|[Dd]élivrée? le|[Dd]écernée? le|[Dd]élivrée? à [^\\n]+\\n\\s*le|Session\\s*(?:de\\s+)?:?|awarded[^\\n]*\\n(?:[^\\n]*\\n){0,2}?\\s*on|Given at [^,\\n]+,)\\s*(${DATE_SOURCE}|${MONTH_YEAR_SOURCE}|\\d{4})`,
      ),
    },
  ],
  justificatif_domicile: [
    SALARIE_LABEL,
    PERSON("reçu\\s+de"),
    // An attestation d'hébergement is about the person hosted, not the host who signs it.
    PERSON("h[ée]berger(?:\\s+à\\s+mon\\s+domicile|\\s+chez\\s+moi)?"),
    // The issuer heads the bill: "EDF – Facture d'électricité", "Orange – Votre facture".
    { fields: ["issuer"], pattern: rx("^\\s*([\\p{Lu}][^\\n–—]*?)\\s+[–—-]\\s+\\S") },
    ...ISSUE_DATE,
    {
      fields: ["issue_date"],
      pattern: rx(`(?:\\bfacture\\b[^\\n]{0,40}?\\s+du|Date de (?:la )?facture\\s*:?)\\s*${DATE}`, "i"),
    },
  ],
  // A RIB: the holder only. The bank is where the person banks (domiciliation bancaire, C. trav. L1132-1):
  // never read; the IBAN is checked and masked (identifiers.ts).
  rib: [SALARIE_LABEL],
  other: [],
};

function trimmed(text: string, start: number, end: number): { value: string; start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s"«»]/u.test(text[s] ?? "")) s++;
  while (e > s && /[\s.,;:"«»]/u.test(text[e - 1] ?? "")) e--;
  return { value: text.slice(s, e), start: s, end: e };
}

/**
 * Fields of one document. The first rule that finds a field wins; values that would carry special-category
 * data (a union post as job title, say) are dropped rather than kept (GDPR art. 9).
 */
export function extractFields(text: string, type: DocumentType): ExtractedField[] {
  const found = new Map<FieldName, ExtractedField>();
  for (const labelled of readLabelled(text, type))
    if (!isSpecialCategory(labelled.value)) found.set(labelled.field, labelled);
  for (const rule of RULES[type]) {
    if (rule.fields.every((f) => found.has(f))) continue;
    const m = rule.pattern.exec(text);
    if (!m?.indices) continue;
    rule.fields.forEach((field, i) => {
      const span = m.indices?.[i + 1];
      if (!span || found.has(field)) return;
      const { value, start, end } = trimmed(text, span[0], span[1]);
      if (value.length === 0 || isSpecialCategory(value)) return;
      found.set(field, { field, value, start, end });
    });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
