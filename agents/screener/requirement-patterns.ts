// The regulated or named demands a recruiter reads in a job ad whatever the trade: diplomas, licences,
// certifications, languages. Each is recognised by its shape (an acronym, a "permis" + category, a language
// with its level) rather than listed: "BTS Maintenance des systèmes", "permis CE", "CACES R489 cat. 3 et 5",
// "anglais courant", "fluent English". The skill lexicon (ROME/ESCO) covers the rest.
import type { RequirementKind } from "./types.js";

export interface KindPattern {
  kind: Exclude<RequirementKind, "skill" | "software" | "years">;
  re: RegExp;
  /** Words an ad writes that must match, and words it may write that must not (checked by a test). */
  examples: { match: string[]; noMatch: string[] };
}

// What may follow a diploma's name as its speciality: words up to a connector, a punctuation or a verb.
const SPECIALITY =
  "(?:[ \\t]+(?!ou\\b|or\\b|et\\s+(?:\\p{Lu}|\\p{L}+ez\\b|vous\\b|d['’]|de\\b|des\\b|les?\\b|la\\b|une?\\b)|et\\b(?!\\s)|and\\b|avec\\b|with\\b|exig|requis|souhait|appr[eé]ci|obligatoire|indispensable|minimum|en\\s+cours|is\\b|a\\s+plus)[\\p{L}\\d'’+-]+){0,4}";

export const KIND_PATTERNS: KindPattern[] = [
  {
    kind: "licence",
    re: /\b[Pp]ermis\s+(?:de\s+conduire\s+)?(?:[A-D]E?|BE|CE|C1E?|D1E?)\b|\b[Cc]arte\s+conducteur\b|\b(?:[Cc]ounterbalance\s+|[Rr]each\s+)?[Ff]orklift\s+licen[cs]e\b|\b[Dd]riving\s+licen[cs]e\b/gu,
    examples: {
      match: ["permis B", "permis CE", "carte conducteur", "counterbalance forklift licence"],
      noMatch: ["permis de construire", "permission"],
    },
  },
  {
    kind: "certification",
    // Case matters here (no "i" flag): "BR" in "habilitation électrique BR" is a code, "exigée" is not.
    re: /(?:\b(?:[Nn]ormes?|[Rr][èe]gles?)\s+)?(?:\bCACES\b(?:\s+R\s?\d{3})?(?:\s+(?:cat(?:[ée]gories?|\.)?)\s*[\dA-Z]+(?:\s*(?:,|et|and)\s*[\dA-Z]+)*)?|\b[Hh]abilitations?\s+[ée]lectriques?(?:\s+[A-Z0-9]{1,3}(?:[-/ ][A-Z0-9]{1,3})*\b)?|\b(?:FIMO|FCO|ADR|SST|HACCP|AIPR|PRAP|TOEIC|TOEFL|BAFA|GPhC)\b|\bITIL(?:\s+v?\d)?(?:\s+Foundation)?|\b[Gg]estes\s+et\s+postures\b|\b[Ii]ndependent\s+prescriber\b)/gu,
    examples: {
      match: [
        "CACES R489 catégories 3 et 5",
        "habilitation électrique BR",
        "FIMO",
        "ITIL Foundation",
        "HACCP",
      ],
      noMatch: ["cachet", "habiller"],
    },
  },
  {
    kind: "diploma",
    re: new RegExp(
      `\\b(?:BTS|DUT|BUT|DCG|DSCG|DEC|CAP|BEP|BP|DEAS|DEES|DEME|DEIS|MPharm|[Bb]ac\\s*\\+\\s*\\d|[Bb]accalaur[ée]at|[Ll]icence(?=\\s+(?:professionnelle|pro\\b|en\\b|de\\b|d['’]|mention|\\p{Lu}))(?:\\s+professionnelle)?|(?:[Uu]niversity|[Cc]ollege|[Bb]achelor['’]?s|[Mm]aster['’]?s|[Aa]ssociate['’]?s)\\s+degree|[Mm]aster(?:\\s+2)?|[Mm]ast[èe]re|[Dd]octorat|[Bb]achelor|[Dd]ipl[ôo]me\\s+d['’]\\s*(?:[ÉE]tat|ing[ée]nieur)(?:\\s+d['’]\\s*[\\p{L}-]+|\\s+de\\s+[\\p{L}-]+){0,2}|[Mm]aster\\s+of\\s+\\p{L}+|[ée]cole\\s+de\\s+commerce|ing[ée]nieur(?=\\s+ou\\b|\\s*[.,;]|$))(?![\\p{L}])${SPECIALITY}`,
      "gu",
    ),
    examples: {
      match: [
        "BTS comptabilité et gestion",
        "DUT GEII",
        "Master 2 en droit social",
        "diplôme d'État d'infirmier",
        "Bac+2",
      ],
      noMatch: ["licencié", "bachelier", "masterclass"],
    },
  },
  {
    kind: "language",
    re: /\b(?:(?:fluent|good|native(?:-level)?|business|professional|working|conversational|basic)\s+)?(?:anglais|english|espagnol|spanish|allemand|german|italien|italian|fran[çc]ais|french|n[ée]erlandais|dutch|portugais|portuguese|arabe|arabic|chinois|mandarin|japonais|japanese|russe|russian|polonais|polish)(?:\s+(?:courants?|couramment|professionnel|technique|juridique|commercial|bilingue|op[ée]rationnel|lu(?:\s+et\s+[ée]crit)?|[ée]crit|parl[ée]|fluent|native|[ABC][12]))?\b/giu,
    examples: {
      match: ["anglais courant", "fluent English", "espagnol", "good French"],
      noMatch: ["anglaise", "frenchie"],
    },
  },
];

/** Years of experience the ad asks for: "3 ans d'expérience", "3+ years of experience", "2 years in". */
export const YEARS_DEMAND =
  /\b(?:(?:au\s+moins|minimum|plus\s+de|at\s+least)\s+)?(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:à|-|to)\s*\d{1,2})?\s*\+?\s*(?:ans?|ann[ée]es?|years?)\b(?:\s+minimum)?(?:\s+(?:d['’]\s*exp[ée]rience|of\s+(?:[\p{L}-]+\s+){0,3}?experience|experience|de\s+pratique|de\s+m[ée]tier))?(?:\s+minimum)?/giu;
