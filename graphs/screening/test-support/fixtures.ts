import { MemorySaver } from "@langchain/langgraph";
import { createModelEngine } from "../../../agents/models/factory.js";
import { fixedClock, sequentialIds } from "../../../core/clock.js";
import type { ChatAnswer, ChatRequest, ModelCallRecord, ModelEngine } from "../../../core/models.js";
import { loadSettings } from "../../../core/settings.js";
import type { Database } from "../../../db/client.js";
import type { RunServiceDeps } from "../../runner.js";

export const JOB = `Développeur / Développeuse Java back-end (H/F), CDI.
Vous développez des API REST en Java avec Spring Boot et écrivez des tests unitaires.
Profil : 3 ans d'expérience minimum, maîtrise de SQL (PostgreSQL), Git et Docker ; Kubernetes est un plus.`;

export const MATCHING_CV = `Développeur Java, 6 ans d'expérience.
API REST avec Spring Boot, tests unitaires, SQL (PostgreSQL), Git, Docker et Kubernetes.`;

export const OTHER_CV = `Boulanger, 10 ans d'expérience en boulangerie artisanale.
Fabrication du pain et des viennoiseries, pâtisserie, hygiène alimentaire (HACCP).`;

let runs = 0;

/** Each call gets its own id prefix: tests sharing one database must not reuse run ids. */
export function runDeps(db: Database, overrides: Partial<RunServiceDeps> = {}): RunServiceDeps {
  runs += 1;
  return {
    db,
    engine: createModelEngine(loadSettings({})),
    checkpointer: new MemorySaver(),
    clock: fixedClock(),
    ids: sequentialIds(`s${runs}`),
    judgeMode: "auto",
    maxRevisions: 2,
    ...overrides,
  };
}

/**
 * A model engine that answers the screener prompt with the given JSON texts, in turn (the last one
 * repeats), and embeds like the offline engine. For testing the model path without a network.
 */
export function scriptedEngine(answers: string[]): ModelEngine & { prompts: string[] } {
  const offline = createModelEngine(loadSettings({}));
  const prompts: string[] = [];
  return {
    provider: "openai",
    offline: false,
    chatModel: "scripted",
    embeddingModel: offline.embeddingModel,
    embed: (texts, sink) => offline.embed(texts, sink),
    prompts,
    async chat<T>(request: ChatRequest<T>): Promise<ChatAnswer<T>> {
      prompts.push(request.messages.map((m) => m.content).join("\n"));
      const text = answers[Math.min(prompts.length - 1, answers.length - 1)] ?? "{}";
      const record: ModelCallRecord = {
        provider: "openai",
        model: "scripted",
        promptName: request.prompt.name,
        promptVersion: request.prompt.version,
        inputTokens: 1,
        outputTokens: 1,
        latencyMs: 0,
        attempts: 1,
        offline: false,
      };
      await request.sink?.(record);
      const data = request.schema ? request.schema.parse(JSON.parse(text)) : undefined;
      return data === undefined ? { text, record } : { text, data, record };
    },
  };
}
