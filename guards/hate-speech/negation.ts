// Whether a negation takes an attack back ("I don't hate women") or leaves it standing ("ne sont que des
// ordures", "aren't they the worst?", "we must not let any woman live" — negated worth is an attack).
import type { Category, Language, Match } from "./lexicon.js";
import type { Word } from "./tokens.js";

// "ne ... que" means "only"; "not worth any less" and "not obvious that" negate nothing of the attack.
const CANCEL_NEGATION = new Set([
  "que",
  "qu",
  "than",
  "autre",
  "but",
  "except",
  "sauf",
  "less",
  "moins",
  "realise",
  "realize",
  "recognise",
  "recognize",
  "obvious",
  "clear",
  "apparent",
  "evident",
  "comprendre",
  "comprennent",
  "reconnaissent",
  "clair",
  "doubt",
  "doute",
  "empecher",
]);
// "if they weren't such scumbags" asserts that they are.
// "why don't we", "pourquoi ne pas" are suggestions, not negations.
const COUNTERFACTUAL = new Set(["if", "si", "unless", "why", "pourquoi"]);
// "Nobody thinks ...", "Personne ne ...": a negated subject negates the whole sentence.
// "Je refuse de croire que ...", "I refuse to believe that ...": the whole clause after is denied.
const WIDE_NEGATIONS = new Set(["nobody", "noone", "none", "personne", "refuse"]);
const FRENCH_NE = new Set(["ne", "n"]);
// "n'a rien à faire", "ne sont jamais": only an auxiliary may sit between the "ne" and the phrase.
const FRENCH_AUX = new Set(["a", "ont", "as", "avait", "avaient", "est", "sont", "etait", "etaient", "y"]);
const PHRASE_NEGATORS = new Set(["rien", "pas", "jamais", "aucun", "aucune", "plus", "nulle"]);
const SUPERLATIVE_NEGATIONS = new Set(["rien", "nothing", "none"]);
const COMPARATIVES = new Set(["que", "qu", "than"]);
const INVERTED = new Set(["ils", "elles", "il", "elle", "on"]);
const ONLY_AFTER_NOTHING = new Set(["more", "other", "less"]);
const MORE = new Set(["more", "plus", "autant", "mieux", "worse", "pire"]);
const COMPLEMENTIZERS = new Set(["that", "que", "qu"]);
const SCOPE_WIDENERS = new Set([
  // "it's not true that ...", "il n'est pas vrai que ...".
  "true",
  "vrai",
  "think",
  "believe",
  "say",
  "pense",
  "pensons",
  "crois",
  "croyons",
  "dis",
  "dirais",
  "let",
  "allow",
  "tolerate",
  "condone",
  "accept",
  "laisser",
  "tolerer",
  "accepter",
  "accepte",
  "acceptons",
  "accepterons",
  "tolere",
  "tolerons",
  "permettre",
  "autoriser",
]);
const PHRASE_OWNS_NEGATION = new Set<Category>([
  "dehum",
  "derog",
  "emotion",
  "threat",
  "exclusion",
  "implicit",
  "positive",
]);

/** Word indices that end a negation's scope: a contrast word or a comma-led clause. */
function isBarrier(words: readonly Word[], contrasts: ReadonlySet<number>, i: number): boolean {
  return contrasts.has(i) || words[i]!.clauseStart;
}

export interface NegationContext {
  words: readonly Word[];
  matches: readonly Match[];
  language: Language;
  /** First word index of each sentence that ends with a question mark. */
  questions: ReadonlySet<number>;
}

