// Counterfactual consistency on live traffic: a sample of real screenings (those whose CVs are still kept)
// is scored twice by the screener, as submitted and with every CV's protected attributes swapped
// (counterfactual-swaps.ts); the share of candidates whose rank does not move is the figure. Both scorings
// run now, with the same engine, so only the swap differs. The result is written to the audit log.
import { z } from "zod";
import type { Clock, IdSource } from "../../core/clock.js";
import type { ModelEngine } from "../../core/models.js";
import type { Database } from "../../db/client.js";
import { appendAudit, listAudit } from "../../db/queries/audit.js";
import { recentScreeningInputs } from "../../db/queries/screening-outcomes.js";
import { rescore } from "../../graphs/screening/rescore.js";
import { counterfactualCv } from "./counterfactual-swaps.js";

export const COUNTERFACTUAL_ACTION = "audit.counterfactual";
const MOVED_KEPT = 50;

const Input = z.object({ job: z.string(), cvs: z.array(z.object({ id: z.string(), text: z.string() })) });

export interface CounterfactualView {
  at: Date;
  actor: string;
  runs: number;
  candidates: number;
  stable: number;
  maxScoreDelta: number;
  moved: Array<{ runId: string; candidateId: string; rankBefore: number; rankAfter: number }>;
}

export interface CounterfactualDeps {
  db: Database;
  engine: ModelEngine;
  clock: Clock;
  ids: IdSource;
}

export async function measureCounterfactual(
  deps: CounterfactualDeps,
  sample: number,
  actor: string,
): Promise<CounterfactualView> {
  const now = deps.clock.now();
  let runs = 0;
  let candidates = 0;
  let stable = 0;
  let maxScoreDelta = 0;
  const moved: CounterfactualView["moved"] = [];
  for (const run of await recentScreeningInputs(deps.db, sample)) {
    const input = Input.safeParse(run.input);
    if (!input.success || input.data.cvs.length === 0) continue;
    const { job, cvs } = input.data;
    const original = await rescore(deps.engine, job, cvs, now);
    const swapped = await rescore(
      deps.engine,
      job,
      cvs.map((cv) => ({ id: cv.id, text: counterfactualCv(cv.text) })),
      now,
    );
    const after = new Map(swapped.map((r) => [r.id, r]));
    runs++;
    for (const r of original) {
      const s = after.get(r.id);
      if (!s) continue;
      candidates++;
      maxScoreDelta = Math.max(maxScoreDelta, Math.abs(s.score - r.score));
      if (s.rank === r.rank) stable++;
      else if (moved.length < MOVED_KEPT)
        moved.push({ runId: run.runId, candidateId: r.id, rankBefore: r.rank, rankAfter: s.rank });
    }
  }
  const view: CounterfactualView = { at: now, actor, runs, candidates, stable, maxScoreDelta, moved };
  await appendAudit(deps.db, {
    id: deps.ids.next(),
    at: now,
    actor,
    action: COUNTERFACTUAL_ACTION,
    runId: null,
    details: { sample, runs, candidates, stable, maxScoreDelta, moved, engine: deps.engine.chatModel },
  });
  return view;
}

const Stored = z.object({
  runs: z.number(),
  candidates: z.number(),
  stable: z.number(),
  maxScoreDelta: z.number(),
  moved: z.array(
    z.object({ runId: z.string(), candidateId: z.string(), rankBefore: z.number(), rankAfter: z.number() }),
  ),
});

export async function latestCounterfactual(db: Database): Promise<CounterfactualView | null> {
  const { items } = await listAudit(db, { action: COUNTERFACTUAL_ACTION, limit: 1, offset: 0 });
  const row = items[0];
  const parsed = Stored.safeParse(row?.details);
  if (!row || !parsed.success) return null;
  return { at: row.at, actor: row.actor, ...parsed.data };
}
