// What can be wrong with a set of documents: missing fields, bad keys, dates that cannot be, an expired
// identity document (against the injected clock), and documents about different people.
import { parseFrenchDate, startOfDay } from "./dates.js";
import { nameMismatches } from "./names.js";
import type { CheckedDocument, DocumentIssue, DocumentType, FieldName } from "./types.js";

const LABELS: Record<DocumentType, string> = {
  attestation_employeur: "attestation employeur",
  bulletin_de_salaire: "bulletin de salaire",
  certificat_de_travail: "certificat de travail",
  contrat_de_travail: "contrat de travail",
  piece_identite: "pièce d'identité",
  titre_de_sejour: "titre de séjour",
  diplome: "diplôme",
  justificatif_domicile: "justificatif de domicile",
  rib: "relevé d'identité bancaire",
  other: "document non reconnu",
};

/** A list of alternatives: one of them must be present. */
const REQUIRED: Record<DocumentType, FieldName[][]> = {
  bulletin_de_salaire: [["employer"], ["siret"], ["full_name"], ["period_start"], ["gross_pay"], ["net_pay"]],
  attestation_employeur: [["employer"], ["full_name"], ["start_date"], ["issue_date"]],
  certificat_de_travail: [["employer"], ["full_name"], ["start_date"], ["end_date"], ["job_title"]],
  contrat_de_travail: [["employer"], ["full_name"], ["job_title"], ["contract_type"], ["start_date"]],
  piece_identite: [
    ["last_name", "full_name"],
    ["first_name", "full_name"],
    ["document_number"],
    ["expiry_date"],
  ],
  titre_de_sejour: [
    ["last_name", "full_name"],
    ["first_name", "full_name"],
    ["document_number"],
    ["expiry_date"],
  ],
  diplome: [["diploma_title"], ["full_name"]],
  justificatif_domicile: [["full_name"], ["issue_date"]],
  rib: [["full_name"]],
  other: [],
};

/** Dates of events that have already happened when the document is produced. */
const PAST_FIELDS: Partial<Record<DocumentType, FieldName[]>> = {
  bulletin_de_salaire: ["period_start", "period_end", "issue_date"],
  attestation_employeur: ["start_date", "issue_date"],
  certificat_de_travail: ["start_date", "end_date", "issue_date"],
  contrat_de_travail: ["issue_date"],
  piece_identite: ["issue_date"],
  titre_de_sejour: ["issue_date"],
  diplome: ["award_date"],
  justificatif_domicile: ["issue_date"],
};

const ORDERED: Array<[FieldName, FieldName]> = [
  ["start_date", "end_date"],
  ["period_start", "period_end"],
];

const DATE_FIELDS: FieldName[] = [
  "start_date",
  "end_date",
  "period_start",
  "period_end",
  "issue_date",
  "expiry_date",
  "award_date",
];

function fieldValue(document: CheckedDocument, field: FieldName): string | undefined {
  return document.fields.find((f) => f.field === field)?.value;
}

function parseDateField(document: CheckedDocument, field: FieldName): Date | null {
  const value = fieldValue(document, field);
  if (!value) return null;
  return /^\d{4}$/.test(value) ? new Date(Date.UTC(Number(value), 0, 1)) : parseFrenchDate(value);
}

function parseAmount(value: string): number {
  return Number(value.replace(/[\s\u00a0\u202f.]/gu, "").replace(",", "."));
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function documentIssues(document: CheckedDocument, today: Date): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const add = (issue: Omit<DocumentIssue, "documentId">) =>
    issues.push({ documentId: document.id, ...issue });
  const label = LABELS[document.type];
  if (document.type === "other")
    add({
      code: "unclassified",
      severity: "warning",
      message: "type de document non reconnu : à vérifier par une personne",
    });
  for (const alternatives of REQUIRED[document.type]) {
    if (alternatives.some((f) => fieldValue(document, f))) continue;
    const field = alternatives[0];
    if (field)
      add({ code: "missing_field", severity: "error", field, message: `${label} : ${field} introuvable` });
  }
  if (document.type === "rib" && !document.identifiers.some((id) => id.kind === "iban"))
    add({ code: "missing_field", severity: "error", field: "iban", message: `${label} : IBAN introuvable` });
  for (const id of document.identifiers) {
    if (id.valid) continue;
    const code = id.kind === "siret" ? "invalid_siret" : id.kind === "nir" ? "invalid_nir" : "invalid_iban";
    add({
      code,
      severity: "error",
      field: id.kind,
      message: `${id.kind.toUpperCase()} invalide (clé de contrôle fausse) : ${id.display}`,
    });
  }
  const dates = new Map<FieldName, Date>();
  for (const field of DATE_FIELDS) {
    const value = fieldValue(document, field);
    if (!value) continue;
    const parsed = parseDateField(document, field);
    if (parsed) dates.set(field, parsed);
    else
      add({
        code: "unreadable_date",
        severity: "warning",
        field,
        message: `${field} : date illisible « ${value} »`,
      });
  }
  for (const field of PAST_FIELDS[document.type] ?? []) {
    const date = dates.get(field);
    if (date && date > today)
      add({
        code: "date_in_future",
        severity: "error",
        field,
        message: `${field} (${day(date)}) est dans le futur`,
      });
  }
  for (const [from, to] of ORDERED) {
    const a = dates.get(from);
    const b = dates.get(to);
    if (a && b && a > b)
      add({
        code: "dates_reversed",
        severity: "error",
        field: to,
        message: `${from} (${day(a)}) après ${to} (${day(b)})`,
      });
  }
  const issued = dates.get("issue_date");
  const expiry = dates.get("expiry_date");
  if (issued && expiry && issued >= expiry)
    add({
      code: "issued_after_expiry",
      severity: "error",
      field: "expiry_date",
      message: `délivré le ${day(issued)}, après son expiration le ${day(expiry)}`,
    });
  if (expiry && expiry < today && (document.type === "piece_identite" || document.type === "titre_de_sejour"))
    add({
      code: "expired",
      severity: "error",
      field: "expiry_date",
      message: `${label} expiré(e) depuis le ${day(expiry)}`,
    });
  const gross = fieldValue(document, "gross_pay");
  const net = fieldValue(document, "net_pay");
  if (gross && net && parseAmount(net) > parseAmount(gross))
    add({
      code: "net_above_gross",
      severity: "error",
      field: "net_pay",
      message: `net (${net}) supérieur au brut (${gross})`,
    });
  return issues;
}

export function checkIssues(
  documents: CheckedDocument[],
  now: Date,
): { issues: DocumentIssue[]; names: { consistent: boolean; compared: number } } {
  const today = startOfDay(now);
  const issues = documents.flatMap((d) => documentIssues(d, today));
  const { compared, mismatches } = nameMismatches(documents);
  for (const m of mismatches)
    issues.push({
      code: "names_inconsistent",
      severity: "error",
      documentId: m.documentId,
      field: "full_name",
      message: `le nom « ${m.name} » ne correspond pas à « ${m.reference.name} » (document ${m.reference.documentId})`,
    });
  return { issues, names: { consistent: mismatches.length === 0, compared } };
}

/**
 * Why a person must look at this report before anything is released: every issue found, errors and
 * warnings alike (an unrecognised document, a date that cannot be read). A check that fails is never
 * released as `pass`.
 */
export function reviewReasons(issues: DocumentIssue[]): string[] {
  return issues.map((i) => `${i.documentId ? `${i.documentId} : ` : ""}${i.message} (${i.code})`);
}
