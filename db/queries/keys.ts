// API keys: only a SHA-256 hash is stored; the key itself is shown once, when created.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Clock, IdSource } from "../../core/clock.js";
import { ROLES } from "../../core/contract.js";
import type { Database } from "../client.js";
import { apiKeys } from "../schema.js";

export { ROLES };
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export const KEY_PREFIX = "gf_";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** 32 random bytes, base64url, behind a prefix that secret scanners and people can recognise. */
export function generateApiKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export interface CreatedKey {
  key: string;
  row: ApiKeyRow;
}

export async function createApiKey(
  db: Database,
  input: { name: string; role: Role },
  deps: { clock: Clock; ids: IdSource },
): Promise<CreatedKey> {
  const key = generateApiKey();
  const row: ApiKeyRow = {
    id: deps.ids.next(),
    name: input.name,
    role: input.role,
    keyHash: hashApiKey(key),
    // Enough to tell keys apart in a list, far too little to guess the rest.
    prefix: key.slice(0, KEY_PREFIX.length + 6),
    createdAt: deps.clock.now(),
    revokedAt: null,
    lastUsedAt: null,
  };
  await db.insert(apiKeys).values(row);
  return { key, row };
}

/** The active key matching `key`, compared in constant time on the hashes. */
export async function findActiveKey(db: Database, key: string): Promise<ApiKeyRow | undefined> {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const hash = hashApiKey(key);
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, hash));
  if (!row || row.revokedAt) return undefined;
  const same = timingSafeEqual(Buffer.from(row.keyHash, "hex"), Buffer.from(hash, "hex"));
  return same ? row : undefined;
}

export async function touchApiKey(db: Database, id: string, at: Date): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id));
}

/**
 * Whether any key was ever created, revoked ones included: revoking the last key must not reopen the API.
 */
export async function anyApiKeyExists(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(apiKeys);
  return Number(row?.n ?? 0) > 0;
}

export async function listApiKeys(db: Database): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
}

export async function revokeApiKey(db: Database, id: string, at: Date): Promise<ApiKeyRow | undefined> {
  const [row] = await db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).returning();
  return row;
}
