// Checksums for identifiers found in candidates' documents. Shared with the document-checking workflow,
// so they take raw strings (spaces and dots allowed) and never throw.

const NON_ALNUM = /[^0-9A-Za-z]/g;
const DIGITS_ONLY = /^\d+$/;

function compact(value: string): string {
  return value.replace(NON_ALNUM, "").toUpperCase();
}

/** Remainder of a long decimal string modulo m, digit by digit (a NIR or an IBAN overflows a double). */
function modDecimal(digits: string, m: number): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + (ch.charCodeAt(0) - 48)) % m;
  return rest;
}

/** Luhn checksum over the digits of `value` (separators ignored). */
export function luhn(value: string): boolean {
  const digits = compact(value);
  if (digits.length === 0 || !DIGITS_ONLY.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const NIR_SHAPE = /^[1-478]\d{2}(?:0[1-9]|1[0-2]|[2-9]\d)(?:\d{2}|2A|2B)\d{6}\d{2}$/;

/**
 * French social security number: 13 characters then a key of 97 − (number mod 97). Corsica's 2A and 2B
 * stand for 19 and 18 in the key computation (INSEE's convention).
 */
export function isValidNir(value: string): boolean {
  const nir = compact(value);
  if (!NIR_SHAPE.test(nir)) return false;
  const body = nir.slice(0, 13).replace("2A", "19").replace("2B", "18");
  const key = Number(nir.slice(13));
  return 97 - modDecimal(body, 97) === key;
}

/** Lengths from the SWIFT IBAN registry for the countries candidates in France most often bank in. */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MA: 28,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TN: 24,
  TR: 26,
};
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/** ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97 must be 1. */
export function isValidIban(value: string): boolean {
  const iban = compact(value);
  if (!IBAN_SHAPE.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let digits = "";
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    digits += code >= 65 ? String(code - 55) : ch;
  }
  return modDecimal(digits, 97) === 1;
}

const LA_POSTE_SIREN = "356000000";

/**
 * SIRET: 14 digits with a Luhn key, except La Poste's establishments, which share one SIREN and are
 * numbered so that the sum of the digits is a multiple of 5 (INSEE's documented exception).
 */
export function isValidSiret(value: string): boolean {
  const siret = compact(value);
  if (siret.length !== 14 || !DIGITS_ONLY.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    let sum = 0;
    for (const ch of siret) sum += ch.charCodeAt(0) - 48;
    return sum % 5 === 0 || luhn(siret);
  }
  return luhn(siret);
}
