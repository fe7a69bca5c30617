// Reads the fields of a classified document with labelled patterns. Every value is a slice of the
// document (group offsets from the `d` flag), so nothing can be extracted that the document does not say.
import { DATE_SOURCE } from "./dates.js";
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
const CIVILITY = "(?:M\\.|Mr\\.?|Mme|Mlle|Monsieur|Madame|Mademoiselle)";
// Names stay on their line: the next line is another field.
const NAME = "([\\p{Lu}][\\p{L}'’-]+(?:[ \\t]+[\\p{Lu}][\\p{L}'’-]+){0,3})";
const AMOUNT = "(\\d{1,3}(?:[ \\u00a0\\u202f.]?\\d{3})*(?:,\\d{2})?)";
const EMPLOYER_NAME =
  "([\\p{Lu}][^,\\n(–—]*?)(?=\\s*[,(–—]|\\s+(?:certifie|atteste|SIRET|située?|dont|dûment|représentée?)\\b|\\s*$)";
// Where an employee's job title stops: the dates, the contract, the place that follow it.
const TITLE_END =
  "(?=\\s*[,.;\\n]|\\s+(?:depuis|du|à compter|a compter|au sein|dans|chez|en contrat|en CDI|en CDD|à temps|au service|sous|pour)\\b)";

const rx = (source: string, flags = "") => new RegExp(source, `dmu${flags}`);

