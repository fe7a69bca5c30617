// One vocabulary per protected criterion, as data (core/vocabulary/<criterion>.yaml), read by the
// discrimination guard, the screener's redaction and the document checker's privacy filter alike, so a
// criterion's words live in one place. A file holds:
//  - entries: the guard's patterns (folded text: lower case, no accents), how strong they are, where they
//    count, which rule each use names, an optional named validator, and examples that must flag and must
//    pass (checked by guards/discrimination/vocabulary.test.ts);
//  - redaction: what the screener removes from a CV before scoring (a labelled field, a clause, a word);
//  - privacy: words that mark a value as special-category data (the document checker never keeps it).
// `{{NAME}}` in a pattern is a macro from _macros.yaml (a number of years in words, a list of languages…),
// or one the loader derives (FEM_TITLES, MASC_TITLES from the job titles in sex.yaml).
// A broken file stops start-up with a ConfigurationError naming the file and the entry.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { CRITERIA, Criterion, Jurisdiction, TextKind } from "../contract.js";
import { ConfigurationError } from "../errors.js";
import { fromRoot } from "../paths.js";
import { readYamlData } from "../yaml-data.js";
import { VALIDATORS, type Validator } from "./validators.js";

/** Where a guard entry counts: a demand in an ad or a policy, a question put to the candidate, a rationale, a summary. */
export const USES = ["requirement", "question", "rationale", "summary"] as const;
export const Use = z.enum(USES);
export type Use = z.infer<typeof Use>;

export const STRENGTHS = ["explicit", "term"] as const;
export type Strength = (typeof STRENGTHS)[number];

const Example = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), kind: TextKind.optional(), jurisdiction: Jurisdiction.optional() }),
]);

const EntryFile = z.object({
  id: z.string().min(1),
  criteria: z.array(Criterion),
  strength: z.enum(STRENGTHS),
  uses: z.array(Use).optional(),
  personOnly: z.boolean().optional(),
  rules: z
    .object({ ad: z.string(), iq: z.string(), sc: z.string(), summary: z.string() })
    .partial()
    .optional(),
  validator: z.string().optional(),
  /** For an entry that names several criteria by its words ("réservé aux femmes / aux seniors"). */
  criteriaByMatch: z.partialRecord(Criterion, z.string()).optional(),
  patterns: z.array(z.string().min(1)).min(1),
  examples: z
    .object({ flag: z.array(Example).default([]), pass: z.array(Example).default([]) })
    .default({ flag: [], pass: [] }),
});

export const REACHES = ["match", "clause", "field"] as const;

const RedactionFile = z
  .object({
    what: z.string().min(1),
    reach: z.enum(REACHES),
    /** A field label ("Nationalité", "Date de naissance"): the whole labelled line goes. */
    label: z.string().min(1).optional(),
    pattern: z.string().min(1).optional(),
    /** A macro naming what clears the clause (work with people who have the condition). */
    unless: z.string().optional(),
    caseSensitive: z.boolean().optional(),
  })
  .refine(
    (r) => (r.label === undefined) !== (r.pattern === undefined),
    "give a label or a pattern, not both",
  );

const VocabularyFile = z.object({
  criterion: Criterion,
  redaction: z.array(RedactionFile).default([]),
  entries: z.array(EntryFile).default([]),
  privacy: z.array(z.string().min(1)).default([]),
  /** Job titles in the feminine and the masculine (sex.yaml): one-sex titles and the FEM/MASC_TITLES macros. */
  titles: z.array(z.tuple([z.string(), z.string()])).optional(),
});

export interface VocabularyExample {
  text: string;
  kind?: TextKind;
  jurisdiction?: Jurisdiction;
}

export interface VocabularyEntry {
  id: string;
  /** The file it comes from. */
  file: Criterion;
  criteria: Criterion[];
  strength: Strength;
  uses?: Use[];
  personOnly?: boolean;
  rules: { ad?: string; iq?: string; sc?: string; summary?: string };
  validator?: Validator;
  validatorName?: string;
  criteriaByMatch?: ReadonlyArray<[RegExp, Criterion]>;
  /** Every pattern as one global, word-bounded expression, compiled once. */
  re: RegExp;
  examples: { flag: VocabularyExample[]; pass: VocabularyExample[] };
}

/** One thing the screener removes from a CV, as regular-expression sources with macros expanded. */
export interface RedactionPattern {
  criterion: Criterion;
  what: string;
  reach: (typeof REACHES)[number];
  label?: string;
  pattern?: string;
  unless?: string;
  caseSensitive: boolean;
}

export interface Vocabulary {
  entries: readonly VocabularyEntry[];
  redaction: readonly RedactionPattern[];
  /** Special-category words by criterion (document checker, CNIL/RGPD art. 9). */
  privacy: ReadonlyMap<Criterion, readonly string[]>;
  /** [feminine, masculine] job titles, folded. */
  titles: ReadonlyArray<[string, string]>;
}

