// One light stemmer for French and English: plural, gender and common derivational endings collapse, so
// "développeuse", "développeurs" and "développement" share a key, as do "infirmier" and "infirmière" (a
// match can then not depend on the gender a text is written in). Stems keep at least 4 letters. Takes a
// folded word (core/text/fold.ts).

// Longest first.
const SUFFIXES = [
  "issements",
  "issement",
  "atrices",
  "ateures",
  "ations",
  "ateurs",
  "iennes",
  "ements",
  "atrice",
  "ateure",
  "ation",
  "ateur",
  "ienne",
  "ement",
  "ieres",
  "euses",
  "eures",
  "trice",
  "antes",
  "entes",
  "ables",
  "ibles",
  "iques",
  "ismes",
  "istes",
  "ances",
  "ences",
  "ments",
  "ites",
  "euse",
  "eurs",
  "eure",
  "iere",
  "iers",
  "rice",
  "ante",
  "ente",
  "able",
  "ible",
  "ique",
  "isme",
  "iste",
  "ance",
  "ence",
  "ment",
  "ives",
  "iens",
  "ales",
  "eux",
  "ees",
  "eur",
  "ier",
  "ien",
  "ant",
  "ent",
  "ite",
  "ive",
  "ifs",
  "ale",
  "aux",
  "ee",
  "er",
  "ez",
  "if",
  "al",
  "es",
  "e",
] as const;

const MIN_STEM = 4;

function stemOf(token: string): string {
  let t = token;
  if (t.length > MIN_STEM + 1 && /[sx]$/u.test(t) && !/(?:ss|us|is)$/u.test(t)) t = t.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (t.endsWith(suffix) && t.length - suffix.length >= MIN_STEM) {
      t = t.slice(0, -suffix.length);
      break;
    }
  }
  if (t.length > MIN_STEM && t.endsWith("s") && !t.endsWith("ss")) t = t.slice(0, -1);
  return t;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

export function stem(word: string): string {
  let out = stemCache.get(word);
  if (out === undefined) {
    out = stemOf(word);
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stemCache.set(word, out);
  }
  return out;
}
