// Sentence-level reading of a text: who is targeted (a protected group), what is said of them (an attack),
// and what takes the attack back (negation, quotation, counter-speech, reclaimed or homonym use).

import { type Category, type Language, type Match, matchAll } from "./lexicon.js";
import type { HateCriterion } from "./lexicon-types.js";
import { negationTest } from "./negation.js";
import { tokenise, type Word } from "./tokens.js";

export const ATTACKS = [
  "dehum",
  "derog",
  "emotion",
  "threat",
  "exclusion",
  "profanity",
  "implicit",
  "slur",
  "deniedWorth",
] as const;
export type AttackKind = (typeof ATTACKS)[number];

export interface Attack {
  kind: AttackKind;
  match: Match;
}

export interface SentenceReading {
  /** Word range [a, b). */
  a: number;
  b: number;
  /**
   * `inherited`: named in a neighbouring sentence and pointed at by a pronoun; `inferred`: a people named by
   * a demonym no list holds ("les Moldaves"). Both make a finding weak (unsure).
   */
  targets: Array<{ criterion: HateCriterion; match: Match; inherited: boolean; inferred?: boolean }>;
  attacks: Attack[];
  negatedAttacks: Attack[];
  /** What was said is quoted or reported ("saying X are vermin"). */
  reported: boolean;
  /** Words that condemn the statement ("bigot", "not okay", "signaler"). */
  condemned: boolean;
  /** The speaker denies saying or thinking it ("I never said"). */
  denied: boolean;
  /** Slurs cleared as homonyms or reclaimed in-group use. */
  clearedSlurs: Match[];
  praise: boolean;
  secondPerson: boolean;
  aboutHate: boolean;
}

export interface Reading {
  language: Language;
  words: Word[];
  sentences: SentenceReading[];
}

// "Never hire a Muslim" is a call to discriminate, not a denial of worth.
const HIRING = /^(hire|hiring|employ|recruit|embauch|recrut)/;
// Slurs that are also ordinary words (a cigarette, a female dog, an odd feeling); the others never are.
const HOMONYM_SLURS =
  /^(fag|fags|faggot|faggots|queer|queers|dyke|dykes|bitch|bitches|trap|traps|coon|coons|homo|mongol|mongols|chienne|chiennes|raton|ratons|bounty|macaque|macaques|bicot|bicots|pedale|pedales|tapette|tapettes)$/;
const SELF = new Set(["myself", "ourselves", "moi"]);
const DISEASE =
  /^(cancers?|diseases?|virus|viruses|plagues?|tumou?rs?|infections?|epidemics?|maladies?|tumeurs?|epidemies?|pestes?|gangrenes?)$/;
const TOPIC = new Set([
  "on",
  "about",
  "against",
  "with",
  "from",
  "fight",
  "research",
  "study",
  "treatment",
  "screening",
  "sur",
  "contre",
  "avec",
  "chez",
  "lutte",
  "recherche",
  "etude",
  "traitement",
  "depistage",
  "atteint",
  "atteints",
  "atteinte",
  "atteintes",
]);
const ADDRESSEE = new Set(["a", "au", "aux"]);
// "Even a trained parrot could do the job better than a Mexican": a group ranked below an animal or a thing.
const EVEN = new Set(["even", "meme"]);
// "My dog could do the job better than any Filipino": an animal or a thing as the one who does better.
const NOT_A_PERSON =
  /^(dogs?|chiens?|chiennes?|cats?|chats?|parrots?|perroquets?|monkeys?|singes?|chimps?|hamsters?|goldfish|poissons?|robots?|toasters?|chairs?|chaises?|bricks?|briques?|plants?|plantes?|rocks?|cailloux?|cailloux|horses?|chevaux|cheval|donkeys?|anes?)$/;
const COMPARE_WORDS = new Set(["than", "que", "qu"]);
const COMPARATIVE = /^(better|mieux|smarter|faster|plus|more|meilleure?s?)$/;
const RULE_MARK =
  /\b(regle|consigne|instruction|policy|rule|point final|period|c est tout|that s it|no exceptions|sans exception)\b/;
