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
// A value runs to the end of its line, or to the next "Label :" on the same line (forms put two per line).
const LINE = "([^\\n]+?)(?=\\s{2,}|\\s+[\\p{Lu}][\\p{L}'’ ()]{1,30}\\s*:|\\s*$)";
const CIVILITY = "(?:M\\.|Mr\\.?|Mme|Mlle|Monsieur|Madame|Mademoiselle)";
// Names stay on their line: the next line is another field.
const NAME = "([\\p{Lu}][\\p{L}'’-]+(?:[ \\t]+[\\p{Lu}][\\p{L}'’-]+){0,3})";
const AMOUNT = "(\\d{1,3}(?:[ \\u00a0\\u202f.]?\\d{3})*(?:,\\d{2})?)";
const EMPLOYER_NAME =
  "([\\p{Lu}][^,\\n(]*?)(?=\\s*[,(]|\\s+(?:certifie|atteste|SIRET|située?|dont|dûment)\\b)";

const rx = (source: string, flags = "") => new RegExp(source, `dmu${flags}`);

const EMPLOYER: FieldRule[] = [
  {
    fields: ["employer"],
    pattern: rx(`^\\s*(?:Employeur|Société|Entreprise|Raison sociale)\\s*:\\s*${LINE}`, "i"),
  },
  {
    fields: ["employer"],
    pattern: rx(`(?:[Ll]a société|[Ll]['’]entreprise|[Ll]['’]employeur)\\s+${EMPLOYER_NAME}`),
  },
];
const SIRET: FieldRule = {
  fields: ["siret"],
  pattern: rx("SIRET\\s*(?:n°\\s*)?:?\\s*(\\d{3}\\s?\\d{3}\\s?\\d{3}\\s?\\d{5})(?!\\d)", "i"),
};
const JOB_TITLE: FieldRule[] = [
  {
    fields: ["job_title"],
    pattern: rx(`^\\s*(?:Emploi|Poste|Fonction|Qualification|Intitulé du poste)\\s*:\\s*${LINE}`, "i"),
  },
  {
    fields: ["job_title"],
    pattern: rx("en qualité d['’]?e?\\s*([^,.;\\n]+?)(?=\\s*[,.;\\n]|\\s+(?:depuis|du|à compter)\\b)", "i"),
  },
];
const ISSUE_DATE: FieldRule[] = [
  { fields: ["issue_date"], pattern: rx(`[Ff]ait à [^,\\n]+?,?\\s+le\\s+${DATE}`, "i") },
  {
    fields: ["issue_date"],
    pattern: rx(`(?:Délivrée?\\s+le|Date\\s+de\\s+délivrance)\\s*:?\\s*${DATE}`, "i"),
  },
];
const PERSON = (lead: string): FieldRule => ({
  fields: ["full_name"],
  pattern: rx(`${lead}\\s+(?:${CIVILITY}\\s+)?${NAME}`),
});
const SALARIE_LABEL: FieldRule = {
  fields: ["full_name"],
  pattern: rx(
    `^\\s*(?:Salariée?|Nom du salarié|Titulaire|Candidate?)\\s*:\\s*(?:${CIVILITY}\\s+)?${LINE}`,
    "i",
  ),
};
const IDENTITY: FieldRule[] = [
  { fields: ["last_name"], pattern: rx(`^\\s*Nom(?:\\s+de\\s+naissance)?\\s*:\\s*${LINE}`, "i") },
  { fields: ["first_name"], pattern: rx(`^\\s*Prénoms?(?:\\(s\\))?\\s*:\\s*${LINE}`, "i") },
  {
    fields: ["document_number"],
    pattern: rx(
      "(?<![\\p{L}\\d])(?:N°|Numéro|No\\.?)(?!\\p{L})\\s*(?:du\\s+(?:document|titre)|de\\s+(?:la\\s+carte|titre|passeport|document))?\\s*:?\\s*([A-Z0-9]{6,20})(?![A-Z0-9])",
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
  ...ISSUE_DATE.slice(1),
];

const RULES: Record<DocumentType, FieldRule[]> = {
  bulletin_de_salaire: [
    ...EMPLOYER,
    SIRET,
    SALARIE_LABEL,
    ...JOB_TITLE,
    {
      fields: ["period_start", "period_end"],
      pattern: rx(`Période\\s*:?\\s*du\\s+${DATE}\\s+au\\s+${DATE}`, "i"),
    },
    {
      fields: ["gross_pay"],
      pattern: rx(`(?:Salaire\\s+brut|Brut\\s+(?:total|mensuel)|Total\\s+brut)\\s*:?\\s*${AMOUNT}`, "i"),
    },
    {
      fields: ["net_pay"],
      pattern: rx(`Net\\s+(?:à|a)\\s+payer(?:\\s+avant\\s+impôt)?\\s*:?\\s*${AMOUNT}`, "i"),
    },
  ],
  attestation_employeur: [
    ...EMPLOYER,
    SIRET,
    PERSON("atteste que"),
    ...JOB_TITLE,
    {
      fields: ["start_date"],
      pattern: rx(`(?:depuis le|à compter du|Date d['’](?:entrée|embauche)\\s*:)\\s*${DATE}`, "i"),
    },
    { fields: ["contract_type"], pattern: rx("\\b(CDI|CDD|contrat à durée (?:in)?déterminée)", "i") },
    ...ISSUE_DATE,
  ],
  certificat_de_travail: [
    ...EMPLOYER,
    SIRET,
    PERSON("certifie que"),
    ...JOB_TITLE,
    { fields: ["start_date", "end_date"], pattern: rx(`\\bdu\\s+${DATE}\\s+au\\s+${DATE}`, "i") },
    ...ISSUE_DATE,
  ],
  contrat_de_travail: [
    ...EMPLOYER,
    SIRET,
    SALARIE_LABEL,
    PERSON(`\\bet\\s+(?=${CIVILITY})`),
    ...JOB_TITLE,
    { fields: ["contract_type"], pattern: rx("\\b(CDI|CDD|contrat à durée (?:in)?déterminée)", "i") },
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
      ),
    },
    { fields: ["diploma_level"], pattern: rx("\\b((?:[Nn]iveau\\s+\\d)|(?:[Nn]iveau\\s*:\\s*\\d))") },
    {
      fields: ["institution"],
      pattern: rx(`^\\s*(?:Établissement|Etablissement|Délivré par)\\s*:\\s*${LINE}`, "i"),
    },
    {
      fields: ["institution"],
      pattern: rx("((?:Université|Académie|École|Ecole|Lycée|Institut|CFA)\\s+[^\\n,.]+)"),
    },
    {
      fields: ["award_date"],
      pattern: rx(`(?:Obtenu le|[Dd]élivrée? le|[Dd]écernée? le|Session\\s*:?)\\s*(${DATE_SOURCE}|\\d{4})`),
    },
  ],
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
