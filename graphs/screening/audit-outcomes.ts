// Copies what a bias audit needs of each screening run into screening_outcomes: per CV, the screener's score,
// rank and recommendation (from its trace step, so a run decided, rejected or still waiting counts the same:
// the audit is of the tool's output) beside the categories the candidate declared. Runs before the
// candidate-data purge (runtime/retention.ts) and before the audit reads, so nothing is lost to either.
import { z } from "zod";
import { SelfDeclared } from "../../core/audit-categories.js";
import type { Database } from "../../db/client.js";
import { insertOutcomes, runsWithoutOutcomes } from "../../db/queries/screening-outcomes.js";

const Ranked = z.array(
  z.object({ id: z.string(), score: z.number(), rank: z.number().int(), recommendation: z.string() }),
);
const Cvs = z.object({
  cvs: z.array(z.object({ id: z.string(), selfDeclared: SelfDeclared.optional() }).passthrough()),
});

export async function syncScreeningOutcomes(db: Database): Promise<number> {
  let copied = 0;
  for (let batch = await runsWithoutOutcomes(db); batch.length; batch = await runsWithoutOutcomes(db)) {
    let wrote = 0;
    for (const run of batch) {
      const ranking = Ranked.safeParse(run.ranking);
      const input = Cvs.safeParse(run.input);
      if (!ranking.success || !input.success || ranking.data.length === 0) continue;
      const declared = new Map(input.data.cvs.map((cv) => [cv.id, cv.selfDeclared ?? {}]));
      await insertOutcomes(
        db,
        ranking.data.map((r) => ({
          runId: run.runId,
          candidateId: r.id,
          sex: declared.get(r.id)?.sex ?? null,
          raceEthnicity: declared.get(r.id)?.raceEthnicity ?? null,
          score: r.score,
          rank: r.rank,
          recommendation: r.recommendation,
          createdAt: run.createdAt,
        })),
      );
      wrote++;
    }
    copied += wrote;
    // A batch of runs that cannot be read (no ranking) would come back forever: stop there.
    if (wrote === 0) break;
  }
  return copied;
}