const NONE = new Set(["aucun", "aucune", "no", "zero"]);
// "Can a Black man even manage a team?": a question doubting a group can do the job at all.
const CAN = new Set(["can", "could", "would", "peut", "peuvent", "pourrait", "pourraient"]);
// "Muslims out!", "Les Arabes dehors !": a group told to go, the sentence ending on it.
const OUT = new Set(["out", "dehors"]);
// A people named by its demonym though no list holds it: a capitalised word the language does not know, with
// a demonym's ending ("les Moldaves", "Bosnians are ..."). Occupations in -ician/-arian are not peoples.
const DEMONYM: Record<Language, RegExp> = {
  fr: /^[a-z]{3,}(ais|aises|ois|oises|iens|iennes|ains|aines|ans|anes|ins|ines|otes|ites|aves|eques|ques|ches|ols|oles|ouns|ounes|es)$/,
  en: /^[a-z]{3,}(ians?|ans?|ese|is|ites?|inos?|inas?|ish)$/,
};
// "cette communauté", "that community": a people pointed at, not named; which one is for the judge to say.
const UNNAMED =
  /^(cette|ces|ce|that|those|this) (communaute|communautes|ethnie|race|peuple|community|communities|tribe)$/;
const NOT_DEMONYM = /(cians?|arians?)$/;
// Words after which a capitalised demonym names a person or a people: determiners, and in English a verb of
// being ("is Comorian"; French writes the adjective in lower case).
const DETERMINERS = new Set([
  "les",
  "des",
  "ces",
  "aux",
  "un",
  "une",
  "d",
  "nos",
  "vos",
  "leurs",
  "a",
  "an",
  "the",
  "those",
  "these",
  "any",
  "all",
  "some",
  "is",
  "are",
  "was",
  "were",
]);
const BETTER = /^(better|mieux|smarter|faster|plus)$/;
const EXCLAIM = new Set([
  "what",
  "such",
  "quelle",
  "quel",
  "quels",
  "quelles",
  "bande",
  "bunch",
  "typical",
  "typique",
]);
const COMPARE = new Set(["than", "que", "qu", "le"]);
const FOR_WHOM = new Set(["d", "de", "for", "pour"]);
const WHY = new Set(["why", "pourquoi"]);
const RIGHTS = /^(allowed|permitted|right|rights|droit|droits|autorise|autorises|autorisees)$/;
// "eradicate discrimination against gay employees", "éliminer toute discrimination envers les femmes":
// a verb of harm or exclusion whose object is an abstract evil, not people; "killing time" harms no one.
const ABSTRACT_OBJECT =
  /^(discrimination|discriminations|discriminatory|discriminatoires?|racism|racisme|sexism|sexisme|homophobi[ae]|transphobi[ae]|biphobi[ae]|antisemitism[e]?|islamophobi[ae]|xenophobi[ae]|ableism|validisme|misogyn(y|ie)|bigotry|prejudices?|prejuges?|stereotypes?|inequalit(y|ies)|inegalites?|harassment|harcelement|violences?|hatred|haine|bias|biases|biais|barriers?|barrieres?|obstacles?|poverty|pauvrete|precarite|stigma|stigmati[sz]ation|injustices?|abuse|abus|segregation|exclusion|inequities|time|temps|targets?|records?|expectations|deadlines?|competition|competitors|odds|market|us|me|email|e-mail|mail|message|line|photos?|videos?|scenes?|objectifs?|records?|concurrence)$/;
// "les violences faites aux femmes", "attacks on Jews": harm suffered by a group, named as a topic.
const HARM_NOUN =
  /^(violences?|agressions?|attaques?|attacks?|crimes?|meurtres?|murders?|killings?|assaults?|abus|abuse|persecutions?|massacres?|lynchages?|lynchings?|pogroms?)$/;
const VICTIM_OF = new Set([
  "victime",
  "victimes",
  "victim",
  "victims",
  "contre",
  "against",
  "survivors",
  "survivantes",
  "prevenir",
  "prevent",
  "preventing",
  "prevention",
  "lutter",
  "combattre",
  "signaler",
  "report",
]);
const SUFFERED_BY = new Set([
  "faites",
  "faite",
  "subies",
  "subie",
  "commises",
  "envers",
  "contre",
  "against",
  "towards",
  "toward",
  "on",
]);
// "à quoi servent les aveugles ?", "what good are women?": asks what a group is for only when it follows.
const USEFULNESS =
  /^(a quoi servent|a quoi sert|what good are|what use are|what is the point of|what s the point of)$/;
