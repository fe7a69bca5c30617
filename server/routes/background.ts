// Background runs, as LangGraph's own server has them: a run's events as server-sent events, batch screening
// (a JSON array, or a JSONL upload read as a stream), a batch's ranking, and the caller's webhook endpoint.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { Jurisdiction } from "../../core/contract.js";
import { GardeFouError, InvalidInputError, NotFoundError, TooLargeError } from "../../core/errors.js";
import { checkWebhookUrl } from "../../core/webhook-target.js";
import { batchProgress, rankingPage } from "../../db/queries/batch.js";
import { findingsOfRun, stepsAfter } from "../../db/queries/run-events.js";
import { findingOfRow, findRun } from "../../db/queries/runs.js";
import { endpointOf, setEndpoint } from "../../db/queries/webhooks.js";
import { isBusy, type JobQueue } from "../../graphs/background.js";
import { startBatch } from "../../graphs/batch.js";
import { storedResult } from "../../graphs/runner.js";
import { ScreeningCvInput } from "../../graphs/screening/input.js";
import type { AppDeps } from "../deps.js";
import { checkValue } from "../middleware/input-limits.js";
import { principalOf } from "../middleware/principal.js";
import { ErrorResponse } from "../schemas.js";
import { maskValue } from "../trace/mask.js";
import { validationHook } from "../validation.js";
import { seesClearData } from "./runs.js";

/** How often a stream looks at the database: runs are driven by other processes, so it polls. */
const STREAM_POLL_MS = 500;
/** A stream stays open at most this long; a client reconnects with Last-Event-ID and loses nothing. */
const STREAM_MAX_MS = 15 * 60 * 1000;

export const runUrls = (runId: string) => ({
  url: `/v1/runs/${runId}`,
  streamUrl: `/v1/runs/${runId}/stream`,
});

export function queueOf(deps: AppDeps): JobQueue {
  if (!deps.queue)
    throw new GardeFouError(
      "configuration",
      "background runs need the queue, which this process did not open",
    );
  return deps.queue;
}

/** The webhook a background run reports to: the one it names, else the key's default; checked (SSRF). */
export async function webhookFor(
  deps: AppDeps,
  keyId: string | null,
  given: string | undefined,
): Promise<{ url: string; keyId: string } | undefined> {
  const owner = keyId ?? "open";
  const url = given ?? (await endpointOf(deps.db, owner, deps.runs.clock.now())).url ?? undefined;
  if (!url) return undefined;
  checkWebhookUrl(url, deps.settings.WEBHOOK_ALLOW_PRIVATE);
  return { url, keyId: owner };
}

const JSONL = /^application\/(x-ndjson|jsonl|x-jsonlines|jsonlines)\b/i;

/** A JSONL upload to the batch route: its size is counted as it streams, against BATCH_MAX_BODY_BYTES. */
export const isStreamedBatch = (method: string, path: string, type: string | undefined) =>
  method === "POST" && /^\/v1\/runs\/batch\/?$/.test(path) && JSONL.test(type ?? "");

/** The lines of a streamed body, one at a time, counting bytes against the batch upload limit. */
async function* bodyLines(body: ReadableStream<Uint8Array>, maxBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const reader = body.getReader();
  let bytes = 0;
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes)
        throw new TooLargeError(
          `the upload is larger than ${maxBytes.toLocaleString("en")} bytes (BATCH_MAX_BODY_BYTES)`,
          { maxBytes, setting: "BATCH_MAX_BODY_BYTES" },
        );
      buffer += decoder.decode(value, { stream: true });
      let nl = buffer.indexOf("\n");
      while (nl >= 0) {
        yield buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf("\n");
      }
    }
    buffer += decoder.decode();
    if (buffer.length > 0) yield buffer;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

const BatchHeader = z.object({
  job: z.string(),
  jurisdiction: Jurisdiction.optional(),
  webhook: z.string().max(2_000).optional(),
});

const BatchJson = BatchHeader.extend({ cvs: z.array(z.unknown()) });

