// The hate-speech lexicon as data: guards/hate-speech/lexicon/<language>.yaml. Each entry names the
// lexicon class it adds to (who is targeted, what is said of them, what takes it back), its phrases
// (written as people write them; a trailing "*" matches any ending), and examples that must be flagged and
// must pass, all run by one test (lexicon-data.test.ts). Merged into the hand-written lexicons at load.
import { z } from "zod";
import { fromRoot } from "../../core/paths.js";
import { readYamlData } from "../../core/yaml-data.js";
import type { LexiconExtension } from "./lexicon-broad.js";
import { HATE_CRITERIA, type HateCriterion, LEXICON_CLASS_KEYS, LEXICON_CLASSES } from "./lexicon-types.js";

const Entry = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** What the phrases say: the lexicon class they join. */
    class: z.enum(LEXICON_CLASS_KEYS),
    criterion: z.enum(HATE_CRITERIA).optional(),
    /** Why the entry exists, in one line (the meaning it captures, not the words). */
    means: z.string().min(1),
    phrases: z.array(z.string().min(1)).min(1),
    examples: z.object({
      flag: z.array(z.string().min(1)).default([]),
      pass: z.array(z.string().min(1)).default([]),
    }),
  })
  .strict()
  .refine((e) => LEXICON_CLASSES[e.class].perCriterion === (e.criterion !== undefined), {
    message: "groups, groupAdjectives and slurs need a criterion; other classes take none",
  })
  .refine((e) => e.examples.flag.length + e.examples.pass.length > 0, {
    message: "an entry needs at least one example (flag or pass)",
  });
export type LexiconEntry = z.infer<typeof Entry>;

const File = z.object({ language: z.enum(["fr", "en"]), entries: z.array(Entry) }).strict();

export function lexiconFile(language: "fr" | "en"): string {
  return fromRoot("guards", "hate-speech", "lexicon", `${language}.yaml`);
}

export function loadLexiconEntries(language: "fr" | "en", path = lexiconFile(language)): LexiconEntry[] {
  const parsed = File.safeParse(readYamlData(path));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  if (parsed.data.language !== language) throw new Error(`${path}: language is ${parsed.data.language}`);
  const ids = new Set<string>();
  for (const e of parsed.data.entries) {
    if (ids.has(e.id)) throw new Error(`${path}: entry id ${e.id} twice`);
    ids.add(e.id);
  }
  return parsed.data.entries;
}

/** The entries of a language as an extension of its hand-written lexicon. */
export function extensionOf(entries: readonly LexiconEntry[]): LexiconExtension {
  const plain = new Map<string, string[]>();
  const byCriterion = new Map<string, Partial<Record<HateCriterion, string[]>>>();
  for (const e of entries) {
    if (e.criterion) {
      const table = byCriterion.get(e.class) ?? {};
      table[e.criterion] = [...(table[e.criterion] ?? []), ...e.phrases];
      byCriterion.set(e.class, table);
    } else plain.set(e.class, [...(plain.get(e.class) ?? []), ...e.phrases]);
  }
  return Object.fromEntries([...plain, ...byCriterion]) as LexiconExtension;
}