const EMPLOYER: FieldRule[] = [
  {
    fields: ["employer"],
    pattern: rx(`^\\s*(?:Employeur|Société|Entreprise|Raison sociale)\\s*:\\s*${LINE}`, "i"),
  },
  {
    fields: ["employer"],
    pattern: rx(`(?:[Ll]a société|[Ll]['’]entreprise|[Ll]['’]employeur|^Société)\\s+${EMPLOYER_NAME}`),
  },
  // "Nous soussignés, Eiffage Construction Rhône, SIRET …"
  { fields: ["employer"], pattern: rx(`[Nn]ous soussignés,\\s+${EMPLOYER_NAME}`) },
  // Otherwise the letterhead: the first line, when it names an organisation rather than the document.
  {
    fields: ["employer"],
    pattern: rx(
      "^(?!\\s*(?:ATTESTATION|CERTIFICAT|BULLETIN|CONTRAT|RÉPUBLIQUE|REPUBLIQUE|Attestation|Certificat|Bulletin|Contrat)\\b)\\s*((?:SARL|SAS|SA|EURL)?\\s*[\\p{Lu}][^\\n–—]*?)(?=\\s+[–—-]\\s|\\s*\\n|\\s*$)",
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
      `(?<!sa |son |leur )(?:en qualité|en tant que)\\s+(?:d['’]|de\\s+)?\\s*([^,.;\\n]+?)${TITLE_END}`,
      "i",
    ),
  },
  {
    fields: ["job_title"],
    pattern: rx(
      `(?:occupe|occupait|occupé|occupant)\\s+(?:actuellement\\s+)?le\\s+poste\\s+(?:d['’]|de\\s+)\\s*([^,.;\\n]+?)${TITLE_END}`,
      "i",
    ),
  },
  {
    fields: ["job_title"],
    pattern: rx(`exerc\\w*\\s+(?:les\\s+)?fonctions?\\s+(?:d['’]|de\\s+)\\s*([^,.;\\n]+?)${TITLE_END}`, "i"),
  },
];
const ISSUE_DATE: FieldRule[] = [
  {
    fields: ["issue_date"],
    pattern: rx(`(?:Fait|Signé|Établi|Etabli)e?\\s+à\\s+[^,\\n]+?,?\\s+le\\s+${DATE}`, "i"),
  },
  {
    fields: ["issue_date"],
    pattern: rx(`(?:Délivrée?\\s+le|Date\\s+de\\s+délivrance)\\s*:?\\s*${DATE}`, "i"),
  },
  // A letter's closing line: "Rezé, le 18 novembre 2026", "Lyon, le 28 février 2026".
  { fields: ["issue_date"], pattern: rx(`^\\s*[\\p{Lu}][\\p{L}'’ -]{1,40},\\s+le\\s+${DATE}`) },
];
const PERSON = (lead: string): FieldRule => ({
  fields: ["full_name"],
  pattern: rx(`${lead}\\s+(?:${CIVILITY}\\s+)?${NAME}`),
});
// The person a letter is about comes after what the employer declares: never the signatory ("Je soussigné
// Pierre Lemaire, gérant…", "représentée par Mme Vidal").
const EMPLOYEE: FieldRule[] = [
  PERSON("[Aa]ttest(?:e|ons)\\s+que"),
  PERSON("[Cc]ertifi(?:e|ons)\\s+(?:que|avoir\\s+employé)"),
  PERSON("employé\\s+par\\s+notre\\s+société"),
  {
    fields: ["full_name"],
    pattern: rx(`(?<!soussignée?,?\\s|par\\s|représentée?\\s+par\\s)${CIVILITY}\\s+${NAME}`),
  },
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
  pattern: rx("\\b(CDI|CDD|contrat(?:\\s+de\\s+travail)?\\s+(?:à|a)\\s+durée\\s+(?:in)?déterminée)", "i"),
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
  ...ISSUE_DATE.slice(1, 2),
];

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
    {
      fields: ["start_date"],
      pattern: rx(`(?:depuis le|à compter du|Date d['’](?:entrée|embauche)\\s*:)\\s*${DATE}`, "i"),
    },
    CONTRACT_TYPE,
    ...ISSUE_DATE,
  ],
  certificat_de_travail: [
    ...EMPLOYER,
    SIRET,
    ...EMPLOYEE,
    ...JOB_TITLE,
    { fields: ["start_date", "end_date"], pattern: rx(`\\bdu\\s+${DATE}\\s+au\\s+${DATE}`, "i") },
    // "à compter du" starts the employment, unless it dates the leaving ("libre de tout engagement à compter du").
    {
      fields: ["start_date"],
      pattern: rx(
        `(?<!engagement\\s)(?:à compter du|depuis le|Date d['’](?:entrée|embauche)\\s*:)\\s*${DATE}`,
        "i",
      ),
    },
    ...ISSUE_DATE,
  ],
  contrat_de_travail: [
    ...EMPLOYER,
    SIRET,
    SALARIE_LABEL,
    PERSON(`\\bet(?=\\s+${CIVILITY})`),
    ...JOB_TITLE,
    CONTRACT_TYPE,
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
    { fields: ["diploma_title"], pattern: rx(`^\\s*(?:Diplôme|Intitulé)\\s*:\\s*${LINE}`, "i") },
    {
      fields: ["diploma_title"],
      pattern: rx(
        "((?:Certificat d['’]aptitude professionnelle|Baccalauréat|Brevet de technicien supérieur|Brevet professionnel|Licence|Master|Diplôme universitaire de technologie|Bachelor universitaire de technologie|CAP|BTS|DUT|BUT)\\b[^\\n,.]*)",
        "i",
      ),
    },
    { fields: ["diploma_level"], pattern: rx("\\b((?:[Nn]iveau\\s+\\d)|(?:[Nn]iveau\\s*:\\s*\\d))") },
    {
      fields: ["institution"],
      pattern: rx(`^\\s*(?:Établissement|Etablissement|Délivré par)\\s*:\\s*${LINE}`, "i"),
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
      pattern: rx(`(?:Obtenu le|[Dd]élivrée? le|[Dd]écernée? le|Session\\s*:?)\\s*(${DATE_SOURCE}|\\d{4})`),
    },
  ],
  justificatif_domicile: [
    SALARIE_LABEL,
    PERSON("reçu\\s+de"),
    // The issuer heads the bill: "EDF – Facture d'électricité", "Orange – Votre facture".
    { fields: ["issuer"], pattern: rx("^\\s*([\\p{Lu}][^\\n–—]*?)\\s+[–—-]\\s+\\S") },
    ...ISSUE_DATE,
    { fields: ["issue_date"], pattern: rx(`(?:Facture du|Date de (?:la )?facture\\s*:?)\\s*${DATE}`, "i") },
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
