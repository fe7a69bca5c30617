// Resolves the caller's API key. In AUTH_REQUIRED=auto mode the API stays open to clients on this machine
// until the first key is created, so that a fresh clone answers `curl`; from then on every path but the
// public ones needs a key. Keys are read from the database on each request, so a key created or revoked
// from the command line takes effect at once.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { Clock } from "../../core/clock.js";
import type { Settings } from "../../core/settings.js";
import type { Database } from "../../db/client.js";
import { anyApiKeyExists, findActiveKey, type Role, touchApiKey } from "../../db/queries/keys.js";
import { findSessionKey } from "../../db/queries/sessions.js";
import { LocalOnlyError, UnauthorizedError } from "./auth-errors.js";
import { isLocalRequest } from "./client.js";
import { type AuthEnv, OPEN_PRINCIPAL, type Principal } from "./principal.js";

/** Holds a session id (db/queries/sessions.ts), never the API key itself. */
export const SESSION_COOKIE = "gf_session";
const LAST_USED_PRECISION_MS = 60_000;

export interface AuthenticateOptions {
  db: Database;
  settings: Pick<Settings, "AUTH_REQUIRED">;
  clock: Clock;
  /** The server's local admin token (AppDeps.localAdminToken), honoured only from loopback. */
  localAdminToken?: string | undefined;
  /** Paths anyone may read: health, the OpenAPI document, the login page and its assets. */
  isPublic(path: string): boolean;
}

export type AuthMode = "open" | "keys";

export async function authMode(db: Database, settings: Pick<Settings, "AUTH_REQUIRED">): Promise<AuthMode> {
  if (settings.AUTH_REQUIRED === "true") return "keys";
  return (await anyApiKeyExists(db)) ? "keys" : "open";
}

const isPage = (path: string) => path === "/ui" || path.startsWith("/ui/");

function presentedKey(header: (name: string) => string | undefined): string | undefined {
  const bearer = header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? header("x-api-key")?.trim();
}

/** The command line on this machine, going through the server that holds the embedded directory. */
export const LOCAL_ADMIN: Principal = { keyId: null, name: "command line", role: "admin", local: true };

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function authenticate(options: AuthenticateOptions): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (options.isPublic(path)) return next();
    const key = presentedKey((n) => c.req.header(n));
    // The session cookie is honoured by the pages only: an API call must present its key itself.
    const session = isPage(path) && !key ? getCookie(c, SESSION_COOKIE) : undefined;
    const denied = (message?: string) => {
      if (isPage(path)) return c.redirect(`/ui/login?next=${encodeURIComponent(path)}`, 303);
      throw new UnauthorizedError(message);
    };
    if (key && options.localAdminToken && sameSecret(key, options.localAdminToken)) {
      // Whoever can read the data directory could open the database anyway; from elsewhere it is refused.
      if (!isLocalRequest(c))
        throw new UnauthorizedError("the local admin token is accepted from this machine only");
      c.set("principal", LOCAL_ADMIN);
      return next();
    }
    if (key || session) {
      const row = key
        ? await findActiveKey(options.db, key)
        : await findSessionKey(options.db, session ?? "", options.clock.now());
      if (!row) return denied(key ? "this API key is unknown or revoked" : undefined);
      c.set("principal", { keyId: row.id, name: row.name, role: row.role as Role });
      // Enough to spot a stale key, without a write on every request.
      const now = options.clock.now();
      if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS)
        await touchApiKey(options.db, row.id, now);
      await next();
      return;
    }
    if ((await authMode(options.db, options.settings)) === "open") {
      // Open mode is for the operator at the machine, never for the network (nor a proxy in front).
      if (!isLocalRequest(c)) throw new LocalOnlyError();
      c.set("principal", OPEN_PRINCIPAL);
      return next();
    }
    return denied();
  };
}
