// Persists a run's trace as it happens, so a crash mid-run still leaves what was done readable.
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
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

export class DbTracer implements Tracer {
  private seq = 0;
  private seqLoaded = false;

  constructor(
    readonly runId: string,
    private readonly deps: TraceStoreDeps,
  ) {}

  /** A resumed run continues the numbering of the steps already written. */
  private async nextSeq(): Promise<number> {
    if (!this.seqLoaded) {
      const [row] = await this.deps.db
        .select({ max: sql<number | null>`max(${runSteps.seq})` })
        .from(runSteps)
        .where(eq(runSteps.runId, this.runId));
      this.seq = Number(row?.max ?? 0);
      this.seqLoaded = true;
    }
    this.seq += 1;
    return this.seq;
  }

  async step(kind: StepKind, name: string, input?: unknown, parentStepId?: string): Promise<StepHandle> {
    const id = this.deps.ids.next();
    await this.deps.db.insert(runSteps).values({
      id,
      runId: this.runId,
      parentStepId: parentStepId ?? null,
      seq: await this.nextSeq(),
      kind,
      name,
      status: "running",
      input: input ?? null,
      startedAt: this.deps.clock.now(),
    });
    return {
      id,
      end: async (output?: unknown, status: Exclude<StepStatus, "running"> = "ok") => {
        await this.deps.db
          .update(runSteps)
          .set({ output: output ?? null, status, endedAt: this.deps.clock.now() })
          .where(eq(runSteps.id, id));
      },
    };
  }

  async modelCall(record: ModelCallRecord, stepId?: string): Promise<void> {
    await this.deps.db.insert(modelCalls).values({
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
      createdAt: this.deps.clock.now(),
    });
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
    await this.deps.db.insert(findings).values(rows).onConflictDoNothing({ target: findings.id });
  }
}
