// Where LangGraph keeps run checkpoints: in PostgreSQL, so that a run waiting for a person's review
// survives a restart. The embedded PGlite has no network port of its own, so it is served on 127.0.0.1
// over the PostgreSQL wire protocol for `pg` (which PostgresSaver requires) to reach it.
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import pg from "pg";
import type { DatabaseHandle } from "../db/client.js";

export interface CheckpointerHandle {
  saver: PostgresSaver;
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
  const bridge = new PGLiteSocketServer({
    db: database.pglite,
    host: "127.0.0.1",
    port: 0,
    maxConnections: BRIDGE_MAX_CONNECTIONS,
  });
  await bridge.start();
  const pool = watchPool(
    new pg.Pool({
      connectionString: `postgres://postgres@${bridge.getServerConn()}/postgres`,
      max: BRIDGE_POOL_SIZE,
    }),
    onPoolError,
  );
  try {
    const saver = new PostgresSaver(pool, undefined, { schema: CHECKPOINT_SCHEMA });
    await saver.setup();
    return {
      saver,
      close: async () => {
        // The pool first: its clients must say goodbye before the bridge drops their sockets.
        await pool.end();
        await bridge.stop();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    await bridge.stop();
    throw error;
  }
}
