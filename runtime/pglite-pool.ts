// The embedded database as the `pg.Pool` LangGraph's PostgresSaver asks for, without a wire bridge.
//
// Why not serve PGlite over the wire protocol (pglite-socket) as before: PGlite is one session. The bridge
// fed the saver's messages into it one at a time, while Drizzle spoke to it directly, so each side's
// queries ran inside the other's open transaction: a read answered "current transaction is aborted"
// (25P02) while a checkpoint failed, and a ROLLBACK on one side could take back the other's writes (a
// reviewer's decision among them). Here the saver's BEGIN … COMMIT is a PGlite transaction, which PGlite
// keeps exclusive: a direct query waits for it, and it waits for a Drizzle transaction to end. No socket,
// no port, nothing another process could open.
//
// What PostgresSaver uses of `pg`: pool.query(text, params), pool.connect() → client.query / release(),
// pool.end(). Its rows are read with TextDecoder and Uint8Array, which PGlite's bytea values are.
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type pg from "pg";

type Target = Pick<PGlite, "query" | "exec"> | Pick<Transaction, "query" | "exec">;

interface Answer {
  rows: unknown[];
  rowCount: number;
}

/** One statement with parameters through the extended protocol; without, possibly several (a migration). */
async function run(target: Target, text: string, params?: unknown[]): Promise<Answer> {
  if (params && params.length > 0) {
    const result = await target.query(text, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  }
  const results = await target.exec(text);
  const last = results[results.length - 1];
  return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
}

const verbOf = (text: string) => text.trim().replace(/;$/u, "").toUpperCase();

/** A client holding at most one PGlite transaction, opened by BEGIN and closed by COMMIT or ROLLBACK. */
class PgliteClient {
  private tx: Transaction | undefined;
  private finish: ((commit: boolean) => void) | undefined;
  private finished: Promise<unknown> | undefined;

  constructor(private readonly db: PGlite) {}

  async query(text: string, params?: unknown[]): Promise<Answer> {
    const verb = verbOf(text);
    if (verb === "BEGIN") {
      if (this.tx) throw new Error("pglite pool: BEGIN inside an open transaction");
      await this.begin();
      return { rows: [], rowCount: 0 };
    }
    if (verb === "COMMIT" || verb === "ROLLBACK") {
      await this.end(verb === "COMMIT");
      return { rows: [], rowCount: 0 };
    }
    return run(this.tx ?? this.db, text, params);
  }

  private async begin(): Promise<void> {
    let opened: (tx: Transaction) => void = () => {};
    const open = new Promise<Transaction>((resolve) => {
      opened = resolve;
    });
    this.finished = this.db.transaction(async (tx) => {
      opened(tx);
      const commit = await new Promise<boolean>((resolve) => {
        this.finish = resolve;
      });
      if (!commit) await tx.rollback();
    });
    // A BEGIN that PGlite refused rejects `finished` before the transaction opens.
    this.tx = await Promise.race([open, this.finished.then(() => Promise.reject(new Error("BEGIN failed")))]);
  }

  private async end(commit: boolean): Promise<void> {
    const finish = this.finish;
    const finished = this.finished;
    this.tx = undefined;
    this.finish = undefined;
    this.finished = undefined;
    if (!finish || !finished) return;
    finish(commit);
    // PGlite commits when the callback returns; a failed statement inside makes COMMIT throw, as in pg.
    await finished;
  }

  /** A client given back inside a transaction rolls it back, so the session is never left open. */
  release(): void {
    if (this.finish) void this.end(false).catch(() => undefined);
  }
}

/** A `pg.Pool` stand-in over the embedded database, for PostgresSaver. */
export function pglitePool(db: PGlite): pg.Pool {
  const pool = {
    query: (text: string, params?: unknown[]) => run(db, text, params),
    connect: async () => new PgliteClient(db),
    end: async () => {},
    on: () => pool,
  };
  // PostgresSaver types its constructor with pg.Pool but calls only the members above.
  return pool as unknown as pg.Pool;
}
