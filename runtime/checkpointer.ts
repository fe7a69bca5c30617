// Where LangGraph keeps run checkpoints: in PostgreSQL, so that a run waiting for a person's review
// survives a restart. On a PostgreSQL server, through its own `pg` pool; on the embedded PGlite, through
// pglite-pool.ts, which keeps the saver's transactions and the application's from running inside each
// other (PGlite is one session) and opens no socket or port at all.
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import pg from "pg";
import type { DatabaseHandle } from "../db/client.js";
import { byteaArrayFromText } from "../db/pglite.js";
import { turnTakingSerde } from "./checkpoint-serde.js";
import { pglitePool } from "./pglite-pool.js";

export interface CheckpointerHandle {
  saver: PostgresSaver;
  close(): Promise<void>;
}

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

const BYTEA_ARRAY = 1001;

/**
 * The saver reads a checkpoint's blobs as bytea arrays; `pg` parses those one character at a time (as
 * PGlite did: see db/pglite.ts), which held the event loop 1.3 s during a 200-CV screening on PostgreSQL
 * (`DATABASE_URL=… npm run bench:eventloop`). Here, the one-indexOf-per-element parser of db/pglite.ts.
 * Set for the process: only the saver and pg-boss use `pg`, and the result is the same, only sooner.
 */
function parseByteaArraysFast(): void {
  // pg-types types an oid as its enum of builtins, which has no array types: called through Reflect.
  const general: (text: string) => unknown = Reflect.apply(pg.types.getTypeParser, pg.types, [
    BYTEA_ARRAY,
    "text",
  ]);
  const fast = (text: string) => byteaArrayFromText(text) ?? general(text);
  Reflect.apply(pg.types.setTypeParser, pg.types, [BYTEA_ARRAY, "text", fast]);
}

export async function openCheckpointer(
  database: DatabaseHandle,
  onPoolError: (error: Error) => void = () => {},
): Promise<CheckpointerHandle> {
  if (database.kind === "postgres" || !database.pglite) {
    parseByteaArraysFast();
    if (!database.url) throw new Error("checkpointer: a PostgreSQL database without a connection URL");
    const pool = watchPool(new pg.Pool({ connectionString: database.url, max: 5 }), onPoolError);
    const saver = new PostgresSaver(pool, undefined, { schema: CHECKPOINT_SCHEMA });
    saver.serde = turnTakingSerde(saver.serde);
    await saver.setup();
    return { saver, close: () => pool.end() };
  }
  const saver = new PostgresSaver(pglitePool(database.pglite), undefined, { schema: CHECKPOINT_SCHEMA });
  saver.serde = turnTakingSerde(saver.serde);
  await saver.setup();
  return { saver, close: async () => {} };
}
