// Login sessions of the reviewers' pages: a random id in the browser's cookie, its SHA-256 here. The key a
// reviewer typed at login is never stored in the browser.
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Clock } from "../../core/clock.js";
import type { Database } from "../client.js";
import { apiKeys, sessions } from "../schema.js";
import type { ApiKeyRow } from "./keys.js";

const SESSION_PREFIX = "gfs_";
const hashOf = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export interface CreatedSession {
  /** What the cookie holds: shown to the browser once, never stored. */
  token: string;
  expiresAt: Date;
}

export async function createSession(
  db: Database,
  keyId: string,
  options: { clock: Clock; ttlMs: number },
): Promise<CreatedSession> {
  const token = `${SESSION_PREFIX}${randomBytes(32).toString("base64url")}`;
  const now = options.clock.now();
  const expiresAt = new Date(now.getTime() + options.ttlMs);
  await db
    .insert(sessions)
    .values({ idHash: hashOf(token), keyId, createdAt: now, expiresAt, revokedAt: null });
  return { token, expiresAt };
}

/** The key behind a live session: not expired, not logged out, its key not revoked. */
export async function findSessionKey(db: Database, token: string, now: Date): Promise<ApiKeyRow | undefined> {
  if (!token.startsWith(SESSION_PREFIX)) return undefined;
  const [row] = await db
    .select({ key: apiKeys })
    .from(sessions)
    .innerJoin(apiKeys, eq(apiKeys.id, sessions.keyId))
    .where(
      and(
        eq(sessions.idHash, hashOf(token)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        isNull(apiKeys.revokedAt),
      ),
    );
  return row?.key;
}

export async function revokeSession(db: Database, token: string, at: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.idHash, hashOf(token)), isNull(sessions.revokedAt)));
}

/** Ended sessions are of no use to anyone: removed so the table stays the size of the live ones. */
export async function pruneSessions(db: Database, now: Date): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.revokedAt, now)))
    .returning({ idHash: sessions.idHash });
  return removed.length;
}
