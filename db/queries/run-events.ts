// What a run's event stream reads on each poll: the steps begun since the last one sent, and the findings.
import { and, asc, eq, gt } from "drizzle-orm";
import type { Database } from "../client.js";
import { findings, runSteps } from "../schema.js";
import type { FindingRow, StepRow } from "./runs.js";

export async function stepsAfter(db: Database, runId: string, seq: number, limit = 500): Promise<StepRow[]> {
  return db
    .select()
    .from(runSteps)
    .where(and(eq(runSteps.runId, runId), gt(runSteps.seq, seq)))
    .orderBy(asc(runSteps.seq))
    .limit(limit);
}

export async function findingsOfRun(db: Database, runId: string): Promise<FindingRow[]> {
  return db
    .select()
    .from(findings)
    .where(eq(findings.runId, runId))
    .orderBy(asc(findings.revision), asc(findings.start));
}
