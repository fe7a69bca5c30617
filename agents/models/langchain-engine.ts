// One adapter from a LangChain chat model and embeddings to ModelEngine, shared by every real provider:
// retries, timeouts, structured output, vector shaping and call records are decided here once.
import type { Embeddings } from "@langchain/core/embeddings";
import type { BaseChatModel, BaseChatModelCallOptions } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ModelError } from "../../core/errors.js";
import type {
  ChatAnswer,
  ChatMessage,
  ChatRequest,
  ModelCallRecord,
  ModelCallSink,
  ModelEngine,
  PromptRef,
  ProviderId,
} from "../../core/models.js";
import { attemptsOf, type RetryPolicy, withRetries } from "./retry.js";
import { parseStructured } from "./structured-output.js";
import { deliver, EMBEDDING_PROMPT, estimateMessagesTokens, estimateTokens } from "./usage.js";
import { fitToColumn } from "./vectors.js";

export interface LangChainEngineConfig<O extends BaseChatModelCallOptions> {
  provider: Exclude<ProviderId, "offline">;
  chatModel: string;
  embeddingModel: string;
  chat: BaseChatModel<O>;
  embeddings: Embeddings;
  /** Options of one call: the provider's JSON mode when a schema is asked, the attempt's signal if honoured. */
  callOptions(request: { json: boolean; signal: AbortSignal }): Partial<O>;
  policy: RetryPolicy;
}

// OpenAI refuses JSON mode unless a message says "JSON"; prompts normally do, this covers the rest.
const JSON_HINT = "Answer with one JSON object and nothing else.";

function toLangChainMessages(messages: readonly ChatMessage[], json: boolean): BaseMessage[] {
  const converted = messages.map((message) => {
    if (message.role === "system") return new SystemMessage(message.content);
    if (message.role === "assistant") return new AIMessage(message.content);
    return new HumanMessage(message.content);
  });
  if (json && !messages.some((message) => /json/i.test(message.content)))
    converted.unshift(new SystemMessage(JSON_HINT));
  return converted;
}

interface ChatOutcome<T> {
  text: string;
  data: T | undefined;
  inputTokens: number | undefined;
  outputTokens: number | undefined;
}

export function createLangChainEngine<O extends BaseChatModelCallOptions>(
  config: LangChainEngineConfig<O>,
): ModelEngine {
  const { provider, policy } = config;

  function record(
    model: string,
    prompt: PromptRef,
    fields: Pick<ModelCallRecord, "inputTokens" | "outputTokens" | "attempts">,
    started: number,
    error?: string,
  ): ModelCallRecord {
    const base: ModelCallRecord = {
      provider,
      model,
      promptName: prompt.name,
      promptVersion: prompt.version,
      ...fields,
      latencyMs: Math.round(performance.now() - started),
      offline: false,
    };
    return error === undefined ? base : { ...base, error };
  }

  return {
    provider,
    offline: false,
    chatModel: config.chatModel,
    embeddingModel: config.embeddingModel,

    async chat<T>(request: ChatRequest<T>): Promise<ChatAnswer<T>> {
      const started = performance.now();
      const json = request.schema !== undefined;
      const messages = toLangChainMessages(request.messages, json);
      try {
        const { value, attempts } = await withRetries(
          policy,
          provider,
          async (signal): Promise<ChatOutcome<T>> => {
            const reply = await config.chat.invoke(messages, config.callOptions({ json, signal }));
            const text = reply.text;
            const data = request.schema ? parseStructured(text, request.schema) : undefined;
            const usage = reply.usage_metadata;
            return { text, data, inputTokens: usage?.input_tokens, outputTokens: usage?.output_tokens };
          },
        );
        const answerRecord = record(
          config.chatModel,
          request.prompt,
          {
            inputTokens: value.inputTokens || estimateMessagesTokens(request.messages),
            outputTokens: value.outputTokens || estimateTokens(value.text),
            attempts,
          },
          started,
        );
        await deliver(answerRecord, request.sink);
        return value.data === undefined
          ? { text: value.text, record: answerRecord }
          : { text: value.text, data: value.data, record: answerRecord };
      } catch (error) {
        throw await failed(
          error,
          config.chatModel,
          request.prompt,
          estimateMessagesTokens(request.messages),
          started,
          request.sink,
        );
      }
    },

    async embed(texts: string[], sink?: ModelCallSink): Promise<number[][]> {
      if (texts.length === 0) return [];
      const started = performance.now();
      const inputTokens = texts.reduce((sum, text) => sum + estimateTokens(text), 0);
      let attempts = 1;
      try {
        const result = await withRetries(policy, provider, () => config.embeddings.embedDocuments(texts));
        attempts = result.attempts;
        if (result.value.length !== texts.length)
          throw new ModelError(
            "model_invalid_output",
            `${provider} returned ${result.value.length} embeddings for ${texts.length} texts`,
          );
        const vectors = result.value.map((vector) => fitToColumn(vector));
        await deliver(
          record(
            config.embeddingModel,
            EMBEDDING_PROMPT,
            { inputTokens, outputTokens: 0, attempts },
            started,
          ),
          sink,
        );
        return vectors;
      } catch (error) {
        throw await failed(
          error,
          config.embeddingModel,
          EMBEDDING_PROMPT,
          inputTokens,
          started,
          sink,
          attempts,
        );
      }
    },
  };

  async function failed(
    error: unknown,
    model: string,
    prompt: PromptRef,
    inputTokens: number,
    started: number,
    sink: ModelCallSink | undefined,
    attemptsSoFar = 1,
  ): Promise<ModelError> {
    // withRetries only throws ModelError; anything else is a bug here, reported without its text.
    const modelError =
      error instanceof ModelError
        ? error
        : new ModelError("model_unavailable", `${provider} model call failed`);
    const attempts = attemptsOf(modelError, attemptsSoFar);
    await deliver(
      record(model, prompt, { inputTokens, outputTokens: 0, attempts }, started, modelError.code),
      sink,
    );
    return modelError;
  }
}