const BY = new Set(["by", "par"]);
const IMPERSONAL = new Set(["c est", "it is", "it s", "ce serait", "it would", "that is", "ce sont"]);
const COMPLEMENTIZER = new Set(["que", "qu", "that"]);
const ARTICLE = new Set(["a", "an", "une", "un"]);
// "killer feature", "deadline": a word of killing that kills no one.
const NOT_A_THREAT = /^(killer|killers|deadline|deadlines)$/;
const EMOTION_NOUNS = new Set([
  "hatred",
  "hate",
  "contempt",
  "disdain",
  "disgust",
  "haine",
  "mepris",
  "dedain",
  "degout",
]);
const SECOND_PERSON = new Set(["you", "your", "vous", "votre", "vos", "tu", "ton", "ta", "tes", "toi"]);
// A colour names a group only beside a person noun: "black people", not "a black car".
const NEEDS_PERSON_NOUN = new Set([
  "black",
  "white",
  "brown",
  "blind",
  "deaf",
  "noir",
  "noire",
  "noirs",
  "noires",
  "female",
  "feminin",
  "feminine",
  "feminins",
  "feminines",
  "sourd",
  "sourds",
  "aveugle",
  // "Polish" also polishes floors; "Polish builders" is a group.
  "polish",
]);
// "un aveugle", "les noirs": in French an adjective right after a determiner is used as a noun ("le noir" is
// the colour, so not after "le" or "du").
const NOMINALISING = new Set(["un", "une", "des", "les", "ces", "cet", "cette", "aux", "aucun", "aucune"]);
// "pas besoin d'en dire plus", "no need to say more": saying less is not denying having said it.
const NO_NEED = new Set(["need", "needless", "besoin", "inutile"]);
// "a deaf air traffic controller": a disability adjective before an agent noun names a person.
const DISABILITY_ADJ = new Set(["deaf", "blind"]);
const AGENT_NOUN = /^[a-z]{4,}(er|or|ist|ian|ant|ent)s?$/;
// "Souhaiter une balle à X, c'est une incitation au meurtre", "Calling X vermin is vile": an infinitive or
// gerund subject names the act, and the sentence judges it.
const ACT_SUBJECT: Record<Language, RegExp> = { fr: /^[a-z]{3,}(er|ir)$/, en: /^[a-z]{3,}ing$/ };
// "Being gay is shameful" judges the identity, not an act.
const IDENTITY_VERBS = new Set(["being", "becoming", "having"]);
const ATTACK_CATEGORIES: ReadonlyArray<Category> = [
  "dehum",
  "derog",
  "emotion",
  "threat",
  "exclusion",
  "profanity",
  "implicit",
];

function sentenceRanges(words: readonly Word[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i === words.length || words[i]!.sentenceStart) {
      ranges.push([start, i]);
      start = i;
    }
  }
  return ranges;
}

// "Reviewer comment: ...", "Note d'entretien : ...": a heading naming the kind of text, not a report of
// someone else's words.
const LABEL_NOUNS = new Set([
  "comment",
  "comments",
  "note",
  "notes",
  "review",
  "feedback",
  "commentaire",
  "commentaires",
  "avis",
  "remarque",
  "relecture",
  "message",
]);

