// A ModelEngine wrapper that records, replays or passes through (with a cache) the answers of a real engine.
// In replay mode nothing reaches a network: a missing answer is an error naming the case.

import { GardeFouError, ModelError } from "../../core/errors.js";
import type {
  ChatAnswer,
  ChatRequest,
  ModelCallRecord,
  ModelCallSink,
  ModelEngine,
  ProviderId,
} from "../../core/models.js";
import { type ChatRecording, chatKey, embedKey, type RecordingStore } from "./recordings.js";

export const EVAL_MODES = ["replay", "record", "live"] as const;
export type EvalMode = (typeof EVAL_MODES)[number];

export interface EngineIdentity {
  provider: ProviderId;
  model: string;
  embeddingModel: string;
}

export class RecordingMissingError extends GardeFouError {
  override readonly name = "RecordingMissingError";
  constructor(caseId: string, what: string, file: string) {
    super(
      "not_found",
      `no recorded answer for case "${caseId}" (${what}) in ${file}; record it with --mode record`,
      { caseId, file },
    );
  }
}

export interface RecordingEngineOptions {
  mode: EvalMode;
  identity: EngineIdentity;
  caseId: string;
  /** Recordings of the suite: read in replay, written in record. */
  recordings: RecordingStore;
  /** Answers kept across live runs; absent with --no-cache. */
  cache?: RecordingStore;
  /** The real engine, loaded on first need (record and live only). */
  inner?: () => Promise<ModelEngine>;
  /** Sees every call's record (replayed ones included), for the case's tokens, cost and latency. */
  onCall: (record: ModelCallRecord) => void;
}

function replayedRecord(identity: EngineIdentity, prompt: string, rec: ChatRecording): ModelCallRecord {
  const at = prompt.lastIndexOf("@");
  return {
    provider: identity.provider,
    model: rec.model,
    promptName: prompt.slice(0, at),
    promptVersion: prompt.slice(at + 1),
    inputTokens: rec.inputTokens,
    outputTokens: rec.outputTokens,
    latencyMs: rec.latencyMs,
    attempts: 1,
    offline: identity.provider === "offline",
  };
}

export function createRecordingEngine(options: RecordingEngineOptions): ModelEngine {
  const { mode, identity, caseId, recordings, cache, inner, onCall } = options;
  const real = async (): Promise<ModelEngine> => {
    if (!inner)
      throw new GardeFouError("configuration", `mode ${mode} needs a model engine and none is wired`);
    return inner();
  };
  const emit = async (record: ModelCallRecord, sink: ModelCallSink | undefined) => {
    onCall(record);
    await sink?.(record);
  };

  async function answerFrom<T>(
    rec: ChatRecording,
    request: ChatRequest<T>,
    label: string,
  ): Promise<ChatAnswer<T>> {
    const record = replayedRecord(identity, label, rec);
    await emit(record, request.sink);
    const answer: ChatAnswer<T> = { text: rec.text, record };
    if (request.schema) {
      const parsed = request.schema.safeParse(rec.data);
      if (!parsed.success)
        throw new ModelError(
          "model_invalid_output",
          `recorded answer for case "${caseId}" no longer matches the schema`,
        );
      answer.data = parsed.data;
    }
    return answer;
  }

  async function chat<T>(request: ChatRequest<T>): Promise<ChatAnswer<T>> {
    const label = `${request.prompt.name}@${request.prompt.version}`;
    const key = chatKey({
      provider: identity.provider,
      model: identity.model,
      promptName: request.prompt.name,
      promptVersion: request.prompt.version,
      messages: request.messages,
      structured: request.schema !== undefined,
    });
    if (mode === "replay") {
      const rec = recordings.get(key);
      if (!rec || "kind" in rec)
        throw new RecordingMissingError(caseId, `prompt ${label}, key ${key}`, recordings.file);
      return answerFrom(rec, request, label);
    }
    if (mode === "live" && cache) {
      const hit = cache.get(key);
      if (hit && !("kind" in hit)) return answerFrom(hit, request, label);
    }
    // The inner engine sees no sink: the record is emitted once, below, whatever the engine does.
    const { sink, ...forward } = request;
    const answer = await (await real()).chat(forward);
    await emit(answer.record, sink);
    const rec: ChatRecording = {
      key,
      case: caseId,
      provider: identity.provider,
      model: answer.record.model,
      prompt: label,
      text: answer.text,
      inputTokens: answer.record.inputTokens,
      outputTokens: answer.record.outputTokens,
      latencyMs: Math.round(answer.record.latencyMs),
    };
    if (answer.data !== undefined) rec.data = answer.data;
    (mode === "record" ? recordings : cache)?.put(rec);
    return answer;
  }

  async function embed(texts: string[], sink?: ModelCallSink): Promise<number[][]> {
    const key = embedKey(identity.provider, identity.embeddingModel, texts);
    const stored = mode === "replay" ? recordings.get(key) : mode === "live" ? cache?.get(key) : undefined;
    if (stored && "kind" in stored) return stored.vectors;
    // The offline engine's embedding is a pure local function: replaying it would only copy it.
    if (mode === "replay" && identity.provider === "offline" && inner)
      return (await inner()).embed(texts, sink);
    if (mode === "replay")
      throw new RecordingMissingError(
        caseId,
        `embedding of ${texts.length} text(s), key ${key}`,
        recordings.file,
      );
    const vectors = await (await real()).embed(texts, sink);
    const rounded = vectors.map((v) => v.map((x) => Math.round(x * 1e6) / 1e6));
    (mode === "record" ? recordings : cache)?.put({
      key,
      case: caseId,
      kind: "embed",
      provider: identity.provider,
      model: identity.embeddingModel,
      vectors: rounded,
    });
    return vectors;
  }

  return {
    provider: identity.provider,
    offline: identity.provider === "offline",
    chatModel: identity.model,
    embeddingModel: identity.embeddingModel,
    chat,
    embed,
  };
}
