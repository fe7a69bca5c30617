// Personal data is masked wherever the trace is shown. Masks keep the text's length, so that findings'
// UTF-16 offsets still point at the same words in the masked text.
import { detectPersonalData, type PiiType } from "../../guards/pii/index.js";

const LABEL: Record<PiiType, string> = {
  person: "NOM",
  email: "EMAIL",
  phone: "TEL",
  nir: "NIR",
  iban: "IBAN",
  address: "ADRESSE",
  birth_date: "DATE",
};

function maskOf(type: PiiType, length: number): string {
  const label = `[${LABEL[type]}]`;
  return label.length <= length ? label + "•".repeat(length - label.length) : "•".repeat(length);
}

/** Each piece of personal data in `text`, in order, with the mask that stands for it. */
function maskedSpans(text: string): Array<{ start: number; end: number; mask: string }> {
  const spans: Array<{ start: number; end: number; mask: string }> = [];
  let cursor = 0;
  for (const span of detectPersonalData(text)) {
    if (span.start < cursor) continue;
    spans.push({ start: span.start, end: span.end, mask: maskOf(span.type, span.end - span.start) });
    cursor = span.end;
  }
  return spans;
}

export function maskText(text: string): string {
  let out = "";
  let cursor = 0;
  for (const span of maskedSpans(text)) {
    out += text.slice(cursor, span.start) + span.mask;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/** A mask, whole or cut, left in a text: such a text must never be released as if it were the real one. */
export const LEFTOVER_MASK = new RegExp(`\\[(?:${Object.values(LABEL).join("|")})\\]|••`);

/**
 * A reviewer corrects the masked text they were shown; the output must carry the real data again. Each
 * mask still present (in order, so two equal masks map to their own originals) becomes the original text;
 * what the reviewer deleted stays deleted.
 */
export function restoreMasked(edited: string, original: string): string {
  let out = "";
  let cursor = 0;
  for (const span of maskedSpans(original)) {
    const at = edited.indexOf(span.mask, cursor);
    if (at < 0) continue;
    out += edited.slice(cursor, at) + original.slice(span.start, span.end);
    cursor = at + span.mask.length;
  }
  return out + edited.slice(cursor);
}

/**
 * Categories a candidate declared for the bias audit (sex, race/ethnicity): read by the audit only, never
 * shown where candidate data is masked, so that no reviewer decides with them in view.
 */
const AUDIT_ONLY_KEYS = new Set(["selfDeclared"]);

/** Masks every string inside a JSON-like value (step inputs and outputs). */
export function maskValue(value: unknown): unknown {
  if (typeof value === "string") return maskText(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !AUDIT_ONLY_KEYS.has(k))
        .map(([k, v]) => [k, maskValue(v)]),
    );
  return value;
}
