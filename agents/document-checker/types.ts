// The vocabulary of the document check: what a document can be, what is read from it, what is wrong.
import { z } from "zod";

export const DOCUMENT_TYPES = [
  "attestation_employeur",
  "bulletin_de_salaire",
  "certificat_de_travail",
  "contrat_de_travail",
  "piece_identite",
  "titre_de_sejour",
  "diplome",
  "justificatif_domicile",
  "rib",
  "other",
] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

export const FIELD_NAMES = [
  "full_name",
  "last_name",
  "first_name",
  "employer",
  "siret",
  "job_title",
  "contract_type",
  "start_date",
  "end_date",
  "period_start",
  "period_end",
  "gross_pay",
  "net_pay",
  "issue_date",
  "document_number",
  "expiry_date",
  "diploma_title",
  "diploma_level",
  "institution",
  "award_date",
  /** Who issued a proof of address (the utility, the landlord's bill). Never a bank: see privacy.ts. */
  "issuer",
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** A span of the document's text: `text === document.slice(start, end)` always holds. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A value read from a document, verbatim, with its UTF-16 offsets in that document. */
export interface ExtractedField {
  field: FieldName;
  value: string;
  start: number;
  end: number;
}

export const IDENTIFIER_KINDS = ["siret", "nir", "iban"] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/**
 * An identifier found and checked. A SIRET identifies a company and is kept as written; a NIR or an IBAN
 * identifies a person, so only its validity and a masked form are kept (see privacy.ts).
 */
export interface CheckedIdentifier {
  kind: IdentifierKind;
  valid: boolean;
  /** The SIRET as written; for a NIR or an IBAN, a masked form that reveals neither birth nor bank. */
  display: string;
  start: number;
  end: number;
}

export const ISSUE_CODES = [
  "unclassified",
  "missing_field",
  "invalid_siret",
  "invalid_nir",
  "invalid_iban",
  "unreadable_date",
  "dates_reversed",
  "date_in_future",
  "issued_after_expiry",
  "expired",
  "net_above_gross",
  "names_inconsistent",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface DocumentIssue {
  code: IssueCode;
  severity: "error" | "warning";
  /** Absent for an issue across documents. */
  documentId?: string;
  field?: FieldName | IdentifierKind;
  message: string;
}

export interface DocumentInput {
  id: string;
  text: string;
}

export interface CheckedDocument {
  id: string;
  type: DocumentType;
  /** The words that decided the type, so a reviewer can see why. */
  cues: Span[];
  fields: ExtractedField[];
  identifiers: CheckedIdentifier[];
}

export interface DocumentCheckReport {
  documents: CheckedDocument[];
  issues: DocumentIssue[];
  names: { consistent: boolean; compared: number };
  /** What was deliberately neither extracted nor kept, and why (GDPR art. 5(1)(c) and 9). */
  privacy: string;
}
