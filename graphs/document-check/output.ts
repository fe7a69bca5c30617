// What a released document check hands over (besides the disclosure the supervisor adds): the checker's
// report, a count, and the reasons a person must look. The one source of the output's type and of its
// OpenAPI schema; `satisfies` ties it to the checker's own report type.
import { z } from "zod";
import {
  DOCUMENT_TYPES,
  type DocumentCheckReport,
  FIELD_NAMES,
  IDENTIFIER_KINDS,
  ISSUE_CODES,
} from "../../agents/document-checker/index.js";

const Offsets = { start: z.number().int(), end: z.number().int() };

const CheckedDocumentShape = z.object({
  id: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  /** The words that decided the type, so a reviewer can see why. */
  cues: z.array(z.object({ text: z.string(), ...Offsets })),
  /** Values read verbatim: `value === document.slice(start, end)`. */
  fields: z.array(z.object({ field: z.enum(FIELD_NAMES), value: z.string(), ...Offsets })),
  /** A SIRET as written; a NIR or an IBAN only valid/invalid and masked. */
  identifiers: z.array(
    z.object({ kind: z.enum(IDENTIFIER_KINDS), valid: z.boolean(), display: z.string(), ...Offsets }),
  ),
});

const ReportShape = z.object({
  documents: z.array(CheckedDocumentShape),
  issues: z.array(
    z.object({
      code: z.enum(ISSUE_CODES),
      severity: z.enum(["error", "warning"]),
      /** Absent for an issue across documents. */
      documentId: z.string().optional(),
      field: z.enum([...FIELD_NAMES, ...IDENTIFIER_KINDS]).optional(),
      message: z.string(),
    }),
  ),
  names: z.object({ consistent: z.boolean(), compared: z.number().int() }),
  /** What was deliberately neither extracted nor kept, and why (GDPR art. 5(1)(c) and 9). */
  privacy: z.string(),
}) satisfies z.ZodType<DocumentCheckReport>;

export const DocumentCheckOutput = ReportShape.extend({
  summary: z.object({
    documents: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  /** Every issue found, in words: any one sends the run to a person instead of releasing it. */
  reviewReasons: z.array(z.string()),
});
export type DocumentCheckOutput = z.infer<typeof DocumentCheckOutput>;
