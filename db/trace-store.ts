// Persists a run's trace as it happens, so a crash mid-run still leaves what was done readable.
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import PQueue from "p-queue";
import type { Clock, IdSource } from "../core/clock.js";
import type { Finding } from "../core/contract.js";
import type { ModelCallRecord } from "../core/models.js";
import type { StepHandle, StepKind, StepStatus, Tracer } from "../core/trace.js";
import type { Database } from "./client.js";
import { findings, modelCalls, runSteps } from "./schema.js";

export interface TraceStoreDeps {
  db: Database;
  clock: Clock;
  ids: IdSource;
}

/**
 * Findings per INSERT. Building one statement is synchronous work (Drizzle's query builder, then the
 * embedded database's run of it), and a large run's guard step lists hundreds of findings: one INSERT of
 * 80 findings held the event loop about 90 ms under load during a 200-CV screening (#9 point 5).
 */
const FINDING_BATCH_ROWS = 25;

/**
 * A run's trace writes in flight at once. A guard step over 200 CVs closes about 1,000 steps at the same
 * moment; sent together they queued 1,000 statements in front of every other request's query (the
 * embedded database is one session; a PostgreSQL pool has 10 connections), and `/health` waited seconds
 * for its `select 1` (#9 point 5). Queued here instead, they leave the database to others between two.
 */
const TRACE_WRITES_IN_FLIGHT = 2;

export class DbTracer implements Tracer {
  private stepsMade = 0;
  private firstSeq: Promise<number> | undefined;
  private readonly writes = new PQueue({ concurrency: TRACE_WRITES_IN_FLIGHT });

  constructor(
    readonly runId: string,
    private readonly deps: TraceStoreDeps,
  ) {}

  /** Runs a write of this trace when fewer than TRACE_WRITES_IN_FLIGHT are under way. */
  private write<T>(work: () => Promise<T>): Promise<T> {
    return this.writes.add(work);
  }

  /**
   * Numbered in the order the steps were opened (counted before any wait); a resumed run continues the
   * numbering of the steps already written.
   */
  private async nextSeq(): Promise<number> {
    const made = ++this.stepsMade;
    this.firstSeq ??= this.deps.db
      .select({ max: sql<number | null>`max(${runSteps.seq})` })
      .from(runSteps)
      .where(eq(runSteps.runId, this.runId))
      .then(([row]) => Number(row?.max ?? 0));
    return (await this.firstSeq) + made;
  }

  async step(kind: StepKind, name: string, input?: unknown, parentStepId?: string): Promise<StepHandle> {
    const id = this.deps.ids.next();
    const seq = await this.nextSeq();
    await this.write(() =>
      this.deps.db.insert(runSteps).values({
        id,
        runId: this.runId,
        parentStepId: parentStepId ?? null,
        seq,
        kind,
        name,
        status: "running",
        input: input ?? null,
        startedAt: this.deps.clock.now(),
      }),
    );
    return {
      id,
      end: async (output?: unknown, status: Exclude<StepStatus, "running"> = "ok") => {
        const endedAt = this.deps.clock.now();
        await this.write(() =>
          this.deps.db
            .update(runSteps)
            .set({ output: output ?? null, status, endedAt })
            .where(eq(runSteps.id, id)),
        );
      },
    };
  }

  async modelCall(record: ModelCallRecord, stepId?: string): Promise<void> {
    const createdAt = this.deps.clock.now();
    await this.write(() =>
      this.deps.db.insert(modelCalls).values({
        id: this.deps.ids.next(),
        runId: this.runId,
        stepId: stepId ?? null,
        provider: record.provider,
        model: record.model,
        promptName: record.promptName,
        promptVersion: record.promptVersion,
        inputTokens: record.inputTokens,
        outputTokens: record.outputTokens,
        latencyMs: record.latencyMs,
        attempts: record.attempts,
        offline: record.offline,
        error: record.error ?? null,
        createdAt,
      }),
    );
  }

  /**
   * A finding's id is derived from what it says (run, revision, guard, rule, target, span, evidence), so that a
   * step run again after a crash (a worker killed mid-job, taken over from its checkpoint) writes nothing twice.
   */
  async findings(list: Finding[], options: { stepId?: string; revision: number }): Promise<void> {
    if (list.length === 0) return;
    const idOf = (f: Finding) =>
      `${this.runId}:f:${createHash("sha256")
        .update(
          JSON.stringify([options.revision, f.guard, f.rule, f.target ?? null, f.start, f.end, f.evidence]),
        )
        .digest("hex")
        .slice(0, 32)}`;
    const rows = list.map((f) => ({
      id: idOf(f),
      runId: this.runId,
      stepId: options.stepId ?? null,
      revision: options.revision,
      guard: f.guard,
      rule: f.rule,
      criteria: f.criteria,
      severity: f.severity,
      start: f.start,
      end: f.end,
      evidence: f.evidence,
      legalBasis: f.legalBasis,
      suggestion: f.suggestion ?? null,
      explanation: f.explanation ?? null,
      target: f.target ?? null,
      createdAt: this.deps.clock.now(),
    }));
    for (let start = 0; start < rows.length; start += FINDING_BATCH_ROWS) {
      const batch = rows.slice(start, start + FINDING_BATCH_ROWS);
      await this.write(() =>
        this.deps.db.insert(findings).values(batch).onConflictDoNothing({ target: findings.id }),
      );
    }
  }
}
