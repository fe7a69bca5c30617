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

export function maskText(text: string): string {
  let out = "";
  let cursor = 0;
  for (const span of detectPersonalData(text)) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + maskOf(span.type, span.end - span.start);
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/** Masks every string inside a JSON-like value (step inputs and outputs). */
export function maskValue(value: unknown): unknown {
  if (typeof value === "string") return maskText(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(v)]));
  return value;
}