/** The batch route reads its body itself (a JSONL upload streams): its OpenAPI entry is declared, not validated. */
const batchDoc = {
  method: "post",
  path: "/batch",
  summary:
    "Screen many CVs against one job in the background: the CVs are split into chunk runs, each guarded, and ranked together (see `rankingUrl`).",
  request: {
    headers: z.object({
      "idempotency-key": z.string().min(1).max(200).optional().openapi({
        description:
          "Retry-safe: the same key with the same upload gives back the same batch; with another, a 409.",
      }),
    }),
    body: {
      required: true,
      content: {
        "application/json": {
          schema: BatchHeader.extend({ cvs: z.array(ScreeningCvInput) }).openapi("BatchRequest", {
            example: {
              job: "Comptable (H/F) – CDI – Bordeaux. DCG ; 2 ans d'expérience en cabinet ; Sage ou Cegid.",
              cvs: [
                {
                  id: "cv-17",
                  text: "Comptable en cabinet depuis 4 ans (2021 – 2025)… DCG (2021). Sage, Cegid.",
                },
              ],
            },
          }),
        },
        "application/x-ndjson": {
          schema: z.string().openapi({
            description:
              'JSON Lines, read as a stream (BATCH_MAX_BODY_BYTES): the first line is the job, `{"job": "…", "jurisdiction"?: "FR", "webhook"?: "https://…"}`, then one CV per line, `{"id": "cv-1", "text": "…"}`. Also accepted as application/jsonl.',
          }),
        },
      },
    },
  },
  responses: {
    202: {
      description: "Accepted: the batch runs in the background; follow `streamUrl` or read `rankingUrl`",
      content: {
        "application/json": {
          schema: z
            .object({
              runId: z.string(),
              status: z.literal("running"),
              cvs: z.number().int(),
              chunks: z.number().int(),
              workflow: z.literal("screening"),
              kind: z.literal("batch"),
              url: z.string(),
              streamUrl: z.string(),
              rankingUrl: z.string(),
            })
            .openapi("BatchAccepted"),
        },
      },
    },
    409: {
      description: "The Idempotency-Key was used with another upload",
      content: { "application/json": { schema: ErrorResponse } },
    },
    413: {
      description: "More CVs than BATCH_MAX_CVS, or an upload larger than BATCH_MAX_BODY_BYTES",
      content: { "application/json": { schema: ErrorResponse } },
    },
  },
} as const;

/** The stream answers server-sent events, which no zod schema describes: its entry is declared. */
const streamDoc = {
  method: "get",
  path: "/{id}/stream",
  summary: "A run's events as server-sent events, until it comes to rest; reconnect with Last-Event-ID.",
  request: {
    params: z.object({ id: z.string().min(1) }),
    headers: z.object({
      "last-event-id": z.string().optional().openapi({ description: "The last `step` event's id received" }),
    }),
  },
  responses: {
    200: {
      description:
        "Events: `status` ({runId, status, verdict, kind}), `step` ({seq, kind, name, status, startedAt}; its id is the step's seq), `finding` (a Finding), `progress` (a batch's chunk counts), `end` (the run's result, as POST /v1/runs answers it), `error` ({code, runId}). The stream closes after `end`, or after 15 minutes.",
      content: { "text/event-stream": { schema: z.string() } },
    },
    404: { description: "No such run", content: { "application/json": { schema: ErrorResponse } } },
  },
} as const;

const RankingQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const rankingRoute = createRoute({
  method: "get",
  path: "/{id}/ranking",
  summary: "A screening batch's one ranking over all its CVs, best first, a page at a time.",
  request: { params: z.object({ id: z.string().min(1) }), query: RankingQuery },
  responses: {
    200: {
      description: "A page of the ranking",
      content: {
        "application/json": {
          schema: z
            .object({
              runId: z.string(),
              status: z.string(),
              total: z.number().int(),
              limit: z.number().int(),
              offset: z.number().int(),
              items: z.array(
                z.object({
                  rank: z.number().int(),
                  cvId: z.string(),
                  score: z.number(),
                  recommendation: z.string(),
                  verdict: z.string().nullable(),
                  chunk: z.number().int(),
                  childRunId: z.string(),
                  status: z.string(),
                }),
              ),
            })
            .openapi("BatchRanking"),
        },
      },
    },
    404: { description: "No such batch", content: { "application/json": { schema: ErrorResponse } } },
  },
});

/** What the signature header carries; a receiver recomputes v1 over the raw body it received. */
const SIGNED_PAYLOAD = "t=<unix seconds>,v1=hex(HMAC-SHA256(secret, <t> + '.' + <raw body>))";

const WebhookEndpoint = z
  .object({
    url: z.string().nullable(),
    secret: z.string(),
    signatureHeader: z.literal("Garde-Fou-Signature"),
    signedPayload: z.string().openapi({ example: SIGNED_PAYLOAD }),
  })
  .openapi("WebhookEndpoint");