/** Returns the test "is match m, in the sentence starting at word a, negated?". */
export function negationTest(ctx: NegationContext): (m: Match, a: number) => boolean {
  const { words, matches, language, questions } = ctx;
  // French spreads "ne ... pas" around the verb, so its scope reaches further.
  const window = language === "fr" ? 6 : 4;
  const contrasts = new Set(matches.filter((m) => m.tag.cat === "contrast").map((m) => m.i));
  const negations = matches.filter((m) => m.tag.cat === "negation");
  return (m: Match, a: number): boolean =>
    negations.some((n) => {
      // French splits its negation: the "n'" of "n'a rien à faire dans" belongs to a phrase that opens on
      // "rien", "pas" or "jamais".
      if (
        FRENCH_NE.has(words[n.i]!.norm) &&
        m.i > n.i &&
        (m.i === n.j || (m.i === n.j + 1 && FRENCH_AUX.has(words[n.j]!.norm))) &&
        PHRASE_NEGATORS.has(words[m.i]!.norm)
      )
        return false;
      // "Aren't they just the worst?", "Cela ne montre-t-il pas que ...?": a rhetorical question asserts.
      if (questions.has(a) && (n.i === a || words.slice(n.j, m.i).some((w) => COMPLEMENTIZERS.has(w.norm))))
        return false;
      // "..., aren't they all thieves?", "..., ce ne sont pas tous des voleurs ?": a negative tag asserts.
      if (
        questions.has(a) &&
        n.i > a &&
        words.slice(Math.max(a + 1, n.i - 3), n.i + 1).some((w) => w.clauseStart)
      )
        return false;
      // "Les X ne sont-ils pas des brutes ?": an inverted negative question asserts too.
      if (
        questions.has(a) &&
        words.slice(Math.max(a, n.i - 2), Math.min(m.i, n.j + 3)).some((w) => INVERTED.has(w.norm))
      )
        return false;
      // "must not let / ne jamais tolérer que ...": the negation reaches the end of the sentence.
      const wide =
        words.slice(n.j, n.j + 2).some((w) => SCOPE_WIDENERS.has(w.norm)) ||
        WIDE_NEGATIONS.has(words[n.i]!.norm);
      if (n.j > m.i || n.i < a || (m.i - n.j > window && !wide)) return false;
      // A negation that belongs to another phrase ("no place", "nothing worse than") negates nothing else.
      if (
        matches.some(
          (o) =>
            o !== m &&
            PHRASE_OWNS_NEGATION.has(o.tag.cat) &&
            o.i <= n.i &&
            o.j >= n.j &&
            o.j - o.i > n.j - n.i,
        )
      )
        return false;
      for (let k = n.j; k <= m.i; k++) if (isBarrier(words, contrasts, k)) return false;
      // "nothing more than", "nothing other than": only.
      if (
        words[n.j]?.norm !== undefined &&
        ONLY_AFTER_NOTHING.has(words[n.j]!.norm) &&
        words[n.j + 1]?.norm === "than"
      )
        return false;
      // "Nothing disgusts me more than a ...", "Rien ne me répugne plus qu'un ...": a superlative.
      if (
        words.slice(a, m.i).some((x) => SUPERLATIVE_NEGATIONS.has(x.norm)) &&
        words
          .slice(m.j, m.j + 4)
          .some((x, idx, arr) => MORE.has(x.norm) && COMPARATIVES.has(arr[idx + 1]?.norm ?? ""))
      )
        return false;
      for (let k = Math.max(a, n.i - 2); k < n.i; k++) if (COUNTERFACTUAL.has(words[k]!.norm)) return false;
      for (let k = n.j; k < Math.min(words.length, m.j + 2); k++) {
        const w = words[k]!.norm;
        // "ne ... que" (only) sits right after the negation or right after the attack.
        // "nothing worse than", "rien de plus horrible qu'un": the comparison makes it a superlative.
        const superlative = k === m.j && words.slice(n.i, m.j).some((x) => SUPERLATIVE_NEGATIONS.has(x.norm));
        const onlyQue = (w === "que" || w === "qu") && ((k - n.j < 3 && !wide) || superlative);
        const onlyThan = w === "than" && superlative;
        // A cancelling word inside the attack is part of it ("not less intelligent").
        const insideAttack = k >= m.i && k < m.j;
        if (onlyQue || onlyThan || (CANCEL_NEGATION.has(w) && !COMPARATIVES.has(w) && !insideAttack))
          return false;
      }
      // A negation inside the attack phrase itself ("no place", "ne vaut rien") is part of its meaning.
      return !(n.i >= m.i && n.j <= m.j);
    });
}
