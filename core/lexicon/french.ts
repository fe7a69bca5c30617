// French words that several agents and guards read as values: small numbers written out and month names
// (accent-folded, lower case). One table, so that "quatorze" or "août" means the same everywhere.

/** Numbers a recruiting text writes out in words ("cinq ans", "quinze jours"). */
export const FRENCH_SMALL_NUMBERS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
};

/** Month names, accent-folded ("fevrier", "aout", "decembre"). */
export const FRENCH_MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};
