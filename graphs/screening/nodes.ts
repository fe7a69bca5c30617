import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { ModelCallSink, ModelEngine } from "../../agents/models/types.js";
import {
  analyseJob,
  assess,
  createRationaleWriter,
  factSheet,
  type PreparedCv,
  prepareCv,
  rank,
} from "../../agents/screener/index.js";
import type { Finding } from "../../core/contract.js";
import { depsOf } from "../shared/deps.js";
import { routeAfterGuard } from "../shared/nodes.js";
import { databaseOf, type EmbeddingStore, memoryStore, pgvectorStore } from "./embedding-store.js";
import { buildOutput, requirementEntry, type ScreeningOutput } from "./output.js";
import type { ScreeningState } from "./state.js";

// Providers cap the inputs of one embedding request; a run may hold 200 CVs.
const EMBED_BATCH = 32;

async function embedInBatches(
  engine: ModelEngine,
  texts: string[],
  sink: ModelCallSink,
): Promise<number[][]> {
  const out: number[][] = [];
  for (let i = 0; i < texts.length; i += EMBED_BATCH)
    out.push(...(await engine.embed(texts.slice(i, i + EMBED_BATCH), sink)));
  return out;
}

/**
 * Strips injections, takes protected attributes out, embeds and scores every CV, and ranks them. The
 * self-declared group is dropped here, before anything reads the CVs: only the audit sees it, later.
 */
export async function screenNode(
  state: ScreeningState,
  config: LangGraphRunnableConfig,
): Promise<Partial<ScreeningState>> {
  const deps = depsOf(config);
  const step = await deps.tracer.step("agent", "screener", { cvs: state.cvs.length }, deps.rootStepId);
  const now = deps.clock.now();
  const prepared: PreparedCv[] = state.cvs.map(({ id, text }) =>
    prepareCv({ id, text }, state.jurisdiction, now),
  );
  const profile = analyseJob(state.job);
  const vectors = await embedInBatches(deps.engine, [state.job, ...prepared.map((cv) => cv.text)], (record) =>
    deps.tracer.modelCall(record, step.id),
  );
  const db = databaseOf(config);
  const store: EmbeddingStore = db
    ? pgvectorStore(db, { runId: deps.tracer.runId, model: deps.engine.embeddingModel, clock: deps.clock })
    : memoryStore();
  const jobVector = vectors[0];
  if (!jobVector || vectors.length !== prepared.length + 1) throw new Error("screener: embeddings missing");
  await store.save([
    { ownerKind: "job", ownerId: "job", text: state.job, vector: jobVector },
    ...prepared.map((cv, i) => ({
      ownerKind: "cv" as const,
      ownerId: cv.id,
      text: cv.text,
      vector: vectors[i + 1] ?? [],
    })),
  ]);
  const similarities = await store.cvSimilarities(
    jobVector,
    prepared.map((cv) => cv.id),
  );
  const ranking = rank(prepared.map((cv) => assess(profile, cv, similarities.get(cv.id) ?? 0)));
  const intakeFindings = prepared.flatMap((cv) => cv.injections);
  await deps.tracer.findings(intakeFindings, { stepId: step.id, revision: 0 });
  await step.end({
    requirements: profile.requirements.map(requirementEntry),
    yearsRequired: profile.yearsRequired,
    store: store.kind,
    ranking: ranking.map((r) => ({
      id: r.id,
      score: r.score,
      rank: r.rank,
      recommendation: r.recommendation,
    })),
    redacted: Object.fromEntries(prepared.map((cv) => [cv.id, cv.redacted])),
    injections: intakeFindings.length,
  });
  return { profile, prepared, ranking, intakeFindings, store: store.kind };
}

function evidenceFor(findings: Finding[], id: string): string[] {
  return findings
    .filter((f) => f.guard !== "injection" && f.target === id && f.evidence.trim())
    .map((f) => f.evidence);
}

const RATIONALE_CONCURRENCY = 4;

