// The worker-quality cases: job descriptions with the requirements a recruiter reads in them and CVs with
// what they meet, documents with the fields a recruiter reads on them. One folder per worker under
// evals/suites/worker-quality/, a development file (tuned on) and a held-out file (never tuned on).
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { REQUIREMENT_KINDS } from "../../agents/screener/types.js";
import { Criterion } from "../../core/contract.js";
import { fromRoot } from "../../core/paths.js";

export const SPLITS = ["dev", "held-out", "fresh", "fresh-2"] as const;
/** Splits a worker may not have: "fresh" is a batch written later, before a new round of tuning. */
const OPTIONAL_SPLITS: ReadonlySet<Split> = new Set(["fresh", "fresh-2"]);
export type Split = (typeof SPLITS)[number];

/** The suite's today: "aujourd'hui" and "Present" in the CVs, expiry and "in the future" in documents. */
export const SUITE_NOW = new Date("2026-12-01T00:00:00Z");

const ExpectedRequirement = z.object({
  text: z.string().min(1),
  kind: z.enum(REQUIREMENT_KINDS),
  options: z.array(z.string().min(1)).min(2).optional(),
});
export type ExpectedRequirement = z.infer<typeof ExpectedRequirement>;

const ScreeningCase = z.object({
  id: z.string().min(1),
  lang: z.enum(["fr", "en"]),
  job: z.string().min(1),
  requirements: z.array(ExpectedRequirement).min(1),
  yearsRequired: z.number().positive().optional(),
  cvs: z
    .array(
      z.object({
        id: z.string().min(1),
        text: z.string().min(1),
        /** Texts of the expected requirements this CV meets; the others it does not. */
        matched: z.array(z.string()),
        years: z.number().min(0),
      }),
    )
    .min(1),
});
export type ScreeningCase = z.infer<typeof ScreeningCase>;

const DocumentCase = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  kind: z.string().min(1),
  /** null: the document does not give it, and nothing may be read for it. */
  fields: z.record(z.string(), z.string().nullable()),
  /** Whether the run must wait for a person (a failed check or a missing expected field). */
  review: z.boolean(),
  issues: z.array(z.string()).optional(),
  /**
   * The protected criteria the document asks the candidate for (a form): the run must wait for a person
   * and the guards must name each. `[]`: it asks nothing protected, and nothing may be flagged.
   */
  asks: z.array(Criterion).optional(),
});
export type DocumentCase = z.infer<typeof DocumentCase>;

function read<T>(worker: string, split: Split, key: string, schema: z.ZodType<T>): T[] {
  const file = fromRoot("evals", "suites", "worker-quality", worker, `${split}.yaml`);
  if (OPTIONAL_SPLITS.has(split) && !existsSync(file)) return [];
  const parsed = z.object({ [key]: z.array(schema) }).safeParse(parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new Error(
      `${worker}/${split}.yaml: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return parsed.data[key] as T[];
}

export function screeningCases(split: Split): ScreeningCase[] {
  const cases = read("screening", split, "jobs", ScreeningCase);
  for (const c of cases)
    for (const cv of c.cvs)
      for (const m of cv.matched)
        if (!c.requirements.some((r) => r.text === m))
          throw new Error(
            `screening/${split}.yaml: ${c.id}/${cv.id} matches "${m}", not a requirement of the job`,
          );
  return cases;
}

export function documentCases(split: Split): DocumentCase[] {
  return read("document-check", split, "documents", DocumentCase);
}
