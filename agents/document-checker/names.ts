// Whether the documents name the same person. Names are compared as sets of folded words, so that word
// order ("DUPONT Claire"), capitals, accents, middle names and a married name ("Dupont épouse Martin")
// do not count as differences, while a different surname does.
import { foldText } from "../../core/text/fold.js";
import type { CheckedDocument } from "./types.js";

const NOT_A_NAME = new Set([
  "m",
  "mr",
  "mme",
  "mlle",
  "monsieur",
  "madame",
  "mademoiselle",
  "epouse",
  "ep",
  "nee",
  "ne",
]);

export function nameWords(name: string): Set<string> {
  const words = foldText(name)
    .split(/[^a-z]+/u)
    .filter((w) => w.length >= 2 && !NOT_A_NAME.has(w));
  return new Set(words);
}

function contains(big: Set<string>, small: Set<string>): boolean {
  for (const w of small) if (!big.has(w)) return false;
  return true;
}

export function sameName(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.size === 0 || wb.size === 0) return true;
  return contains(wa, wb) || contains(wb, wa);
}

/** The person a document is about, as written on it, if it names one. */
export function personNameOf(document: CheckedDocument): string | undefined {
  const value = (field: string) => document.fields.find((f) => f.field === field)?.value;
  const full = value("full_name");
  if (full) return full;
  const last = value("last_name");
  const first = value("first_name");
  return last ? [first, last].filter(Boolean).join(" ") : undefined;
}

export interface NameMismatch {
  documentId: string;
  name: string;
  reference: { documentId: string; name: string };
}

/** Every document whose person differs from the reference: the identity document's, else the first named. */
export function nameMismatches(documents: CheckedDocument[]): {
  compared: number;
  mismatches: NameMismatch[];
} {
  const named = documents.flatMap((d) => {
    const name = personNameOf(d);
    return name ? [{ document: d, name }] : [];
  });
  const reference =
    named.find((n) => n.document.type === "piece_identite" || n.document.type === "titre_de_sejour") ??
    named[0];
  if (!reference) return { compared: 0, mismatches: [] };
  const mismatches = named
    .filter((n) => n !== reference && !sameName(n.name, reference.name))
    .map((n) => ({
      documentId: n.document.id,
      name: n.name,
      reference: { documentId: reference.document.id, name: reference.name },
    }));
  return { compared: named.length, mismatches };
}
