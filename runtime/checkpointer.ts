// Where LangGraph keeps run checkpoints: in PostgreSQL, so that a run waiting for a person's review
// survives a restart. The embedded PGlite has no network port of its own, so it is served over the
// PostgreSQL wire protocol for `pg` (which PostgresSaver requires) to reach it.
//
// That bridge is a superuser session on every CV and key hash, and pglite-socket 0.2.17 has no
// authentication at all (any user, any password). So it is never a TCP port: it is a Unix socket inside a
// fresh directory with mode 0700, which the kernel lets only this process's user (and root) open.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import pg from "pg";
import type { DatabaseHandle } from "../db/client.js";

export interface CheckpointerHandle {
  saver: PostgresSaver;
  /** The directory holding the embedded database's socket (none for a real PostgreSQL). */
  socketDir?: string;
  close(): Promise<void>;
}

/** The socket server's default is 1 connection, which starves a pool; PGlite serialises queries anyway. */
const BRIDGE_MAX_CONNECTIONS = 10;
/**
 * One client: the bridge feeds every connection into PGlite's single session, so two clients' extended-
 * protocol messages interleave ("unnamed prepared statement does not exist") as soon as a subgraph reads
 * its checkpoint while the parent graph writes one. PGlite runs one query at a time anyway.
 */
const BRIDGE_POOL_SIZE = 1;
/** Only names the socket file: nothing listens on a TCP port. */
const BRIDGE_PORT = 5432;
/** A schema of their own keeps LangGraph's tables out of the way of Drizzle's migrations and queries. */
const CHECKPOINT_SCHEMA = "langgraph";

/**
 * An idle client of a `pg` pool whose server restarts emits 'error' on the pool; unhandled, that event
 * kills the process. The pool drops that client and opens a new one on the next query, so it is logged.
 */
function watchPool(pool: pg.Pool, onError: (error: Error) => void): pg.Pool {
  pool.on("error", onError);
  return pool;
}

export async function openCheckpointer(
  database: DatabaseHandle,
  onPoolError: (error: Error) => void = () => {},
): Promise<CheckpointerHandle> {
  if (database.kind === "postgres" || !database.pglite) {
    if (!database.url) throw new Error("checkpointer: a PostgreSQL database without a connection URL");
    const pool = watchPool(new pg.Pool({ connectionString: database.url, max: 5 }), onPoolError);
    const saver = new PostgresSaver(pool, undefined, { schema: CHECKPOINT_SCHEMA });
    await saver.setup();
    return { saver, close: () => pool.end() };
  }
  // mkdtemp creates the directory 0700 already; the chmod says so where a umask or platform might not.
  const socketDir = mkdtempSync(join(tmpdir(), "garde-fou-pg-"));
  chmodSync(socketDir, 0o700);
  const removeDir = () => rmSync(socketDir, { recursive: true, force: true });
  const bridge = new PGLiteSocketServer({
    db: database.pglite,
    // libpq's naming, so that `pg` finds it from the directory and port: host=/dir, port=5432.
    path: join(socketDir, `.s.PGSQL.${BRIDGE_PORT}`),
    maxConnections: BRIDGE_MAX_CONNECTIONS,
  });
  try {
    await bridge.start();
  } catch (error) {
    removeDir();
    throw error;
  }
  const pool = watchPool(
    new pg.Pool({
      host: socketDir,
      port: BRIDGE_PORT,
      user: "postgres",
      database: "postgres",
      max: BRIDGE_POOL_SIZE,
    }),
    onPoolError,
  );
  try {
    const saver = new PostgresSaver(pool, undefined, { schema: CHECKPOINT_SCHEMA });
    await saver.setup();
    return {
      saver,
      socketDir,
      close: async () => {
        // The pool first: its clients must say goodbye before the bridge drops their sockets.
        await pool.end();
        await bridge.stop();
        removeDir();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    await bridge.stop();
    removeDir();
    throw error;
  }
}
