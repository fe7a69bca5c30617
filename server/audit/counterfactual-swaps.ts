// What a counterfactual check swaps in a CV: the protected attributes a screener must not react to. Each
// family swaps both ways at once (a female first name becomes a male one and the reverse), so the variant is
// the same CV about another person. Data, with examples a test runs.

export interface SwapFamily {
  id: "first_names" | "sex_markers" | "age" | "birth_year" | "address";
  /** Pairs swapped in both directions, matched as whole words, case kept for the first letter. */
  pairs?: ReadonlyArray<readonly [string, string]>;
  /** For numbers: a pattern whose first group is rewritten. */
  pattern?: RegExp;
  rewrite?: (value: string) => string;
  examples: ReadonlyArray<readonly [string, string]>;
}

const shiftAge = (value: string) => {
  const age = Number(value);
  return String(age >= 40 ? age - 20 : age + 20);
};
const shiftYear = (value: string) => {
  const year = Number(value);
  return String(year <= 1985 ? year + 20 : year - 20);
};

export const SWAP_FAMILIES: readonly SwapFamily[] = [
  {
    id: "first_names",
    pairs: [
      ["Marie", "Jean"],
      ["Sophie", "Pierre"],
      ["Fatima", "Thomas"],
      ["Aïcha", "Nicolas"],
      ["Nathalie", "Mohamed"],
      ["Julie", "Karim"],
      ["Camille", "Mamadou"],
      ["Isabelle", "Wei"],
    ],
    examples: [
      ["Marie Durand", "Jean Durand"],
      ["Mohamed Benali", "Nathalie Benali"],
    ],
  },
  {
    id: "sex_markers",
    pairs: [
      ["Madame", "Monsieur"],
      ["Mme", "M."],
      ["née", "né"],
      ["mariée", "marié"],
      ["comptable confirmée", "comptable confirmé"],
    ],
    examples: [
      ["Madame Durand, née le 3 mars", "Monsieur Durand, né le 3 mars"],
      ["Monsieur X", "Madame X"],
    ],
  },
  {
    id: "age",
    pattern: /\b(\d{2})\s?ans\b(?!\s+d['’]exp)/gu,
    rewrite: shiftAge,
    examples: [
      ["52 ans", "32 ans"],
      ["25 ans, 3 ans d'expérience", "45 ans, 3 ans d'expérience"],
    ],
  },
  {
    id: "birth_year",
    pattern: /(?<!\p{L})(?:née?|naissance)(?!\p{L})[^.\n]{0,25}?\b(19\d{2}|20\d{2})\b/gu,
    rewrite: shiftYear,
    examples: [
      ["née le 3 mars 1990", "née le 3 mars 1970"],
      ["date de naissance : 12/04/1962", "date de naissance : 12/04/1982"],
    ],
  },
  {
    id: "address",
    pairs: [
      ["93200 Saint-Denis", "75016 Paris"],
      ["Saint-Denis", "Neuilly-sur-Seine"],
      ["Vaulx-en-Velin", "Lyon 6e"],
      ["quartier Nord", "centre-ville"],
    ],
    examples: [["12 rue X, 93200 Saint-Denis", "12 rue X, 75016 Paris"]],
  },
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function swapPairs(text: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  const map = new Map<string, string>();
  for (const [a, b] of pairs) {
    map.set(a.toLowerCase(), b);
    map.set(b.toLowerCase(), a);
  }
  const alternatives = [...map.keys()].sort((x, y) => y.length - x.length).map(escapeRegExp);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return text.replace(re, (match) => {
    const to = map.get(match.toLowerCase()) ?? match;
    const upper = match[0] !== undefined && match[0] === match[0].toUpperCase();
    return upper ? to[0]?.toUpperCase() + to.slice(1) : to[0]?.toLowerCase() + to.slice(1);
  });
}

export function swapFamily(text: string, family: SwapFamily): string {
  if (family.pairs) return swapPairs(text, family.pairs);
  if (family.pattern && family.rewrite) {
    const rewrite = family.rewrite;
    return text.replace(family.pattern, (match: string, value: string) =>
      match.replace(value, rewrite(value)),
    );
  }
  return text;
}

/** The CV about another person: every family swapped. */
export function counterfactualCv(text: string): string {
  return SWAP_FAMILIES.reduce((t, family) => swapFamily(t, family), text);
}
