// When a garde-fou server holds the embedded directory, the command line must not open it too (two PGlite
// instances on one directory lose writes): it goes through that server's API instead, on loopback, with
// the server's local admin token (runtime/data-dir/lock.ts). With PostgreSQL, or no server, it opens the
// database itself as before.
import { ERROR_CODES, type ErrorCode, GardeFouError } from "../core/errors.js";
import type { Settings } from "../core/settings.js";
import { runningServer } from "../runtime/data-dir/index.js";

export interface ServerClient {
  /** The server's loopback URL (for messages). */
  url: string;
  pid: number;
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** The server holding PGLITE_DIR, when there is one; undefined with PostgreSQL or an in-memory database. */
export function localServer(settings: Settings): ServerClient | undefined {
  if (settings.DATABASE_URL || settings.PGLITE_DIR.startsWith("memory://")) return undefined;
  const found = runningServer(settings.PGLITE_DIR);
  if (!found) return undefined;
  const { url, token, holder } = found;
  return {
    url,
    pid: holder.pid,
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      let answer: Response;
      try {
        answer = await fetch(`${url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch {
        throw new GardeFouError(
          "configuration",
          `the garde-fou server (pid ${holder.pid}) holds the embedded database but does not answer at ${url}; wait for it, or stop it and try again`,
        );
      }
      const payload = (await answer.json().catch(() => ({}))) as {
        error?: { code?: string; message?: string; details?: Record<string, unknown> };
      };
      if (!answer.ok) {
        const code = ERROR_CODES.find((c) => c === payload.error?.code) ?? "internal";
        throw new GardeFouError(
          code as ErrorCode,
          payload.error?.message ?? `the server answered ${answer.status}`,
          payload.error?.details,
        );
      }
      return payload as T;
    },
  };
}