const endpointShape = (row: { url: string | null; secret: string }) => ({
  url: row.url,
  secret: row.secret,
  signatureHeader: "Garde-Fou-Signature" as const,
  signedPayload: SIGNED_PAYLOAD,
});

const readWebhook = createRoute({
  method: "get",
  path: "/",
  summary:
    "This API key's webhook endpoint: the secret that signs its runs' webhooks, and its default URL for background runs.",
  responses: {
    200: { description: "The endpoint", content: { "application/json": { schema: WebhookEndpoint } } },
  },
});

const writeWebhook = createRoute({
  method: "put",
  path: "/",
  summary: "Sets this key's default webhook URL (null removes it) and/or rotates its secret.",
  request: {
    body: {
      content: {
        "application/json": {
          schema: z.object({
            url: z.string().max(2_000).nullable().optional(),
            rotateSecret: z.boolean().optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: { description: "The endpoint", content: { "application/json": { schema: WebhookEndpoint } } },
    400: {
      description: "Not an http(s) URL, or a private address",
      content: { "application/json": { schema: ErrorResponse } },
    },
  },
});

export function createWebhookRoutes(deps: AppDeps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(readWebhook, async (c) => {
      const row = await endpointOf(deps.db, principalOf(c).keyId ?? "open", deps.runs.clock.now());
      return c.json(endpointShape(row), 200);
    })
    .openapi(writeWebhook, async (c) => {
      const body = c.req.valid("json");
      if (body.url) checkWebhookUrl(body.url, deps.settings.WEBHOOK_ALLOW_PRIVATE, "url");
      const row = await setEndpoint(
        deps.db,
        principalOf(c).keyId ?? "open",
        { ...(body.url !== undefined ? { url: body.url } : {}), rotate: body.rotateSecret ?? false },
        deps.runs.clock.now(),
      );
      return c.json(endpointShape(row), 200);
    });
}

export function createBackgroundRoutes(deps: AppDeps) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.openAPIRegistry.registerPath(batchDoc);
  app.openAPIRegistry.registerPath(streamDoc);
  return app
    .openapi(rankingRoute, async (c) => {
      const { id } = c.req.valid("param");
      const { limit, offset } = c.req.valid("query");
      const run = await findRun(deps.db, id);
      if (run?.kind !== "batch") throw new NotFoundError("batch", id);
      const page = await rankingPage(deps.db, id, { limit, offset });
      const shown = seesClearData(principalOf(c).role)
        ? page.items
        : page.items.map((item) => ({ ...item, cvId: String(maskValue(item.cvId)) }));
      return c.json({ runId: id, status: run.status, total: page.total, limit, offset, items: shown }, 200);
    })
    .post("/batch", async (c) => {
      const queue = queueOf(deps);
      const principal = principalOf(c);
      // Scoped to the caller's API key, as on POST /v1/runs.
      const key = c.req.header("idempotency-key");
      if (key !== undefined && (key.length === 0 || key.length > 200))
        throw new InvalidInputError("Idempotency-Key: 1 to 200 characters", { field: "Idempotency-Key" });
      const limits = { maxDepth: deps.settings.MAX_JSON_DEPTH, maxChars: 50_000 };
      let header: z.infer<typeof BatchHeader>;
      let cvs: AsyncIterable<unknown> | Iterable<unknown>;
      const type = c.req.header("content-type");
      if (JSONL.test(type ?? "")) {
        const body = c.req.raw.body;
        if (!body)
          throw new InvalidInputError("body: empty; the first line holds the job", { field: "body" });
        const lines = bodyLines(body, deps.settings.BATCH_MAX_BODY_BYTES);
        let lineNo = 0;
        const parseLine = (line: string, target: string) => {
          try {
            const value: unknown = JSON.parse(line);
            checkValue(value, target, limits);
            return value;
          } catch (error) {
            if (error instanceof GardeFouError) throw error;
            throw new InvalidInputError(`line ${lineNo}: not valid JSON`, { field: `line ${lineNo}` });
          }
        };
        // next(), not for-await with break: breaking out would close the stream before the CVs are read.
        let first: string | undefined;
        for (let item = await lines.next(); !item.done; item = await lines.next()) {
          lineNo += 1;
          if (item.value.trim()) {
            first = item.value;
            break;
          }
        }
        if (first === undefined)
          throw new InvalidInputError("body: empty; the first line holds the job", { field: "body" });
        const parsed = BatchHeader.safeParse(parseLine(first, "header"));
        if (!parsed.success)
          throw new InvalidInputError(
            `line 1: ${parsed.error.issues.map((i) => `${i.path.join(".") || "header"}: ${i.message}`).join("; ")}`,
            { field: "header" },
          );
        header = parsed.data;
        cvs = (async function* () {
          let index = 0;
          for await (const line of lines) {
            lineNo += 1;
            if (!line.trim()) continue;
            yield parseLine(line, `cvs.${index}`);
            index += 1;
          }
        })();
      } else {
        // The JSON form is read whole (MAX_BODY_BYTES applies): large batches go as JSONL.
        const parsed = BatchJson.safeParse(await c.req.json());
        if (!parsed.success)
          throw new InvalidInputError(
            parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "),
            { field: parsed.error.issues[0]?.path.join(".") || "body" },
          );
        header = parsed.data;
        cvs = parsed.data.cvs;
      }
      const webhook = await webhookFor(deps, principal.keyId, header.webhook);
      const started = await startBatch(
        deps.runs,
        queue,
        {
          job: header.job,
          cvs,
          ...(header.jurisdiction ? { jurisdiction: header.jurisdiction } : {}),
          ...(webhook ? { webhook } : {}),
          ...(key ? { idempotencyKey: `${principal.keyId ?? "open"}:${key}` } : {}),
        },
        { maxCvs: deps.settings.BATCH_MAX_CVS, chunkSize: deps.settings.BATCH_CHUNK_SIZE },
      );
      c.header("location", `/v1/runs/${started.runId}`);
      const { created: _created, ...answer } = started;
      return c.json(
        {
          ...answer,
          workflow: "screening",
          kind: "batch",
          ...runUrls(started.runId),
          rankingUrl: `/v1/runs/${started.runId}/ranking`,
        },
        202,
      );
    })
    .get("/:id/stream", async (c) => {
      const id = c.req.param("id");
      const first = await findRun(deps.db, id);
      if (!first) throw new NotFoundError("run", id);
      const shown = seesClearData(principalOf(c).role) ? <T>(v: T) => v : maskValue;
      const lastEventId = Number.parseInt(c.req.header("last-event-id") ?? "", 10);
      return streamSSE(c, async (stream) => {
        let lastSeq = Number.isFinite(lastEventId) ? lastEventId : -1;
        const sentFindings = new Set<string>();
        let lastStatus = "";
        let lastProgress = "";
        const until = Date.now() + STREAM_MAX_MS;
        while (!stream.aborted && Date.now() < until) {
          const run = await findRun(deps.db, id);
          if (!run) {
            await stream.writeSSE({ event: "error", data: JSON.stringify({ code: "not_found", runId: id }) });
            return;
          }
          if (run.status !== lastStatus) {
            lastStatus = run.status;
            await stream.writeSSE({
              event: "status",
              data: JSON.stringify({ runId: id, status: run.status, verdict: run.verdict, kind: run.kind }),
            });
          }
          for (const step of await stepsAfter(deps.db, id, lastSeq)) {
            lastSeq = step.seq;
            await stream.writeSSE({
              event: "step",
              id: String(step.seq),
              data: JSON.stringify({
                seq: step.seq,
                kind: step.kind,
                name: step.name,
                status: step.status,
                startedAt: step.startedAt.toISOString(),
              }),
            });
          }
          for (const row of await findingsOfRun(deps.db, id)) {
            if (sentFindings.has(row.id)) continue;
            sentFindings.add(row.id);
            const finding = findingOfRow(row);
            await stream.writeSSE({
              event: "finding",
              data: JSON.stringify({ ...finding, evidence: shown(finding.evidence) }),
            });
          }
          if (run.kind === "batch") {
            const progress = JSON.stringify(await batchProgress(deps.db, id));
            if (progress !== lastProgress) {
              lastProgress = progress;
              await stream.writeSSE({ event: "progress", data: progress });
            }
          }
          if (!isBusy(run.status)) {
            const result = await storedResult(deps.runs, id);
            await stream.writeSSE({
              event: "end",
              data: JSON.stringify({
                ...result,
                ...(result.output ? { output: shown(result.output) } : {}),
              }),
            });
            return;
          }
          await stream.sleep(STREAM_POLL_MS);
        }
      });
    });
}
