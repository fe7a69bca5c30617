// Delivering a run's outcome to its webhook: a POST of the run as `GET /v1/runs/ID` summarises it, signed with
// the secret of the API key that asked for it, retried by the queue with a doubling backoff (WEBHOOK_MAX_ATTEMPTS),
// every attempt recorded in `webhook_deliveries`.
//
// Signature (README, "Background runs"): header `Garde-Fou-Signature: t=<unix seconds>,v1=<hex>` where hex is
// HMAC-SHA256(secret, `${t}.${body}`); a receiver recomputes it over the raw body and refuses a timestamp
// older than a few minutes (replay).
import { createHmac } from "node:crypto";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { Clock, IdSource } from "../core/clock.js";
import { checkWebhookUrl, isPrivateAddress } from "../core/webhook-target.js";
import type { Database } from "../db/client.js";
import { findRun } from "../db/queries/runs.js";
import { delivered, endpointOf, recordDelivery } from "../db/queries/webhooks.js";
import { storedResult } from "../graphs/runner.js";

export const SIGNATURE_HEADER = "garde-fou-signature";

export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export interface WebhookDeps {
  db: Database;
  clock: Clock;
  ids: IdSource;
  allowPrivate: boolean;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** A failed attempt: the queue tries again later (up to WEBHOOK_MAX_ATTEMPTS). */
export class DeliveryFailed extends Error {
  override readonly name = "DeliveryFailed";
}

async function checkResolved(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  const inside = addresses.find(isPrivateAddress);
  if (inside)
    throw new DeliveryFailed(`${host} resolves to ${inside}, a private address (WEBHOOK_ALLOW_PRIVATE)`);
}

export async function deliverWebhook(
  deps: WebhookDeps,
  runId: string,
  event: string,
  attempt: number,
): Promise<"sent" | "already_sent" | "no_webhook"> {
  const run = await findRun(deps.db, runId);
  if (!run?.webhook) return "no_webhook";
  if (await delivered(deps.db, runId, event)) return "already_sent";
  const started = Date.now();
  const at = deps.clock.now();
  const record = (ok: boolean, statusCode: number | null, error: string | null) =>
    recordDelivery(deps.db, {
      id: deps.ids.next(),
      runId,
      event,
      url: run.webhook ?? "",
      attempt,
      ok,
      statusCode,
      error,
      durationMs: Date.now() - started,
      at,
    });
  try {
    const url = checkWebhookUrl(run.webhook, deps.allowPrivate);
    await checkResolved(url, deps.allowPrivate);
    const { secret } = await endpointOf(deps.db, run.webhookKey ?? "open", at);
    const body = JSON.stringify({ event, runId, at: at.toISOString(), run: await storedResult(deps, runId) });
    const timestamp = Math.floor(at.getTime() / 1000);
    const response = await (deps.fetch ?? fetch)(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "garde-fou-webhooks",
        "garde-fou-event": event,
        "garde-fou-run": runId,
        [SIGNATURE_HEADER]: signature(secret, timestamp, body),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(deps.timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status < 200 || response.status >= 300) {
      await record(false, response.status, `answered ${response.status}`);
      throw new DeliveryFailed(`webhook of run ${runId} answered ${response.status}`);
    }
    await record(true, response.status, null);
    return "sent";
  } catch (error) {
    if (error instanceof DeliveryFailed && /answered/.test(error.message)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    await record(false, null, message.slice(0, 500));
    throw new DeliveryFailed(`webhook of run ${runId} failed: ${message}`);
  }
}
