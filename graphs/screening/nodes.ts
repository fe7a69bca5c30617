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
import type { ModelCallSink, ModelEngine } from "../../core/models.js";
import { traced } from "../../core/traced.js";
import { contextOf, type WorkflowRuntime } from "../supervisor/context.js";
import { type EmbeddingStore, memoryStore, pgvectorStore } from "./embedding-store.js";
import { buildOutput, requirementEntry } from "./output.js";
import type { ScreeningState, ScreeningUpdate } from "./state.js";

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
export async function screenNode(state: ScreeningState, runtime: WorkflowRuntime): Promise<ScreeningUpdate> {
  const context = contextOf(runtime);
  return traced(
    context.tracer,
    { kind: "agent", name: "screener", input: { cvs: state.cvs.length }, parentStepId: context.rootStepId },
    async (step) => {
      const now = context.clock.now();
      // Only the id and the text go to the scorer (and to a worker thread): never the self-declared group.
      const cvs = state.cvs.map(({ id, text }) => ({ id, text }));
      const prepared: PreparedCv[] = context.cpu
        ? await context.cpu.prepareCvs(cvs, now)
        : cvs.map((cv) => prepareCv(cv, now));
      const profile = analyseJob(state.job);
      const vectors = await embedInBatches(
        context.engine,
        [state.job, ...prepared.map((cv) => cv.text)],
        (record) => context.tracer.modelCall(record, step.id),
      );
      const store: EmbeddingStore = context.db
        ? pgvectorStore(context.db, {
            runId: context.tracer.runId,
            model: context.engine.embeddingModel,
            clock: context.clock,
          })
        : memoryStore();
      const jobVector = vectors[0];
      if (!jobVector || vectors.length !== prepared.length + 1)
        throw new Error("screener: embeddings missing");
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
      const scores = prepared.map((cv) => similarities.get(cv.id) ?? 0);
      const assessments = context.cpu
        ? await context.cpu.assessCvs(profile, prepared, scores)
        : prepared.map((cv, i) => assess(profile, cv, scores[i] ?? 0));
      const ranking = rank(assessments);
      const intakeFindings = prepared.flatMap((cv) => cv.injections);
      await context.tracer.findings(intakeFindings, { stepId: step.id, revision: 0 });
      return { profile, prepared, ranking, intakeFindings, store: store.kind };
    },
    ({ profile, prepared, ranking, intakeFindings, store }) => ({
      requirements: profile.requirements.map(requirementEntry),
      yearsRequired: profile.yearsRequired,
      store,
      ranking: ranking.map((r) => ({
        id: r.id,
        score: r.score,
        rank: r.rank,
        recommendation: r.recommendation,
      })),
      redacted: Object.fromEntries(prepared.map((cv) => [cv.id, cv.redacted])),
      injections: intakeFindings.length,
    }),
  );
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
  runtime: WorkflowRuntime,
): Promise<ScreeningUpdate> {
  const context = contextOf(runtime);
  const revision = state.draft ? state.revision + 1 : 0;
  const newFeedback = state.draft ? state.findings.filter((f) => f.guard !== "injection") : [];
  const feedback = [...state.feedback, ...newFeedback];
  const writer = createRationaleWriter(context.engine, context.promptVersions?.screener);
  const rationales = await traced(
    context.tracer,
    {
      kind: "agent",
      name: "screening_rationale",
      input: { revision, feedback: feedback.length },
      parentStepId: context.rootStepId,
    },
    async (step) => {
      const written = new Map<string, string>();
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
            sink: (record) => context.tracer.modelCall(record, step.id),
          });
          written.set(id, text);
        }
      };
      await Promise.all(Array.from({ length: Math.min(RATIONALE_CONCURRENCY, queue.length) }, worker));
      return written;
    },
    (written) => ({ rationales: written.size, offline: writer.offline }),
  );
  const output = buildOutput({
    ranking: state.ranking,
    rationales,
    findingsOf: (id) => state.intakeFindings.filter((f) => f.target === id),
    runVerdict: null,
    profile: state.profile ?? { requirements: [], yearsRequired: null },
    cvs: state.cvs,
    embeddingModel: context.engine.embeddingModel,
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
