// Webhook endpoints (one secret per API key) and the record of every delivery attempt. Knows no HTTP.
import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../client.js";
import { webhookDeliveries, webhookEndpoints } from "../schema.js";

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type NewDelivery = typeof webhookDeliveries.$inferInsert;
export type EndpointRow = typeof webhookEndpoints.$inferSelect;

const newSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

/** The key's endpoint, created with a fresh secret on first use (two callers at once get the same one). */
export async function endpointOf(db: Database, keyId: string, now: Date): Promise<EndpointRow> {
  await db
    .insert(webhookEndpoints)
    .values({ keyId, url: null, secret: newSecret(), createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: webhookEndpoints.keyId });
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.keyId, keyId));
  if (!row) throw new Error(`webhook endpoint of ${keyId} vanished`);
  return row;
}

export async function findEndpoint(db: Database, keyId: string): Promise<EndpointRow | undefined> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.keyId, keyId));
  return row;
}

export async function setEndpoint(
  db: Database,
  keyId: string,
  patch: { url?: string | null; rotate?: boolean },
  now: Date,
): Promise<EndpointRow> {
  await endpointOf(db, keyId, now);
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      ...(patch.rotate ? { secret: newSecret() } : {}),
      updatedAt: now,
    })
    .where(eq(webhookEndpoints.keyId, keyId))
    .returning();
  if (!row) throw new Error(`webhook endpoint of ${keyId} vanished`);
  return row;
}

export async function recordDelivery(db: Database, row: NewDelivery): Promise<void> {
  await db.insert(webhookDeliveries).values(row).onConflictDoNothing({ target: webhookDeliveries.id });
}

export async function deliveriesOf(db: Database, runId: string): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.runId, runId))
    .orderBy(asc(webhookDeliveries.at), asc(webhookDeliveries.attempt));
}

export async function delivered(db: Database, runId: string, event: string): Promise<boolean> {
  const [row] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.runId, runId),
        eq(webhookDeliveries.event, event),
        eq(webhookDeliveries.ok, true),
      ),
    )
    .limit(1);
  return row !== undefined;
}
