// The whole document check, deterministic: classify, extract, check keys and dates, compare names.
// It stays rule-based whatever the model engine: every value must be a verbatim slice of its document
// and every check is arithmetic, which a model could only make less certain.
import { checkIssues } from "./checks.js";
import { classifyDocument } from "./classify.js";
import { extractFields } from "./extract.js";
import { findIdentifiers } from "./identifiers.js";
import { PRIVACY_NOTE } from "./privacy.js";
import type { CheckedDocument, DocumentCheckReport, DocumentInput, ExtractedField } from "./types.js";

export interface CheckOptions {
  /** From the deps' clock: expiry and "not in the future" are judged against it. */
  now: Date;
  /** Spans the guards objected to on an earlier pass: the fields there are withheld. */
  withheld?: Array<{ documentId: string; start: number; end: number }>;
}

function isWithheld(documentId: string, field: ExtractedField, withheld: CheckOptions["withheld"]): boolean {
  return (withheld ?? []).some(
    (w) => w.documentId === documentId && w.start < field.end && w.end > field.start,
  );
}

export function checkDocuments(documents: DocumentInput[], options: CheckOptions): DocumentCheckReport {
  const checked: CheckedDocument[] = documents.map((doc) => {
    const { type, cues } = classifyDocument(doc.text);
    const identifiers = findIdentifiers(doc.text);
    const fields = extractFields(doc.text, type).filter((f) => !isWithheld(doc.id, f, options.withheld));
    return { id: doc.id, type, cues, fields, identifiers };
  });
  const { issues, names } = checkIssues(checked, options.now);
  return { documents: checked, issues, names, privacy: PRIVACY_NOTE };
}

/** Where one extracted value sits in the guarded text, and where it came from in its document. */
export interface ExtractionLine {
  start: number;
  end: number;
  field: ExtractedField;
}

/**
 * What the guards read for one document: its extracted values, one a line, each verbatim from the
 * document, so the faithfulness guard can hold every one of them to the source.
 */
export function extractionText(document: CheckedDocument): { text: string; lines: ExtractionLine[] } {
  let offset = 0;
  const lines: ExtractionLine[] = [];
  for (const field of document.fields) {
    lines.push({ start: offset, end: offset + field.value.length, field });
    offset += field.value.length + 1;
  }
  return { text: document.fields.map((f) => f.value).join("\n"), lines };
}
