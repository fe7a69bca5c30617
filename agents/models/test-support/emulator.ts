/**
 * A model server on 127.0.0.1 for tests: speaks OpenAI's protocol (/v1/chat/completions, /v1/embeddings,
 * which Mistral's SDK also uses) and Ollama's (/api/chat, /api/embed, /api/embeddings), and answers from a
 * queue of scripted replies, so the real LangChain clients can be driven through success and failure.
 *
 * ```ts
 * const emulator = await startModelEmulator();
 * emulator.script(reply.rateLimited(1), reply.json({ verdict: "pass" }));
 * const engine = createModelEngine(
 *   loadSettings({ MODEL_PROVIDER: "openai", OPENAI_API_KEY: "test", OPENAI_BASE_URL: emulator.baseUrls.openai }),
 *   { sleep: async () => {} },
 * );
 * // … then emulator.requests holds what the client sent; await emulator.close() in afterAll.
 * ```
 *
 * Each request takes the next scripted reply; when the queue is empty the optional handler is asked, and
 * failing that a chat gets the text "ok" and an embedding request 768-dimensional vectors.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type ChatContent,
  ollamaChat,
  ollamaEmbed,
  ollamaLegacyEmbedding,
  openAIChat,
  openAIChatStream,
  openAIEmbeddings,
  openAIError,
} from "./emulator-protocols.js";
import { countWords, reply, type ScriptedReply } from "./emulator-replies.js";

export { reply, type ScriptedReply } from "./emulator-replies.js";

export type EmulatedApi = "openai" | "ollama";
export type EmulatedCall = "chat" | "embeddings";

export interface EmulatorRequest {
  api: EmulatedApi;
  call: EmulatedCall;
  path: string;
  headers: Record<string, string>;
  /** The parsed JSON body (or the raw text when it is not JSON). */
  body: unknown;
}

export interface ModelEmulator {
  /** http://127.0.0.1:<port>, without a path. */
  url: string;
  port: number;
  /** What to give each client: OpenAI's baseURL (with /v1), Mistral's serverURL, Ollama's baseUrl. */
  baseUrls: { openai: string; mistral: string; ollama: string };
  /** Every request received, in order. */
  requests: EmulatorRequest[];
  /** Appends replies to the queue. */
  script(...replies: Array<ScriptedReply | ScriptedReply[]>): void;
  /** Scripted replies not yet used: a test can check it consumed what it planned. */
  pending(): number;
  /** Forgets the queue and the recorded requests, between tests. */
  reset(): void;
  close(): Promise<void>;
}

export type EmulatorHandler = (request: EmulatorRequest) => ScriptedReply | undefined;

const ROUTES: Record<string, { api: EmulatedApi; call: EmulatedCall }> = {
  "/v1/chat/completions": { api: "openai", call: "chat" },
  "/chat/completions": { api: "openai", call: "chat" },
  "/v1/embeddings": { api: "openai", call: "embeddings" },
  "/embeddings": { api: "openai", call: "embeddings" },
  "/api/chat": { api: "ollama", call: "chat" },
  "/api/embed": { api: "ollama", call: "embeddings" },
  "/api/embeddings": { api: "ollama", call: "embeddings" },
};

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function inputsOf(request: EmulatorRequest): string[] {
  const body = record(request.body);
  const input = body.input ?? body.inputs ?? body.prompt;
  if (typeof input === "string") return [input];
  return Array.isArray(input) ? input.map(String) : [];
}

