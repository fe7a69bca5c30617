// Records who started each run through the API, and lets an app key read back only its own runs
// (someone else's run is answered as not found, so that run ids cannot be probed).
import type { MiddlewareHandler } from "hono";
import type { Clock, IdSource } from "../../core/clock.js";
import { NotFoundError } from "../../core/errors.js";
import type { Database } from "../../db/client.js";
import { appendAudit, runCreator } from "../../db/queries/audit.js";
import { type AuthEnv, actorOf, principalOf } from "./principal.js";

export interface RunOwnershipOptions {
  db: Database;
  clock: Clock;
  ids: IdSource;
}

const CREATE = /^\/v1\/runs(\/batch)?\/?$/;
const READ = /^\/v1\/runs\/([^/]+)(\/(stream|ranking))?\/?$/;

export function runOwnership(options: RunOwnershipOptions): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const principal = principalOf(c);
    const read = c.req.method === "GET" ? READ.exec(c.req.path) : null;
    if (read?.[1] && principal.role === "app") {
      const runId = decodeURIComponent(read[1]);
      if ((await runCreator(options.db, runId)) !== principal.keyId) throw new NotFoundError("run", runId);
    }
    await next();
    if (c.req.method !== "POST" || !CREATE.test(c.req.path) || (c.res.status !== 200 && c.res.status !== 202))
      return;
    const body = (await c.res.clone().json()) as { runId?: unknown; workflow?: unknown; status?: unknown };
    if (typeof body.runId !== "string") return;
    await appendAudit(options.db, {
      id: options.ids.next(),
      at: options.clock.now(),
      actor: actorOf(principal),
      action: "run.create",
      runId: body.runId,
      details: { keyId: principal.keyId, workflow: body.workflow, status: body.status },
    });
  };
}
