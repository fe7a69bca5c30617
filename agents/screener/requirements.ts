// What the job asks for, read as a recruiter reads it: only from the ad's demands (missions and profile,
// not the company or the benefits, see job-reading.ts), each requirement with its kind and, where the ad
// accepts alternatives ("Cegid ou Sage", "DSCG ou master CCA", "AWS or GCP"), its options. And whether a
// prepared CV meets each, in the CV's own words.

import { ENGLISH_SMALL_NUMBERS } from "../../core/lexicon/english.js";
import { FRENCH_SMALL_NUMBERS } from "../../core/lexicon/french.js";
import { foldText as fold } from "../../core/text/fold.js";
import { stem } from "../../core/text/stem.js";
import { demandedLevel, highestLevel } from "./diploma-levels.js";
import { BENEFITS, readJob } from "./job-reading.js";
import { skillLexicon } from "./lexicon.js";
import { KIND_PATTERNS, YEARS_DEMAND } from "./requirement-patterns.js";
import { labelKey, segments } from "./text.js";
import type { JobProfile, MetRequirement, Requirement, RequirementKind, RequirementOption } from "./types.js";

interface Item {
  start: number;
  end: number;
  kind: RequirementKind;
  text: string;
  years?: number;
  domain?: string[];
}

// Words that say how much or how well, never what: they do not have to be in the CV.
const FILLER = new Set(
  `experience experiences connaissance connaissances maitrise maitriser pratique utilisation notion notions bonne bon
  solide solides parfaite excellente premiere minimum exige exigee requis souhaite souhaitee apprecie appreciee
  indispensable obligatoire plus courant courants professionnel technique strong good solid knowledge skills ability
  fluent native level experience years year ans annee annees comfortable familiarity working
  savoir savez realiser assurer gerer preparation realisation etablissement elaboration mise tenue conduite
  pilotage suivi participation titulaire categorie categories cat advanced avance avancee avances hands-on
  professional near valid valide valides proven`
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map(stem),
);

// Words of an ad that the referentials list as skills but that name a role, a place or a manner, not
// something a candidate can show: "chef" (de mission), "restaurant" (tickets), "assistant", "place", "point".
const NOT_A_SKILL = new Set(
  `chef assistant assistante restaurant place point direct fitness poste equipe client clients mission missions
  candidat profil base sens rigueur autonomie dynamisme travail service support role team company user users
  heart platform data model design decision decisions role business people titulaire diplome diplomee formation
  certification certificate certifie rattache base situe place responsable directeur directrice manager
  sein preference`
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map(stem),
);

// A phrase that starts with a role or a manner names no skill: "responsable RH", "sens du service public".
const ROLE_WORDS = new Set(
  "responsable directeur directrice manager chef assistant assistante sens titulaire".split(" ").map(stem),
);

const NUMBER_WORDS: Record<string, number> = { ...FRENCH_SMALL_NUMBERS, ...ENGLISH_SMALL_NUMBERS };

function yearsOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const n = /^\d+$/u.test(word) ? Number(word) : NUMBER_WORDS[fold(word)];
  return n !== undefined && n > 0 && n <= 45 ? n : undefined;
}