function isLabel(text: string, words: readonly Word[], s: Match, a: number, b: number): boolean {
  if (s.i - a > 1 || !words.slice(s.i, s.j).some((w) => LABEL_NOUNS.has(w.norm))) return false;
  for (let k = s.j; k < Math.min(b, s.j + 3); k++) {
    const gap = text.slice(words[k - 1]!.e, words[k]!.s);
    if (gap.includes(":")) return !/["«“]/.test(gap);
  }
  return false;
}

function endsWithQuestionMark(text: string, words: readonly Word[], b: number): boolean {
  const from = words[b - 1]?.e ?? 0;
  const to = words[b]?.s ?? text.length;
  return text.slice(from, to).includes("?");
}

export function read(text: string): Reading {
  const { language, lex, words } = tokenise(text);
  const matches = matchAll(
    lex,
    words.map((w) => w.norm),
  );
  // Matches grouped by category once (in their order), so each sentence filters only its category.
  const grouped = new Map<Category, Match[]>();
  for (const m of matches) {
    const list = grouped.get(m.tag.cat);
    if (list) list.push(m);
    else grouped.set(m.tag.cat, [m]);
  }
  const byCat = (cat: Category, a: number, b: number) =>
    (grouped.get(cat) ?? []).filter((m) => m.i >= a && m.j <= b);
  /** First word index in [a, b) passing the test, or -1 (a scan of the sentence, not of the text). */
  const firstIn = (a: number, b: number, test: (w: Word) => boolean): number => {
    for (let k = a; k < b && k < words.length; k++) if (test(words[k]!)) return k;
    return -1;
  };
  const contrasts = new Set(matches.filter((m) => m.tag.cat === "contrast").map((m) => m.i));
  const ranges = sentenceRanges(words);
  const questions = new Set(ranges.filter(([, b]) => endsWithQuestionMark(text, words, b)).map(([a]) => a));

  const isNegated = negationTest({ words, matches, language, questions });

  const secondPersonIn = (a: number, b: number) => words.slice(a, b).some((w) => SECOND_PERSON.has(w.norm));
  // The matches of each sentence, in order: a match lies in at most one sentence, the one holding its
  // first word (the sentences partition the words), so the loops below need not scan every match.
  const sentenceOf = new Array<number>(words.length);
  for (const [k, [a, b]] of ranges.entries()) sentenceOf.fill(k, a, b);
  const matchesOf: Match[][] = ranges.map(() => []);
  for (const m of matches) {
    const k = sentenceOf[m.i];
    if (k !== undefined) matchesOf[k]!.push(m);
  }
  const sentences: SentenceReading[] = [];
  for (const [k, [a, b]] of ranges.entries()) {
    const sentenceMatches = matchesOf[k]!;
    const inSentence = (m: Match) => m.i >= a && m.j <= b;
    const homonym = byCat("homonym", a, b).length > 0;
    const ingroups = byCat("ingroup", a, b);
    const persons = byCat("person", a, b);
    const targets: SentenceReading["targets"] = [];
    for (let k = a; k < b; k++) {
      const w = words[k]!;
      if (
        w.repairedFrom !== undefined ||
        w.quoted ||
        lex.known.has(w.norm) ||
        !DEMONYM[language].test(w.norm)
      )
        continue;
      if (NOT_DEMONYM.test(w.norm)) continue;
      const first = text[w.s] ?? "";
      const second = text[w.s + 1] ?? "";
      if (first === first.toLowerCase() || second !== second.toLowerCase()) continue;
      // Mid-sentence after a determiner ("les Moldaves", "a Bosnian"), or opening the sentence in the plural.
      const afterDeterminer = k > a && DETERMINERS.has(words[k - 1]!.norm);
      const opensPlural = k === a && language === "en" && /(ians|ans|ese|is|ites|inos|inas)$/.test(w.norm);
      if (!afterDeterminer && !opensPlural) continue;
      if (sentenceMatches.some((m) => m.i <= k && m.j > k)) continue;
      targets.push({
        criterion: "origin",
        match: { tag: { cat: "group", criterion: "origin" }, i: k, j: k + 1 },
        inherited: false,
        inferred: true,
      });
    }
    for (const m of sentenceMatches) {
      if (!inSentence(m) || !m.tag.criterion) continue;
      if (m.tag.cat === "group")
        targets.push({
          criterion: m.tag.criterion,
          match: m,
          inherited: false,
          inferred: m.j - m.i === 2 && UNNAMED.test(`${words[m.i]!.norm} ${words[m.i + 1]!.norm}`),
        });
      if (m.tag.cat === "groupAdj") {
        // "black people", "personnes noires", and "black vermin" (an insult noun stands for the person).
        const nouns = [...persons, ...byCat("dehum", a, b), ...byCat("slur", a, b)];
        // "chiens d'aveugle" (guide dogs) is a dog for someone, not an insult to them.
        const nearPerson = nouns.some(
          (p) =>
            p.i === m.j ||
            p.i === m.j + 1 ||
            p.j === m.i ||
            (p.j === m.i - 1 && !(p.tag.cat === "dehum" && FOR_WHOM.has(words[p.j]!.norm))),
        );
        const adjective = words[m.i]!.norm;
        const nominal =
          language === "fr" && m.j - m.i === 1 && m.i > a && NOMINALISING.has(words[m.i - 1]!.norm);
        const beforeAgent =
          DISABILITY_ADJ.has(adjective) &&
          words.slice(m.j, Math.min(b, m.j + 3)).some((w) => AGENT_NOUN.test(w.norm));
        if (
          nearPerson ||
          nominal ||
          beforeAgent ||
          !NEEDS_PERSON_NOUN.has(
            words
              .slice(m.i, m.j)
              .map((w) => w.norm)
              .join(" "),
          )
        )
          targets.push({ criterion: m.tag.criterion, match: m, inherited: false });
      }
    }
    const attacks: Attack[] = [];
    const negatedAttacks: Attack[] = [];
    // A refusal to hire counts only when it names whom: "never hire a Muslim", not "we do not hire on
    // the basis of religion; Muslims are welcome".
    const isHiring = (m: Match) => words.slice(m.i, m.j).some((w) => HIRING.test(w.norm));
    const phraseOf = (m: Match) =>
      words
        .slice(m.i, m.j)
        .map((w) => w.norm)
        .join(" ");
    const before = (from: number, to: number) =>
      words
        .slice(Math.max(a, from), to)
        .map((w) => w.norm)
        .join(" ");
    const impersonal = (m: Match) => {
      const head = m.i > a && ARTICLE.has(words[m.i - 1]!.norm) ? m.i - 1 : m.i;
      return IMPERSONAL.has(before(head - 2, head)) && COMPLEMENTIZER.has(words[m.j]?.norm ?? "");
    };
    const targetFollows = (m: Match) => targets.some((t) => t.match.i >= m.j && t.match.i <= m.j + 2);
    for (const m of sentenceMatches) {
      if (!inSentence(m)) continue;
      const cat = m.tag.cat;
      if (ATTACK_CATEGORIES.includes(cat)) {
        const kind = cat as AttackKind;
        // "a study on cancer in immigrant women": a disease named as a topic is said of no one.
        if (
          kind === "dehum" &&
          DISEASE.test(words[m.i]!.norm) &&
          words.slice(Math.max(a, m.i - 2), m.i).some((w) => TOPIC.has(w.norm))
        )
          continue;
        if (kind === "exclusion" && isHiring(m) && !targetFollows(m)) continue;
        if (kind === "implicit" && USEFULNESS.test(phraseOf(m)) && !targetFollows(m)) continue;
        // "sickened by Kurds", not "sickened by the news of an attack on a Kurdish village".
        if (kind === "emotion" && BY.has(words[m.j - 1]!.norm) && !targetFollows(m)) continue;
        if (kind === "threat" && NOT_A_THREAT.test(words[m.i]!.norm)) continue;
        // "C'est une honte que les femmes soient moins payées", "It is a disgrace that …": an impersonal
        // judgement of a fact, said of no one.
        if ((kind === "derog" || kind === "dehum") && impersonal(m)) continue;
        if (
          kind === "threat" &&
          m.j - m.i === 1 &&
          HARM_NOUN.test(words[m.i]!.norm) &&
          (words.slice(m.j, Math.min(b, m.j + 2)).some((w) => SUFFERED_BY.has(w.norm)) ||
            words.slice(Math.max(a, m.i - 2), m.i).some((w) => VICTIM_OF.has(w.norm)))
        )
          continue;
        if (
          (kind === "threat" || kind === "exclusion") &&
          words.slice(m.j, Math.min(b, m.j + 3)).some((w) => ABSTRACT_OBJECT.test(w.norm))
        )
          continue;
        // Implicit phrases carry their own negation ("aucune différence entre").
        (kind !== "implicit" && isNegated(m, a) ? negatedAttacks : attacks).push({ kind, match: m });
      } else if (cat === "positive" && isNegated(m, a)) {
        if (!isHiring(m)) attacks.push({ kind: "deniedWorth", match: m });
        else if (targetFollows(m)) attacks.push({ kind: "exclusion", match: m });
      }
    }
    const praise = byCat("praise", a, b).some((m) => !isNegated(m, a));
    const even = firstIn(a, b, (w) => EVEN.has(w.norm));
    if (
      even >= 0 &&
      targets.length > 0 &&
      words
        .slice(even + 1, b)
        .some((w, k, rest) => BETTER.test(w.norm) && COMPARE.has(rest[k + 1]?.norm ?? ""))
    )
      attacks.push({ kind: "implicit", match: { tag: { cat: "implicit" }, i: even, j: even + 1 } });
    else if (targets.length > 0) {
      // An animal or a thing doing the job better than the group ("my dog could do it better than any X",
      // "mon chat serait plus efficace qu'un X").
      const compare = firstIn(a, b, (w) => COMPARE_WORDS.has(w.norm));
      const comparative =
        compare > a ? firstIn(Math.max(a, compare - 3), compare, (w) => COMPARATIVE.test(w.norm)) : -1;
      const thing = comparative > a ? firstIn(a, comparative, (w) => NOT_A_PERSON.test(w.norm)) : -1;
      if (thing >= 0 && targets.some((t) => t.match.i > compare))
        attacks.push({ kind: "implicit", match: { tag: { cat: "implicit" }, i: thing, j: thing + 1 } });
    }
    // "Règle maison : aucun Noir au comptoir, point final": a rule that no one of a group may hold a place.
    if (
      RULE_MARK.test(
        words
          .slice(a, b)
          .map((w) => w.norm)
          .join(" "),
      )
    )
      for (const t of targets)
        if (t.match.i > a && NONE.has(words[t.match.i - 1]!.norm))
          attacks.push({
            kind: "exclusion",
            match: { tag: { cat: "exclusion" }, i: t.match.i - 1, j: t.match.i },
          });
    if (
      questions.has(a) &&
      targets.length > 0 &&
      CAN.has(words[a]!.norm) &&
      words.slice(a, b).some((w) => EVEN.has(w.norm))
    )
      attacks.push({ kind: "implicit", match: { tag: { cat: "implicit" }, i: a, j: a + 1 } });
    for (const t of [...targets]) {
      const next = t.match.j;
      if (next < b && OUT.has(words[next]!.norm) && (next + 1 === b || words[next + 1]!.clauseStart))
        attacks.push({ kind: "exclusion", match: { tag: { cat: "exclusion" }, i: next, j: next + 1 } });
    }
    // "Why are women allowed to vote?": asking why a group has a right questions the right.
    if (questions.has(a) && words.slice(a, b).some((w) => WHY.has(w.norm))) {
      const right = firstIn(a, b, (w) => RIGHTS.test(w.norm));
      if (right >= 0 && targets.length > 0)
        attacks.push({ kind: "exclusion", match: { tag: { cat: "exclusion" }, i: right, j: right + 1 } });
    }
    // Swearing is aimed at the group unless it is an exclamation opening the sentence before praise or
    // news ("Holy shit, the Syrian restaurant is great", "Putain, le restaurant syrien est incroyable").
    const swearSpans = new Set(
      attacks.filter((x) => x.kind === "profanity").map((x) => x.match.i * 1000 + x.match.j),
    );
    const isSwear = (x: Attack) => swearSpans.has(x.match.i * 1000 + x.match.j);
    if (attacks.length > 0 && attacks.every(isSwear)) {
      const interjection = (x: Attack) =>
        x.match.i - a <= 1 && words.slice(x.match.j, Math.min(b, x.match.j + 2)).some((w) => w.clauseStart);
      const aimed = attacks.some((x) => !interjection(x));
      if (!aimed || (praise && attacks.every((x) => x.kind === "profanity")))
        attacks.splice(0, attacks.length);
    }
    const clearedSlurs: Match[] = [];
    // Swearing at oneself ("putain, j'ai été une vraie salope") does not make a slur an attack on others.
    const otherAttack = attacks.some((x) => !isSwear(x));
    for (const m of sentenceMatches) {
      if (!inSentence(m) || m.tag.cat !== "slur" || !m.tag.criterion) continue;
      // "queer people" names the group; "queer" alone may insult it.
      if (persons.some((p) => p.i === m.j)) continue;
      // In-group words count only close before the slur ("my nigga", "being queer") or as "myself"/"like us".
      const ingroup = ingroups.some(
        (g) => (g.j <= m.i && m.i - g.j <= 2) || g.j - g.i > 1 || SELF.has(words[g.i]!.norm),
      );
      const slurWord = words
        .slice(m.i, m.j)
        .map((w) => w.norm)
        .join(" ");
      if ((homonym && HOMONYM_SLURS.test(slurWord)) || ((ingroup || praise) && !otherAttack))
        clearedSlurs.push(m);
      else {
        attacks.push({ kind: "slur", match: m });
        targets.push({ criterion: m.tag.criterion, match: m, inherited: false });
      }
    }
    // An attack is reported when quoted or said after a verb of saying in the same clause chain; a
    // sentence can report one attack and assert another ("« X » — he wrote it, but Roma are rats").
    // "Dis à ce bicot de ...": an order to tell someone something addresses them, it reports nothing.
    const speech = byCat("speech", a, b).filter(
      (s) =>
        !isNegated(s, a) &&
        !(s.i === a && ADDRESSEE.has(words[s.j]?.norm ?? "")) &&
        !isLabel(text, words, s, a, b),
    );
    const isReported = (m: Match) =>
      words[m.i]!.quoted ||
      speech.some((s) => s.j <= m.i && ![...contrasts].some((c) => c >= s.j && c < m.i));
    const reportedAttacks = attacks.filter((x) => isReported(x.match));
    const asserted = attacks.filter((x) => !isReported(x.match));
    // The speaker's own words about a quoted group ("no respect for people who write '...'") assert nothing
    // about the group unless the group is also named outside the quotation.
    const assertedTarget = targets.some((t) => !isReported(t.match));
    // "Is it really so wrong to say X are freaks?" defends the statement: an impersonal question that
    // reports asserts; one put to "you" challenges the speaker ("what makes you say '...'?").
    const question = questions.has(a) && !secondPersonIn(a, b);
    const reported = !question && reportedAttacks.length > 0 && (asserted.length === 0 || !assertedTarget);
    if (!reported && !question && reportedAttacks.length > 0) attacks.splice(0, attacks.length, ...asserted);
    // A verb of saying inside an attack ("ne savent pas lire") is part of the attack, not a denial of speech.
    const denied = byCat("speech", a, b).some(
      (s) =>
        isNegated(s, a) &&
        !attacks.some((x) => x.match.i <= s.i && x.match.j >= s.j) &&
        !words.slice(Math.max(a, s.i - 3), s.i).some((w) => NO_NEED.has(w.norm)),
    );
    const condemned = byCat("condemn", a, b).some(
      (c) =>
        !matches.some(
          (o) =>
            (o.tag.cat === "derog" || o.tag.cat === "dehum" || o.tag.cat === "emotion") &&
            o.i <= c.i &&
            o.j >= c.j,
        ),
    );
    const secondPerson = secondPersonIn(a, b);
    const actJudged =
      condemned && ACT_SUBJECT[language].test(words[a]!.norm) && !IDENTITY_VERBS.has(words[a]!.norm);
    // Condemning "hatred of X" talks about hate; it does not express it.
    const aboutHate = attacks.length > 0 && attacks.every((x) => EMOTION_NOUNS.has(words[x.match.i]!.norm));
    sentences.push({
      a,
      b,
      targets,
      attacks,
      negatedAttacks,
      reported: reported || actJudged,
      condemned,
      denied,
      clearedSlurs,
      praise,
      secondPerson,
      aboutHate,
    });
  }
  inheritTargets(sentences, matches, questions, words);
  return { language, words, sentences };
}

/**
 * "Women think they're special. I hate them.": a pronoun carries the group of the sentence before; it may
 * also point forward ("We should shoot them. They're just women after all.").
 */
function inheritTargets(
  sentences: SentenceReading[],
  matches: readonly Match[],
  questions: ReadonlySet<number>,
  words: readonly Word[],
): void {
  for (let k = 0; k < sentences.length; k++) {
    const cur = sentences[k]!;
    if (cur.targets.length > 0 || cur.attacks.length === 0) continue;
    // "A woman running the company? Enjoy bankruptcy.": a short answer to a question naming a group.
    const prev = sentences[k - 1];
    const answer =
      prev !== undefined &&
      (questions.has(prev.a) || (cur.b - cur.a <= 5 && EXCLAIM.has(words[cur.a]!.norm))) &&
      prev.attacks.length === 0 &&
      prev.targets.some((t) => !t.inherited) &&
      cur.b - cur.a <= 8;
    // "Blind candidate for QA. Good luck spotting the bugs.": a short sentence opening on a hint answers the
    // one before that named a group.
    const retort =
      prev !== undefined &&
      prev.attacks.length === 0 &&
      prev.targets.some((t) => !t.inherited) &&
      cur.b - cur.a <= 8 &&
      cur.attacks.some((x) => x.kind === "implicit" && x.match.i === cur.a);
    const pronoun =
      matches.find((m) => m.tag.cat === "pronoun" && m.i >= cur.a && m.j <= cur.b) ??
      (answer || retort ? { tag: { cat: "pronoun" as const }, i: cur.a, j: cur.a + 1 } : undefined);
    if (!pronoun) continue;
    const source = [sentences[k - 1], sentences[k + 1]].find((s) => s?.targets.some((t) => !t.inherited));
    for (const t of source?.targets ?? [])
      if (!t.inherited) cur.targets.push({ criterion: t.criterion, match: pronoun, inherited: true });
  }
}
