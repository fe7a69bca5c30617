// Storing one eval run and its case results, in one transaction (a half-stored run would be read back as a
// baseline). Used by `garde-fou eval --db` directly, and by POST /v1/evals when a server holds the directory.
import type { Database } from "../client.js";
import { evalCaseResults, evalRuns } from "../schema.js";

export interface EvalRunRows {
  run: typeof evalRuns.$inferInsert;
  cases: (typeof evalCaseResults.$inferInsert)[];
}

const CHUNK = 250;

export async function insertEvalRun(db: Database, rows: EvalRunRows): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(evalRuns).values(rows.run);
    for (let i = 0; i < rows.cases.length; i += CHUNK)
      await tx.insert(evalCaseResults).values(rows.cases.slice(i, i + CHUNK));
  });
}