// Lead words a demand starts with that are not the demand: "vous maîtrisez", "une connaissance de",
// "experience with", and the same at the end: "exigé", "is a plus", "de préférence".
const W = "(?:\\s+|(?<=['’])\\s*)";
const LEAD = new RegExp(
  `^(?:(?:vous|you|nous|you['’](?:ll|d|re)|tu)\\s+(?:(?:avez|[êe]tes|ma[îi]trisez|connaissez|savez|justifiez|parlez|poss[ée]dez|disposez|assurez|r[ée]alisez|participez|travaillez|have|are|know|speak|bring|need|will|should|must|can|care|as|es|ma[îi]trises|connais|sais)\\s+)?(?:(?:de|d['’]|des|du|la|le|les|l['’]|un|une|with|in|of|the|a|an)${W})*|(?:(?:une?|la|le|les|des|du|de|d['’]|l['’]|votre|vos|ses|bonne|solide|parfaite|excellente|premi[èe]re|connaissances?|ma[îi]trise|pratique|utilisation|notions?|exp[ée]riences?|strong|good|solid|proven|experience|knowledge|comfortable|ability|with|of|in|about|the|a|an|and|et|ou|or|ideally|id[ée]alement|including|such\\s+as|tels?\\s+que|sur|on|dans|avec|en|au|aux|à|est\\s+un\\s+plus|is\\s+a\\s+plus|titulaire|dipl[ôo]m[ée]e?|sp[ée]cialisation|[àa]\\s+l['’]aise\\s+(?:avec|en|sur)|titre)${W})+)`,
  "iu",
);
const TAIL =
  /\s*(?:(?:est|is|serait|sont|are|would\s+be)\s+)?(?:un\s+plus|a\s+plus|appr[ée]ci[ée]e?s?|souhait[ée]e?s?|exig[ée]e?s?|requis(?:e|es)?|indispensable|obligatoire|de\s+pr[ée]f[ée]rence|en\s+cours\s+de\s+validit[ée]|[àa]\s+jour|valide|minimum|desirable|essential|preferred|required|a\s+must)\s*$/iu;