/** Writes one rationale per CV; on a revision, without anything the guards flagged before. */
export async function writeRationalesNode(
  state: ScreeningState,
  config: LangGraphRunnableConfig,
): Promise<Partial<ScreeningState>> {
  const deps = depsOf(config);
  const revision = state.draft ? state.revision + 1 : 0;
  const newFeedback = state.draft ? state.findings.filter((f) => f.guard !== "injection") : [];
  const feedback = [...state.feedback, ...newFeedback];
  const step = await deps.tracer.step(
    "agent",
    "screening_rationale",
    { revision, feedback: feedback.length },
    deps.rootStepId,
  );
  const writer = createRationaleWriter(deps.engine, deps.promptVersions?.screener);
  const rationales = new Map<string, string>();
  // A few model calls at a time: 200 CVs one after the other would take minutes, all at once hit rate limits.
  const queue = [...state.ranking];
  const worker = async () => {
    for (let scored = queue.shift(); scored; scored = queue.shift()) {
      const id = scored.id;
      const cv = state.prepared.find((p) => p.id === id);
      if (!cv) throw new Error(`screener: prepared CV ${id} missing`);
      const text = await writer.write({
        job: state.job,
        cv,
        scored,
        avoid: evidenceFor(feedback, id),
        sink: (record) => deps.tracer.modelCall(record, step.id),
      });
      rationales.set(id, text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(RATIONALE_CONCURRENCY, queue.length) }, worker));
  await step.end({ rationales: rationales.size, offline: writer.offline });
  const output = buildOutput({
    ranking: state.ranking,
    rationales,
    findingsOf: (id) => state.intakeFindings.filter((f) => f.target === id),
    runVerdict: null,
    profile: state.profile ?? { requirements: [], yearsRequired: null },
    cvs: state.cvs,
    embeddingModel: deps.engine.embeddingModel,
    store: state.store ?? "memory",
  });
  return {
    revision,
    feedback: newFeedback,
    draft: {
      output,
      texts: state.ranking.map((s) => ({
        key: s.id,
        text: rationales.get(s.id) ?? "",
        kind: "screening_rationale" as const,
        // The facts the score was computed from are a source too: a figure taken from them is no invention.
        sources: [state.prepared.find((p) => p.id === s.id)?.text ?? "", state.job, factSheet(s)],
      })),
    },
  };
}

/**
 * After the guards: puts their findings on each CV's entry beside the injection findings, and works out
 * whether a person must decide. The guard node tags findings with the CV id only when there are several
 * rationales; a single one is tagged here.
 */
export async function gateNode(state: ScreeningState): Promise<Partial<ScreeningState>> {
  const draft = state.draft;
  if (!draft) throw new Error("screening gate reached without a draft");
  const only = draft.texts.length === 1 ? draft.texts[0]?.key : undefined;
  // The guard node has just replaced `findings` with its own: they are all about the rationales.
  const guardFindings = state.findings.map((f) =>
    f.target === undefined && only !== undefined ? { ...f, target: only } : f,
  );
  const previous = draft.output as ScreeningOutput;
  const rationales = new Map(previous.ranking.map((r) => [r.id, r.rationale]));
  const output = buildOutput({
    ranking: state.ranking,
    rationales,
    findingsOf: (id) => [...state.intakeFindings, ...guardFindings].filter((f) => f.target === id),
    runVerdict: state.verdict,
    profile: state.profile ?? { requirements: [], yearsRequired: null },
    cvs: state.cvs,
    embeddingModel: previous.scoring.embeddingModel,
    store: previous.scoring.store,
  });
  return { findings: [...state.intakeFindings, ...guardFindings], draft: { ...draft, output } };
}

export const AFTER_GATE = ["release", "write_rationales", "review", "block"] as const;
export type AfterGate = (typeof AFTER_GATE)[number];

/** The shared routing, with one more rule: a ranking that rejects anyone waits for a person (art. 22). */
export function routeAfterGate(state: ScreeningState, config: LangGraphRunnableConfig): AfterGate {
  const next = routeAfterGuard(state, config);
  if (next === "revise") return "write_rationales";
  const output = state.draft?.output as ScreeningOutput | undefined;
  if (next === "release" && output?.humanReviewRequired) return "review";
  return next;
}
