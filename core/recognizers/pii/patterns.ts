// Patterns for personal data, compiled once at module load (detectors run on every draft).
// Groups named `v` delimit the value when the match carries context ("Nom : ", "née le").

/** "rue" → "[Rr]ue": the rest of the pattern must stay case-sensitive for capitalised names. */
function capOptional(words: readonly string[]): string {
  return words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/\./g, "\\.")}`).join("|");
}

export const EMAIL =
  /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu;

export const PHONE_FR =
  /(?<![\d+])(?:(?:\+|00)33[ .-]?(?:\(0\)[ .-]?)?[1-9]|0[1-9])(?:[ .-]?\d{2}){4}(?![\d])/gu;
export const PHONE_INTL = /(?<![\d+\w])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,6}(?![\d])/gu;
export const PHONE_US = /(?<![\d])(?:\(\d{3}\)[ .-]?|\d{3}[.-])\d{3}[.-]\d{4}(?![\d])/gu;

export const NIR =
  /(?<![\dA-Za-z])[1-478][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AaBb])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?!\d)/gu;

export const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,32}(?![a-z0-9])/gu;

const STREET_TYPES_FR = [
  "rue",
  "avenue",
  "av.",
  "boulevard",
  "bd",
  "place",
  "allée",
  "allee",
  "impasse",
  "chemin",
  "quai",
  "route",
  "cours",
  "square",
  "passage",
  "voie",
  "résidence",
  "faubourg",
  "rond-point",
  "esplanade",
  "promenade",
  "sentier",
  "hameau",
  "lotissement",
  "parvis",
  "villa",
  "cité",
  "chaussée",
  "lieu-dit",
] as const;
const PARTICLE = "(?:de|du|des|la|le|les|l['’]|d['’]|aux?|sur|sous|en|et)";
const STREET_NAME = `(?:${PARTICLE}[ ]*)*[\\p{Lu}\\d][\\p{L}\\d'’.-]*(?:[ ]+(?:${PARTICLE}[ ]*)*[\\p{Lu}][\\p{L}'’-]*){0,5}`;
const CITY = "[\\p{Lu}][\\p{L}'’-]+(?:[ -](?:sur|sous|en|le|la|les|de|du|[\\p{Lu}][\\p{L}'’-]+)){0,4}";
const POSTCODE = "(?:\\d{5}|2[AB]\\d{3})";

export const ADDRESS_FR = new RegExp(
  `(?<![\\d\\p{L}])\\d{1,4}(?:[ ]?(?:bis|ter|[Bb]))?,?[ ]+(?:${capOptional(STREET_TYPES_FR)})[ ]+${STREET_NAME}(?:,?[ ]*(?:\\r?\\n[ ]*)?${POSTCODE}[ ]+${CITY})?`,
  "gu",
);
export const POSTCODE_CITY = new RegExp(`(?<![\\d\\p{L}])${POSTCODE}[ ]+${CITY}`, "gu");
export const ADDRESS_EN =
  /(?<![\d\p{L}])\d{1,5}[A-Z]?[ ]+(?:[\p{Lu}][\p{L}'’-]*[ ]+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Court|Way|Terrace|Square|Place)(?![\p{L}])(?:,[ ]*[\p{Lu}][\p{L}]+(?:[ ][\p{Lu}][\p{L}]+)?(?:,[ ]*[A-Z]{2}[ ]+\d{5}(?:-\d{4})?)?)?/gu;

const MONTHS =
  "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|January|February|March|April|May|June|July|August|September|October|November|December";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:er)?[ ]+(?:${MONTHS})[ ]+\\d{4}|(?:${MONTHS})[ ]+\\d{1,2},?[ ]+\\d{4}|\\d{4})`;
export const BIRTH_DATE = new RegExp(
  `(?:[Nn]ée?|[Nn]é\\(e\\))[ ]+(?:à[ ]+[\\p{Lu}][\\p{L}' -]{1,30}?[ ]+)?(?:le|en)[ ]+(?<v>${DATE})|(?:[Dd]ate de naissance|DDN|[Dd]ate of birth|DOB|D\\.O\\.B\\.|[Bb]orn(?:[ ]+on|[ ]+in)?)[ \\t]*:?[ \\t]*(?<v2>${DATE})`,
  "dgu",
);

const NAME_WORD = "(?:[\\p{Lu}][\\p{Ll}'’]+(?:-[\\p{Lu}][\\p{Ll}]+)*|[\\p{Lu}]{2,}(?:-[\\p{Lu}]{2,})*)";
const NAME_PARTICLE = "(?:de|du|van|von|da|di|del|della|le|ben|bin|el|al)";
export const FULL_NAME = `${NAME_WORD}(?:[ \\t]+(?:${NAME_PARTICLE}[ \\t]+)?${NAME_WORD}){0,3}`;
export const NAME_WORD_RE = new RegExp(NAME_WORD, "gu");

export const NAME_LABEL = new RegExp(
  `(?:[Nn]om(?: de famille| et prénom| complet)?|[Pp]rénom(?: et nom)?|NOM|(?:[Ff]ull )?[Nn]ame|[Cc]andidat(?:e|·e)?|[Cc]andidate name|[Cc]ontact)[ \\t]*:[ \\t]*(?<v>${FULL_NAME})`,
  "dgu",
);
export const NAME_TITLE = new RegExp(
  `(?<![\\p{L}])(?:M\\.|Mme\\.?|Mlle\\.?|Madame|Monsieur|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.?|Docteur|Maître|Pr\\.)[ \\t]+(?<v>${FULL_NAME})`,
  "dgu",
);
export const NAME_INTRO = new RegExp(
  `(?:[Jj]e m['’]appelle|[Mm]y name is|[Jj]e me nomme)[ \\t]+(?<v>${FULL_NAME})`,
  "dgu",
);
export const NAME_SIGNATURE = new RegExp(
  `(?:[Cc]ordialement|[Bb]ien à vous|[Bb]ien cordialement|[Ss]incèrement|[Rr]espectueusement|[Bb]est regards|[Kk]ind regards|[Rr]egards|[Ss]incerely|[Bb]est)[ \\t]*,?[ \\t]*\\r?\\n[ \\t]*(?<v>${FULL_NAME})`,
  "dgu",
);
export const FIRST_LINE = /^[ \t]*([^\n]{3,60}?)[ \t]*$/mu;
export const WHOLE_NAME_LINE = new RegExp(`^${FULL_NAME}$`, "u");

/** Photo and body descriptions: never relevant to a job (L1221-6), not identifiers to pseudonymise. */
export const PHYSICAL = new RegExp(
  [
    "[Pp]hoto(?:graphie)?[ ]+(?:jointe|d['’]identité|ci-jointe|en pièce jointe)",
    "[Pp]hoto (?:attached|enclosed)",
    "\\[(?:[Pp]hoto|PHOTO)[^\\]]{0,30}\\]",
    "(?:[Tt]aille|[Hh]eight)[ ]*:?[ ]*(?:1[ ]?m[ ]?\\d{2}|\\d[',]\\d{1,2}\"?|1[.,]\\d{2}[ ]?m)",
    "(?:[Pp]oids|[Ww]eight)[ ]*:?[ ]*\\d{2,3}[ ]?(?:kg|lbs?)",
    "(?:yeux|cheveux)[ ]+(?:bleus|verts|marron|noirs|gris|blonds|bruns|roux|châtains|blancs)",
    "(?:blue|green|brown|hazel)[ ]+eyes",
    "(?:blond|blonde|brown|red|black|grey|gray)[ ]+hair",
  ].join("|"),
  "gu",
);