function clean(text: string): { text: string; offset: number } {
  let t = text;
  let offset = 0;
  for (;;) {
    const lead = LEAD.exec(t);
    if (!lead || lead[0].length === 0) break;
    offset += lead[0].length;
    t = t.slice(lead[0].length);
  }
  t = t.replace(TAIL, "");
  t = t.replace(/[\s.,;:!?'’-]+$/u, "");
  const trimmed = t.trimStart();
  return { text: trimmed, offset: offset + (t.length - trimmed.length) };
}

const stemsOf = (text: string): string[] =>
  segments(text.replace(/[,/()]/gu, " "))
    .flat()
    .map((t) => t.key)
    .filter((k) => !FILLER.has(k));

// A name a CV would write as is: an acronym (SQL, DSN, RGAA), a capitalised word inside a sentence
// (Cegid, Figma, Kafka), a word with a capital inside (PostgreSQL, HubSpot), "Microsoft 365".
const NAME =
  /(?<![\p{L}\d])(?:[\p{Lu}\d][\p{L}\d]*[+#]*(?:[.-][\p{L}\d]+)*)(?:[ \t]+(?:[\p{Lu}\d][\p{L}\d]*[+#]*))*(?![\p{L}])/gu;

function hasSkill(text: string): boolean {
  const lexicon = skillLexicon();
  return lexicon.find(text).some((m) => m.key.includes(" ") || !NOT_A_SKILL.has(m.key));
}

// Acronyms that name a kind of company or contract, not something a candidate brings.
const NOT_A_NAME = /^(?:H\/F|CDI|CDD|BtoB|B2B|SaaS|PME|TPE|ETI|SAS|SARL|SA|RH|IDF|UK|EU|UE|FR)$/u;

/** Names in a chunk; `sentenceStart` is where the sentence starts in the chunk (its first word is capitalised anyway). */
function nameTokens(chunk: string, sentenceStart: number | null): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of chunk.matchAll(NAME)) {
    const word = m[0];
    const head = word.split(/\s+/u)[0] ?? "";
    const acronym = /^[\p{Lu}\d][\p{Lu}\d+#]+$/u.test(head) && /\p{L}/u.test(word);
    const innerCap = /\p{Ll}\p{Lu}/u.test(word) || /[+#]$/u.test(word);
    if (m.index === sentenceStart && !acronym && !innerCap) continue;
    if (/^\d+$/u.test(word)) continue;
    if (NOT_A_SKILL.has(stem(fold(word))) || NOT_A_NAME.test(word)) continue;
    out.push({ start: m.index, end: m.index + word.length });
  }
  return out;
}

// Where a list breaks: punctuation, a dash, "and", "et" before a new name or a new verb ("et suivez"),
// "ou"/"or". "Préventive et curative", "maquettes et prototypes" stay one phrase.
const BREAK =
  /\s*(?:[,;:()[\]]|\s[-–]\s|(?<=\p{L}{3})\/(?=\p{L}{3})|\s(?:and|&)\s|\set\s+(?=[\p{Lu}\d]|(?:des?|du|la|le|les|l['’]|une?|vous|you)\b|\p{L}+ez\b)|\s(?:ou|or)\s)\s*/gu;

const MAX_PHRASE_STEMS = 6;

const LIGHT_VERB =
  /^(?:avez|[êe]tes|ma[îi]trisez|connaissez|savez|justifiez|parlez|poss[ée]dez|disposez|assurez|r[ée]alisez|participez|travaillez|have|are|know|speak|bring|need|will|should|must|can|care|as|es|ma[îi]trises|connais|sais)\s+/iu;

const NOT_A_DEMAND =
  /^\s*(?:rattach[ée]e?|reporting\s+to|reports?\s+to|sous\s+la\s+responsabilit[ée]|[ée]quivalent|equivalent|ex[-\s])|\b(?:is|are|isn['’]t|aren['’]t|helps?|est|sont|sera|serait)\b/iu;

function chunkItems(
  clause: string,
  from: number,
  to: number,
  part: "demand" | "neutral",
  sentenceStart: number | null,
  items: Item[],
): void {
  const piece = clause.slice(from, to);
  let cursor = 0;
  const pieces: Array<{ start: number; text: string }> = [];
  for (const m of piece.matchAll(BREAK)) {
    pieces.push({ start: cursor, text: piece.slice(cursor, m.index) });
    cursor = m.index + m[0].length;
  }
  pieces.push({ start: cursor, text: piece.slice(cursor) });
  if (part === "neutral") return;
  for (const p of pieces) {
    // A purpose ("pour les horaires de fin de service", "to work nights") or a setting ("au sein d'un
    // cabinet") is not something the candidate brings.
    if (/^\s*(?:pour|afin|for|to|au\s+sein|within|chez|at)\b/iu.test(p.text)) continue;
    // A reporting line, a benefit, a predicate ("… helps with admin but isn't"), a gloss of a name ("(gaz)"),
    // "ou équivalent": none is something the candidate brings.
    if (NOT_A_DEMAND.test(p.text) || BENEFITS.test(fold(p.text))) continue;
    // A light verb ("maîtrisez", "justifiez") says how, not what; an action verb ("négociez avec les
    // fournisseurs", "câblez des armoires") is the demand itself and stays (its stem is the noun's).
    const { text, offset } = clean(p.text.replace(LIGHT_VERB, ""));
    if (text.length < 2) continue;
    const lead = p.text.length - p.text.replace(LIGHT_VERB, "").length;
    const base = from + p.start + lead + offset;
    const names = nameTokens(text, sentenceStart === null ? null : sentenceStart - base).filter(
      (n, i, all) => {
        // "déclarations de TVA", "normes IFRS": a name completing a phrase stays in it; "sur Figma",
        // "with Airflow", a name alone or beside other names stands on its own.
        const before = text.slice(i > 0 ? (all[i - 1]?.end ?? 0) : 0, n.start);
        return (
          !/\p{L}{3,}\s+(?:(?:de|des|du|d['’]|of|for)\s*)?$/iu.test(before) ||
          /\b(?:sur|on|with|avec|dans|in|via|sous|under|such\s+as|tels?\s+que|comme|like|notamment|notre|nos|votre|vos|our|your|un|une|le|la|les|the|an?)\s*$/iu.test(
            before,
          )
        );
      },
    );
    // "Microsoft 365 administration", "RF scanners": a name and the noun it qualifies are one requirement.
    const only = names.length === 1 ? names[0] : undefined;
    if (
      only &&
      only.start === 0 &&
      /^\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?$/u.test(text.slice(only.end)) &&
      part === "demand"
    ) {
      items.push({ start: base, end: base + text.length, kind: "software", text });
      continue;
    }
    // The words around the names ("maquettes et prototypes" before "sur Figma") may be a skill of their own.
    let rest = text;
    for (const n of [...names].reverse())
      rest = `${rest.slice(0, n.start)}${" ".repeat(n.end - n.start)}${rest.slice(n.end)}`;
    const phrase = clean(
      rest
        .split(/\s{2,}/u)
        .reduce((a, b) => (b.trim().length > a.trim().length ? b : a), "")
        ?.replace(
          /\s+(?:sur|on|with|avec|dans|in|en|sous|under|via|de|du|des|d['’]|notre|nos|our|such\s+as|tels?\s+que|comme|like|notamment)\s*$/iu,
          "",
        )
        .trim() ?? "",
    ).text;
    const allStems = stemsOf(phrase);
    const phraseStems = allStems.filter((k) => !NOT_A_SKILL.has(k));
    // "responsable RH", "sens du service public": a role or a manner, whatever follows.
    const isPhrase =
      phraseStems.length > 0 &&
      !ROLE_WORDS.has(allStems[0] ?? "") &&
      !/^(?:pour|afin|for|to)\b/iu.test(phrase) &&
      (part === "demand" ? stemsOf(phrase).length <= MAX_PHRASE_STEMS || hasSkill(phrase) : false);
    if (isPhrase) {
      const at = Math.max(0, text.indexOf(phrase));
      items.push({ start: base + at, end: base + at + phrase.length, kind: "skill", text: phrase });
    }
    if (part === "demand" || names.length > 0)
      for (const n of names)
        if (part === "demand" || /^[\p{Lu}\d+#-]{2,}$/u.test(text.slice(n.start, n.end)) === false)
          items.push({
            start: base + n.start,
            end: base + n.end,
            kind: "software",
            text: text.slice(n.start, n.end),
          });
  }
}

/**
 * The field a years demand names ("en audit légal", "as a data engineer", "of product management") and
 * how far the demand runs with it.
 */
function domainOf(
  clause: string,
  match: RegExpMatchArray & { index: number },
): { stems: string[]; end: number; inside: string } {
  const inside = /\bof\s+((?:[\p{L}-]+\s+){1,3}?)experience/iu.exec(match[0])?.[1]?.trim() ?? "";
  const end = match.index + match[0].length;
  const after =
    /^\s*(?:minimum\s+)?(?:en|in|as\s+an?|as|dans|chez|comme|au|aux|[àa]\s+la|at|of)\s+([^,.;:()]+?(?:\s+(?:ou|or)\s+[^,.;:()]+?)?)(?=\s+(?:et|and)\b|[,.;:()]|$)/iu.exec(
      clause.slice(end),
    );
  return {
    stems: stemsOf(`${inside} ${after?.[1] ?? ""}`).slice(0, 4),
    end: end + (after?.[0].length ?? 0),
    inside,
  };
}

/** The requirements one demand sentence states, in order. */
function itemsOf(clause: string, part: "demand" | "neutral", sentenceStart: number | null): Item[] {
  const items: Item[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of clause.matchAll(YEARS_DEMAND)) {
    const years = yearsOf(m[1]);
    if (years === undefined) continue;
    const domain = domainOf(clause, m);
    items.push({
      start: m.index,
      end: domain.end,
      kind: "years",
      text: clause.slice(m.index, domain.end).trim(),
      years,
      domain: domain.stems,
    });
    // "5 years of product management experience" also asks for product management.
    if (domain.inside && part === "demand") {
      const at = m.index + m[0].indexOf(domain.inside);
      items.push({ start: at, end: at + domain.inside.length, kind: "skill", text: domain.inside });
    }
    taken.push([m.index, domain.end]);
  }
  for (const pattern of KIND_PATTERNS)
    for (const m of clause.matchAll(pattern.re)) {
      const end = m.index + m[0].trimEnd().length;
      if (taken.some(([a, b]) => m.index < b && end > a)) continue;
      items.push({ start: m.index, end, kind: pattern.kind, text: m[0].trim() });
      taken.push([m.index, end]);
    }
  taken.sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  for (const [a, b] of [...taken, [clause.length, clause.length] as [number, number]]) {
    if (a > cursor) chunkItems(clause, cursor, a, part, sentenceStart, items);
    cursor = Math.max(cursor, b);
  }
  return items.sort((x, y) => x.start - y.start);
}

const ALTERNATIVE =
  /^\s*,?\s*(?:ou|or|\/)\s*(?:(?:d['’]\s*)?une?\s+|d['’]\s*|de\s+|an?\s+|any\s+|other\s+)?(?:(?:titre|dipl[ôo]me|certificat(?:ion)?|brevet|logiciel|outil)\s+)?$/iu;
const OPEN = /^\s*(?:\(|such\s+as|tels?\s+que|comme|like|notamment)\s*$/iu;
const LIST = /^\s*(?:,|ou|or|et|and|\/)\s*$/iu;

/** "X ou Y" become one requirement with two options; "X (A, B ou C)" one with X's examples as options. */
function group(clause: string, items: Item[]): Item[][] {
  const groups: Item[][] = [];
  let open = false;
  for (const item of items) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    // "DEAES (ex-DEAVS) ou titre ADVF": an alias in parentheses does not break the alternative.
    const gap = prev
      ? clause.slice(prev.end, item.start).replace(/\((?:ex[-\s]|anciennement|formerly)[^)]*\)/giu, "")
      : "";
    const joinable =
      last !== undefined && prev !== undefined && item.kind !== "years" && prev.kind !== "years";
    if (joinable && OPEN.test(gap) && item.kind !== "skill") {
      open = true;
      last.push(item);
    } else if (joinable && open && LIST.test(gap) && item.kind !== "skill") last.push(item);
    else if (joinable && ALTERNATIVE.test(gap)) {
      open = false;
      last.push(item);
    } else {
      open = false;
      groups.push([item]);
    }
  }
  return groups;
}

function requirementOf(items: Item[], clause: string): Requirement {
  const first = items[0] as Item;
  const last = items[items.length - 1] as Item;
  let label = first.text;
  if (items.length > 1) {
    label = clause.slice(first.start, last.end);
    if ((label.match(/\(/gu)?.length ?? 0) > (label.match(/\)/gu)?.length ?? 0)) label += ")";
  }
  const options: RequirementOption[] = items.map(optionOf);
  const named = items.find((it) => it.kind !== "skill" && it.kind !== "software");
  const kind: RequirementKind =
    named?.kind ?? (items.some((it) => it.kind === "software") ? "software" : "skill");
  return {
    key: labelKey(label) || options.map((o) => o.stems.join(" ")).join(" | "),
    label,
    kind,
    options,
    ...(first.years !== undefined ? { years: first.years } : {}),
    ...(first.domain && first.domain.length > 0 ? { domain: first.domain } : {}),
  };
}

// Words that head a diploma, a licence or a certification without saying which: "diplôme d'État" is not
// enough to be a nurse's, "habilitation électrique" not enough to be BR.
const HEADS = new Set(
  "diplome diplomes etat habilitation habilitations electrique electriques categorie categories cat permis certification"
    .split(" ")
    .map(stem),
);

function optionOf(item: Item): RequirementOption {
  const stems = stemsOf(item.text);
  const category =
    item.kind === "licence"
      ? /permis\s+(?:de\s+conduire\s+)?([A-Z]{1,2}\d?E?)\b/iu.exec(item.text)?.[1]
      : undefined;
  if (category) return { text: item.text, stems: ["permis"], needed: 1, category: category.toUpperCase() };
  const level = item.kind === "diploma" ? demandedLevel(item.text) : undefined;
  if (level !== undefined) return { text: item.text, stems: stemsOf(item.text), needed: 1, level };
  if (
    item.kind === "diploma" ||
    item.kind === "licence" ||
    item.kind === "certification" ||
    item.kind === "language"
  ) {
    const distinctive = stems.filter((k) => !HEADS.has(k));
    const use = distinctive.length > 0 ? distinctive : stems;
    return { text: item.text, stems: use, needed: use.length };
  }
  // "négociez avec les fournisseurs": the verb names the demand for the reader but a CV writes the noun
  // ("négociation") or nothing at all ("fournisseurs : contrats…"); the CV need not show it.
  const verb = /^\p{L}+ez\s/iu.test(item.text) && stems.length > 1 ? 1 : 0;
  const counted = stems.length - verb;
  const needed =
    counted <= 1
      ? counted
      : counted === 2
        ? item.kind === "software"
          ? 1
          : 2
        : Math.ceil((counted * 2) / 3);
  return { text: item.text, stems, needed };
}

// The title's own demands: "Soudeur TIG/MIG", "Frontend Engineer (React)". Only the job's name, before the
// first separator, and only acronyms or names the referentials know (not "(Bordeaux)", not "(H/F)").
const TITLE_NAME = /(?<![\p{L}\d])(?:[\p{Lu}]{2,6}(?:\/[\p{Lu}]{2,6})*|\(([\p{L}.+#]+)\))(?![\p{L}\d])/gu;

function titleItems(title: string): Item[][] {
  // "Le SAAD … recrute des auxiliaires de vie": the job's name follows the verb; what precedes is the company.
  const hiring =
    /\b(?:recrute|recrutons|recherchons|recherche|cherche|is\s+hiring|are\s+hiring|we['’]re\s+hiring)\b/iu.exec(
      title,
    );
  const from = hiring ? hiring.index + hiring[0].length : 0;
  const head = title.slice(from).split(/\s[—–|-]\s|,|\s:\s/u)[0] ?? "";
  const groups: Item[][] = [];
  for (const m of head.matchAll(TITLE_NAME)) {
    const word = m[1] ?? m[0];
    if (NOT_A_NAME.test(word) || /^(?:H\/F|F\/H|M\/F)$/u.test(word)) continue;
    if (
      m[1] !== undefined &&
      !skillLexicon()
        .find(word)
        .some((x) => x.key === stem(fold(word)) || x.key === fold(word))
    )
      continue;
    const at = from + m.index + (m[1] !== undefined ? 1 : 0);
    const parts = word.split("/");
    let cursor = at;
    groups.push(
      parts.map((p) => {
        const item: Item = { start: cursor, end: cursor + p.length, kind: "software", text: p };
        cursor += p.length + 1;
        return item;
      }),
    );
  }
  return groups;
}

// "Anglais non requis", "no degree required": the ad says what it does not ask for.
const NOT_REQUIRED =
  /\b(?:non|pas)\s+(?:requise?s?|exig[ée]e?s?|n[ée]cessaires?|obligatoires?|indispensables?)\b|\bnot\s+(?:required|needed|necessary|mandatory)\b|\bno\s+[\p{L}' ]{1,30}\s+(?:required|needed)\b|\bd[ée]butant(?:\(e\))?s?(?:\(e\)s)?\s+accept/iu;

export function analyseJob(job: string): JobProfile {
  const seen = new Set<string>();
  const requirements: Requirement[] = [];
  // One requirement per demand: a second wording of the same options (or a second years demand) adds none.
  const add = (items: Item[], clause: string) => {
    const r = requirementOf(items, clause);
    const id =
      r.kind === "years"
        ? "years"
        : r.options
            .map((o) => o.stems.join(" "))
            .sort()
            .join("|");
    if (!id || seen.has(id)) return;
    seen.add(id);
    requirements.push(r);
  };
  for (const clause of readJob(job)) {
    if (clause.title) for (const items of titleItems(clause.text)) add(items, clause.text);
    if (clause.part === "other" || NOT_REQUIRED.test(clause.text)) continue;
    const items = itemsOf(clause.text, clause.part, clause.afterHeading ? null : 0);
    for (const grouped of group(clause.text, items)) add(grouped, clause.text);
  }
  const years = requirements.flatMap((r) => (r.years !== undefined ? [r.years] : []));
  return { requirements, yearsRequired: years.length > 0 ? Math.max(...years) : null };
}

/** Every key of one to maxTokens consecutive content words: a requirement is met when one of its synonyms is here. */
export function keysOf(text: string): Set<string> {
  const lexicon = skillLexicon();
  const keys = new Set<string>();
  for (const seg of segments(text))
    for (let i = 0; i < seg.length; i++)
      for (let n = 1; n <= lexicon.maxTokens && i + n <= seg.length; n++)
        keys.add(
          seg
            .slice(i, i + n)
            .map((t) => t.key)
            .join(" "),
        );
  return keys;
}

/** A CV as the matcher reads it: its lines of stemmed tokens, and every key of consecutive words. */
export interface CvIndex {
  text: string;
  keys: Set<string>;
  segments: ReturnType<typeof segments>;
  lines: ReturnType<typeof segments>[number][];
  stems: Set<string>;
}

export function indexCv(text: string): CvIndex {
  const segs = segments(text);
  const lines: CvIndex["lines"] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const end = lineStart + line.length;
    lines.push(segs.flat().filter((t) => t.start >= lineStart && t.end <= end));
    lineStart = end + 1;
  }
  return { text, keys: keysOf(text), segments: segs, lines, stems: new Set(segs.flat().map((t) => t.key)) };
}

const LICENCES =
  /\b[Pp]ermis(?:\s+de\s+conduire)?\s*:?\s*((?:[A-E]{1,2}\d?E?)(?:\s*(?:,|et|and|\/|-)\s*[A-E]{1,2}\d?E?)*)\b/gu;

/** The CV's words for one option: the stretch of one line holding enough of its stems. */
function optionEvidence(option: RequirementOption, cv: CvIndex): string | null {
  if (option.level !== undefined) {
    const best = highestLevel(cv.text);
    return best && best.level >= option.level ? best.evidence : null;
  }
  if (option.category) {
    for (const m of cv.text.matchAll(LICENCES))
      if ((m[1] ?? "").split(/\s*(?:,|et|and|\/|-)\s*/u).includes(option.category)) return m[0];
    return null;
  }
  const want = new Set(option.stems);
  if (want.size > 0 && option.needed > 0) {
    for (const line of cv.lines) {
      const hits = line.filter((t) => want.has(t.key));
      if (new Set(hits.map((h) => h.key)).size >= option.needed) {
        const first = hits[0];
        const lastHit = hits[hits.length - 1];
        if (first && lastHit)
          return lastHit.end - first.start <= 80
            ? cv.text.slice(first.start, lastHit.end)
            : cv.text.slice(first.start, first.end);
      }
    }
  }
  // Through the referentials: a synonym of a skill the option names ("DEAS" → "diplôme d'État d'aide-soignant").
  const lexicon = skillLexicon();
  for (const m of lexicon.find(option.text)) {
    if (!m.key.includes(" ") && NOT_A_SKILL.has(m.key)) continue;
    if (m.key.split(" ").length < Math.min(option.needed, 2)) continue;
    for (const key of lexicon.synonyms(m.key)) {
      if (!cv.keys.has(key)) continue;
      const parts = key.split(" ");
      for (const seg of cv.segments)
        for (let i = 0; i + parts.length <= seg.length; i++)
          if (parts.every((p, j) => seg[i + j]?.key === p)) {
            const a = seg[i];
            const b = seg[i + parts.length - 1];
            if (a && b) return cv.text.slice(a.start, b.end);
          }
    }
  }
  return null;
}

/** Whether the CV meets the requirement, and with which of its words; a years requirement needs the years. */
export function evidenceFor(
  requirement: Requirement,
  cv: CvIndex,
  years: number | null,
): MetRequirement | null {
  if (requirement.kind === "years") {
    if (years === null || requirement.years === undefined || years < requirement.years) return null;
    // Years "en audit légal" are not met by years in another field: the CV must name the field.
    if (requirement.domain && !requirement.domain.some((k) => cv.stems.has(k))) return null;
    return { label: requirement.label, evidence: `${String(years).replace(".", ",")} ans` };
  }
  for (const option of requirement.options) {
    const evidence = optionEvidence(option, cv);
    if (evidence) return { label: requirement.label, evidence };
  }
  return null;
}

/** Whether a CV's text meets the requirement (years requirements need the CV's years: see evidenceFor). */
export function meets(requirement: Requirement, cvText: string): boolean {
  return evidenceFor(requirement, indexCv(cvText), null) !== null;
}