export const VOCABULARY_DIR = fromRoot("core", "vocabulary");
const MACRO = /\{\{([A-Z_]+)\}\}/g;

function readYaml(path: string): unknown {
  try {
    return readYamlData(path);
  } catch (error) {
    throw new ConfigurationError(`Vocabulary file ${path} is not valid YAML`, { path, cause: String(error) });
  }
}

function expand(pattern: string, macros: Readonly<Record<string, string>>, where: string, depth = 0): string {
  if (depth > 5) throw new ConfigurationError(`Macro loop in ${where}`, { where });
  return pattern.replace(MACRO, (_, name: string) => {
    const value = macros[name];
    if (value === undefined) throw new ConfigurationError(`Unknown macro {{${name}}} in ${where}`, { where });
    return expand(value, macros, where, depth + 1);
  });
}

function compile(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new ConfigurationError(`Bad pattern in ${where}: ${String(error)}`, { where });
  }
}

export function loadVocabulary(dir: string = VOCABULARY_DIR): Vocabulary {
  const macroFile = z.record(z.string(), z.string()).safeParse(readYaml(join(dir, "_macros.yaml")));
  if (!macroFile.success) throw new ConfigurationError(`${dir}/_macros.yaml: ${macroFile.error.message}`);
  const files = new Map<Criterion, z.infer<typeof VocabularyFile>>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".yaml") && !f.startsWith("_"))) {
    const parsed = VocabularyFile.safeParse(readYaml(join(dir, name)));
    if (!parsed.success) throw new ConfigurationError(`Vocabulary file ${name}: ${parsed.error.message}`);
    if (`${parsed.data.criterion}.yaml` !== name)
      throw new ConfigurationError(`Vocabulary file ${name} declares criterion ${parsed.data.criterion}`);
    files.set(parsed.data.criterion, parsed.data);
  }
  const titles = (files.get("sex")?.titles ?? []) as Array<[string, string]>;
  const single = (i: 0 | 1) =>
    titles
      .map((t) => t[i])
      .filter((t) => !t.includes(" "))
      .join("|");
  const macros = { ...macroFile.data, FEM_TITLES: single(0), MASC_TITLES: single(1) };
  const entries: VocabularyEntry[] = [];
  const privacy = new Map<Criterion, string[]>();
  const redaction: RedactionPattern[] = [];
  const seen = new Set<string>();
  // Contract order, then file order: ties between equally long matches go to the earlier entry.
  for (const criterion of CRITERIA) {
    const file = files.get(criterion);
    if (!file) continue;
    privacy.set(criterion, file.privacy);
    for (const r of file.redaction) {
      const where = `${criterion}.yaml redaction ${r.what}`;
      const item: RedactionPattern = {
        criterion,
        what: r.what,
        reach: r.reach,
        caseSensitive: !!r.caseSensitive,
      };
      if (r.label) item.label = expand(r.label, macros, where);
      if (r.pattern) item.pattern = expand(r.pattern, macros, where);
      if (r.unless) item.unless = expand(`{{${r.unless}}}`, macros, where);
      redaction.push(item);
    }
    for (const e of file.entries) {
      const where = `${criterion}.yaml entry ${e.id}`;
      if (seen.has(e.id)) throw new ConfigurationError(`Duplicate vocabulary entry id ${e.id}`, { where });
      seen.add(e.id);
      const validator = e.validator === undefined ? undefined : VALIDATORS[e.validator];
      if (e.validator !== undefined && !validator)
        throw new ConfigurationError(`Unknown validator ${e.validator} in ${where}`, { where });
      const parts = e.patterns.map((p) => expand(p, macros, where));
      const entry: VocabularyEntry = {
        id: e.id,
        file: criterion,
        criteria: e.criteria,
        strength: e.strength,
        rules: e.rules ?? {},
        re: compile(`\\b(?:${parts.join("|")})\\b`, "g", where),
        examples: {
          flag: e.examples.flag.map((x) => (typeof x === "string" ? { text: x } : x)),
          pass: e.examples.pass.map((x) => (typeof x === "string" ? { text: x } : x)),
        },
      };
      if (e.uses) entry.uses = e.uses;
      if (e.personOnly) entry.personOnly = true;
      if (validator && e.validator) {
        entry.validator = validator;
        entry.validatorName = e.validator;
      }
      if (e.criteriaByMatch)
        entry.criteriaByMatch = Object.entries(e.criteriaByMatch).map(
          ([c, p]) => [compile(p, "", where), Criterion.parse(c)] as [RegExp, Criterion],
        );
      entries.push(entry);
    }
  }
  return { entries, redaction, privacy, titles };
}

let cached: Vocabulary | undefined;

/** The shipped vocabulary, read once per process. */
export function vocabulary(): Vocabulary {
  cached ??= loadVocabulary();
  return cached;
}