function promptWords(request: EmulatorRequest): number {
  const messages = record(request.body).messages;
  if (!Array.isArray(messages)) return 0;
  return messages.reduce<number>((n, m) => n + countWords(String(record(m).content ?? "")), 0);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface HttpAnswer {
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

const json = (status: number, payload: object, headers?: Record<string, string>): HttpAnswer =>
  headers ? { status, body: JSON.stringify(payload), headers } : { status, body: JSON.stringify(payload) };

function mismatch(scripted: ScriptedReply, request: EmulatorRequest): HttpAnswer {
  const message = `emulator: a "${scripted.kind}" reply was scripted but a ${request.call} request came`;
  return json(400, request.api === "ollama" ? { error: message } : openAIError(400, message));
}

function chatAnswer(
  request: EmulatorRequest,
  scripted: Extract<ScriptedReply, { kind: "text" | "json" }>,
): HttpAnswer {
  if (request.call !== "chat") return mismatch(scripted, request);
  const body = record(request.body);
  const text = scripted.kind === "text" ? scripted.text : JSON.stringify(scripted.value);
  const content: ChatContent = {
    text,
    inputTokens: (scripted.kind === "text" ? scripted.inputTokens : undefined) ?? promptWords(request),
    outputTokens: (scripted.kind === "text" ? scripted.outputTokens : undefined) ?? countWords(text),
    omitUsage: scripted.omitUsage ?? false,
  };
  if (request.api === "ollama") {
    const stream = body.stream !== false;
    return {
      status: 200,
      body: ollamaChat(content, stream),
      contentType: stream ? "application/x-ndjson" : undefined,
    };
  }
  if (body.stream === true)
    return { status: 200, body: openAIChatStream(content), contentType: "text/event-stream" };
  return json(200, openAIChat(content));
}

function embeddingAnswer(
  request: EmulatorRequest,
  scripted: Extract<ScriptedReply, { kind: "embedding" }>,
): HttpAnswer {
  if (request.call !== "embeddings") return mismatch(scripted, request);
  const body = record(request.body);
  const inputs = inputsOf(request);
  // OpenAI's `dimensions` parameter is honoured, as text-embedding-3 models do.
  const dimensions = typeof body.dimensions === "number" ? body.dimensions : scripted.dimensions;
  if (request.api === "openai")
    return json(200, openAIEmbeddings(inputs, dimensions, body.encoding_format === "base64"));
  if (request.path === "/api/embeddings")
    return json(200, ollamaLegacyEmbedding(inputs[0] ?? "", dimensions));
  return json(200, ollamaEmbed(inputs, dimensions));
}

function statusAnswer(
  request: EmulatorRequest,
  scripted: Extract<ScriptedReply, { kind: "status" }>,
): HttpAnswer {
  const echo = scripted.echoRequest
    ? ` for ${request.headers.authorization ?? "(no authorization)"} with ${JSON.stringify(request.body)}`
    : "";
  const message = `emulated HTTP ${scripted.status}${echo}`;
  const headers =
    scripted.retryAfterSeconds === undefined
      ? undefined
      : { "retry-after": String(scripted.retryAfterSeconds) };
  return json(
    scripted.status,
    request.api === "ollama" ? { error: message } : openAIError(scripted.status, message),
    headers,
  );
}

function answerFor(
  request: EmulatorRequest,
  scripted: Exclude<ScriptedReply, { kind: "delay" }>,
): HttpAnswer {
  switch (scripted.kind) {
    case "malformed":
      // Newline-terminated so line-based readers (Ollama's) parse it too, and fail.
      return { status: 200, body: '{"id": "broken", "choices": [ {"message": \n' };
    case "status":
      return statusAnswer(request, scripted);
    case "embedding":
      return embeddingAnswer(request, scripted);
    case "text":
    case "json":
      return chatAnswer(request, scripted);
  }
}

function respond(res: ServerResponse, request: EmulatorRequest, scripted: ScriptedReply): void {
  if (scripted.kind === "delay") {
    const timer = setTimeout(() => respond(res, request, scripted.then), scripted.ms);
    res.on("close", () => clearTimeout(timer));
    return;
  }
  if (res.destroyed) return;
  const answer = answerFor(request, scripted);
  res.writeHead(answer.status, {
    "content-type": answer.contentType ?? "application/json",
    ...answer.headers,
  });
  res.end(answer.body);
}

export async function startModelEmulator(handler?: EmulatorHandler): Promise<ModelEmulator> {
  const queue: ScriptedReply[] = [];
  const requests: EmulatorRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const route = ROUTES[path];
      if (req.method !== "POST" || !route) {
        res
          .writeHead(404, { "content-type": "application/json" })
          .end(JSON.stringify({ error: `no route ${path}` }));
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(", ") : (value ?? ""),
        ]),
      );
      const request: EmulatorRequest = { ...route, path, headers, body: await readBody(req) };
      requests.push(request);
      const scripted =
        queue.shift() ?? handler?.(request) ?? (route.call === "chat" ? reply.text("ok") : reply.embedding());
      respond(res, request, scripted);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    baseUrls: { openai: `${url}/v1`, mistral: url, ollama: url },
    requests,
    script: (...replies) => {
      queue.push(...replies.flat());
    },
    pending: () => queue.length,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Delayed replies hold sockets open; a test that is done must not wait for them.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
