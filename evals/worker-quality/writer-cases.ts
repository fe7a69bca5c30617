// The worker-quality sets (evals/suites/worker-quality/<worker>.yaml): recruiters' inputs with the facts a
// publishable output must hold. One schema per worker; a set names its worker so a file cannot be scored
// by the wrong scorer. `split: held-out` cases are never used to tune a worker: figures are given apart.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { CRITERIA } from "../../core/contract.js";
import { InvalidInputError } from "../../core/errors.js";
import { fromRoot } from "../../core/paths.js";

/** `fresh` (scored, then tuned on) and `fresh-2` (held out): session 4's batch, written before its changes. */
export const SPLITS = ["tune", "held-out", "fresh", "fresh-2"] as const;
export const Split = z.enum(SPLITS);
export type Split = z.infer<typeof Split>;
/** The splits never tuned on: their figures are the ones that say how a worker generalises. */
export const HELD_OUT_SPLITS: ReadonlySet<Split> = new Set(["held-out", "fresh-2"]);

export const AD_SECTIONS = ["entreprise", "missions", "profil", "conditions"] as const;
export const AdSection = z.enum(AD_SECTIONS);
export type AdSection = z.infer<typeof AdSection>;

export const SUMMARY_SECTIONS = ["parcours", "competences", "souhaits", "appreciation"] as const;
export const SummarySection = z.enum(SUMMARY_SECTIONS);
export type SummarySection = z.infer<typeof SummarySection>;

const caseBase = {
  id: z.string().regex(/^[\w.:-]+$/u, "letters, digits, . _ : -"),
  split: Split,
  style: z.string().min(1),
};

export const AdCase = z.object({
  ...caseBase,
  brief: z.string().min(1),
  expect: z.object({
    title: z.string().regex(/\(H\/F\)$/u, "a title ends with (H/F)"),
    titleAlternatives: z.array(z.string()).default([]),
    sections: z.partialRecord(AdSection, z.array(z.string().min(1))),
    absent: z.array(z.string().min(1)).default([]),
    briefCriteria: z.array(z.enum(CRITERIA)).default([]),
  }),
});
export type AdCase = z.infer<typeof AdCase>;

export const SummaryCase = z.object({
  ...caseBase,
  sources: z.array(z.string().min(1)).min(1),
  expect: z.object({
    facts: z.array(z.object({ section: SummarySection, any: z.array(z.string().min(1)).min(1) })).min(1),
    absent: z.array(z.string().min(1)).default([]),
    maxRepeats: z.number().int().min(0).optional(),
  }),
});
export type SummaryCase = z.infer<typeof SummaryCase>;

export const WORKER_SETS = {
  ad_writing: AdCase,
  summary: SummaryCase,
} as const;
export type ScoredWorker = keyof typeof WORKER_SETS;
export const SCORED_WORKERS = Object.keys(WORKER_SETS) as ScoredWorker[];

const FILE_OF: Record<ScoredWorker, string> = { ad_writing: "ad-writing.yaml", summary: "summary.yaml" };

export function setPath(worker: ScoredWorker): string {
  return fromRoot("evals", "suites", "worker-quality", FILE_OF[worker]);
}

/** Reads and validates one worker's set; every problem is named with the case and the field. */
export async function loadSet<W extends ScoredWorker>(
  worker: W,
  path = setPath(worker),
): Promise<Array<z.infer<(typeof WORKER_SETS)[W]>>> {
  const { parse } = await import("yaml");
  const raw: unknown = parse(readFileSync(path, "utf8"));
  const file = z.object({ worker: z.literal(worker), cases: z.array(z.unknown()).min(1) }).safeParse(raw);
  if (!file.success) throw new InvalidInputError(`${path}: ${file.error.issues[0]?.message ?? "invalid"}`);
  const schema = WORKER_SETS[worker];
  const problems: string[] = [];
  const cases: Array<z.infer<(typeof WORKER_SETS)[W]>> = [];
  const seen = new Set<string>();
  file.data.cases.forEach((c, i) => {
    const parsed = schema.safeParse(c);
    if (!parsed.success) {
      problems.push(
        ...parsed.error.issues.map((issue) => `cases[${i}].${issue.path.join(".")}: ${issue.message}`),
      );
      return;
    }
    if (seen.has(parsed.data.id)) problems.push(`cases[${i}].id: ${parsed.data.id} used twice`);
    seen.add(parsed.data.id);
    cases.push(parsed.data as z.infer<(typeof WORKER_SETS)[W]>);
  });
  if (problems.length > 0) throw new InvalidInputError(`${path}:\n  ${problems.join("\n  ")}`);
  return cases;
}
