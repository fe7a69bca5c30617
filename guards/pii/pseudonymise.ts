// Pseudonymisation before a text leaves for an outside model, and restoration when the answer comes back.
// The mapping stays with us; the model only ever sees placeholders.
import { detectPersonalData, type PiiSpan, type PiiType } from "../../core/recognizers/pii/detect.js";

const LABEL: Record<PiiType, string> = {
  person: "PERSONNE",
  email: "EMAIL",
  phone: "TELEPHONE",
  nir: "NIR",
  iban: "IBAN",
  address: "ADRESSE",
  birth_date: "DATE_NAISSANCE",
};

/** Placeholder → original value. */
export type PseudonymMapping = Record<string, string>;

export interface Pseudonymised {
  text: string;
  mapping: PseudonymMapping;
}

const PLACEHOLDER = /\[(?:PERSONNE|EMAIL|TELEPHONE|NIR|IBAN|ADRESSE|DATE_NAISSANCE)_\d+\]/g;

export function pseudonymise(text: string, spans: PiiSpan[] = detectPersonalData(text)): Pseudonymised {
  const mapping: PseudonymMapping = {};
  const byValue = new Map<string, string>();
  const counters = new Map<PiiType, number>();
  // A placeholder already written in the input (a CV quoting one) must not be taken for ours on restore.
  const taken = new Set(text.match(PLACEHOLDER) ?? []);
  let out = "";
  let cursor = 0;
  for (const s of spans) {
    const key = `${s.type}\u0000${s.value}`;
    let ph = byValue.get(key);
    if (ph === undefined) {
      let n = counters.get(s.type) ?? 0;
      do {
        n++;
        ph = `[${LABEL[s.type]}_${n}]`;
      } while (taken.has(ph));
      counters.set(s.type, n);
      byValue.set(key, ph);
      mapping[ph] = s.value;
    }
    out += text.slice(cursor, s.start) + ph;
    cursor = s.end;
  }
  out += text.slice(cursor);
  return { text: out, mapping };
}

/** Puts the originals back; placeholders the mapping does not know are left as they are. */
export function restore(text: string, mapping: PseudonymMapping): string {
  return text.replace(PLACEHOLDER, (ph) => mapping[ph] ?? ph);
}
