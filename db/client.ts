// The one place that opens a database: embedded PGlite (with pgvector) by default, postgres.js when a
// DATABASE_URL is given. Migrations are applied on open, so a fresh machine needs no separate step.
import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { fromRoot } from "../core/paths.js";
import { openPglite } from "./pglite.js";
import * as schema from "./schema.js";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** The embedded PGlite, when that is what runs (the checkpointer reaches it through runtime/pglite-pool.ts). */
  pglite?: PGlite;
  /** A postgres:// URL for clients that need their own connection (checkpointer), when one exists. */
  url?: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Directory for PGlite, or "memory://" for a database that lives and dies with the process. */
  pgliteDir: string;
}

const MIGRATIONS = fromRoot("db", "migrations");

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    // One connection is enough for migrations; the pool then serves the app.
    // postgres.js reconnects by itself on the next query after a lost connection; a server that does not
    // answer fails a query within connect_timeout instead of hanging it.
    const sql = postgres(options.databaseUrl, { max: 10, connect_timeout: 10, onnotice: () => {} });
    const db = drizzlePostgres(sql, { schema });
    try {
      await migratePostgres(db, { migrationsFolder: MIGRATIONS });
    } catch (error) {
      // A failed start must not keep connections open (nor the process alive) behind its error.
      await sql.end({ timeout: 1 }).catch(() => {});
      throw error;
    }
    return {
      db: db as unknown as Database,
      kind: "postgres",
      url: options.databaseUrl,
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const inMemory = options.pgliteDir.startsWith("memory://");
  if (!inMemory) mkdirSync(options.pgliteDir, { recursive: true });
  const pglite = await openPglite(inMemory ? undefined : options.pgliteDir);
  const db = drizzlePglite(pglite, { schema });
  try {
    await migratePglite(db, { migrationsFolder: MIGRATIONS });
  } catch (error) {
    await pglite.close().catch(() => {});
    throw error;
  }
  return {
    db: db as unknown as Database,
    kind: "pglite",
    pglite,
    close: () => pglite.close(),
  };
}
