// What the document check keeps about a person, and what it refuses to keep (GDPR art. 5(1)(c) and 9,
// C. trav. L1221-6, CNIL recruiting guide; rules DP-01, DP-02, SC-14).
//
// Decision:
// - NIR (social security number): validated (its key), then only `valid` and a masked form are kept. Its
//   digits encode sex, year and month of birth and birthplace (origin), none of which the check needs.
// - IBAN: validated (mod 97), then only `valid` and the last four characters. The country code would say
//   where the person banks (domiciliation bancaire, an L1132-1 criterion).
// - Never extracted: nationality, date and place of birth, sex, address, photo and physical description,
//   health (sick leave, disability, RQTH), union or mutualist activity, religion, family situation. The
//   rules in extract.ts have no pattern for them, and any value that would carry one is dropped.
// - The report never quotes a document beyond its extracted fields, so the special-category words a
//   document happens to contain never reach the output.

import { vocabulary } from "../../core/vocabulary/load.js";

export const PRIVACY_NOTE =
  "NIR et IBAN : seules leur validité et une forme masquée sont conservées. Nationalité, date et lieu de naissance, sexe, adresse, photo, santé, handicap, activité syndicale, religion et situation de famille ne sont ni extraits ni conservés (RGPD art. 5 et 9, C. trav. L1221-6).";

// One source for the special-category words: the per-criterion vocabularies (core/vocabulary/*.yaml).
const SPECIAL_CATEGORY = new RegExp(`(?:${[...vocabulary().privacy.values()].flat().join("|")})`, "iu");

export function isSpecialCategory(value: string): boolean {
  return SPECIAL_CATEGORY.test(value);
}

function compact(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, "");
}

/** Only the two-digit key survives: it identifies nothing on its own. */
export function maskNir(value: string): string {
  const nir = compact(value);
  return `${"*".repeat(Math.max(0, nir.length - 2))}${nir.slice(-2)}`;
}

export function maskIban(value: string): string {
  return `****${compact(value).slice(-4)}`;
}
