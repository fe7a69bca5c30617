// The embedded database's checkpoints: no wire bridge any more (security issue, point 2: nothing another
// local process could open), and the saver's transactions and the application's kept apart, which the
// bridge did not do (PGlite is one session): a read inside a failed checkpoint answered 25P02, and one
// side's ROLLBACK took back the other's writes.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../db/client.js";
import { type CheckpointerHandle, openCheckpointer } from "./checkpointer.js";
import { pglitePool } from "./pglite-pool.js";

let database: DatabaseHandle;
let checkpoints: CheckpointerHandle;
beforeAll(async () => {
  database = await openDatabase({ pgliteDir: "memory://" });
  checkpoints = await openCheckpointer(database);
  await database.db.execute(sql`create table scratch (label text primary key)`);
});
afterAll(async () => {
  await checkpoints.close();
  await database.close();
});

const labels = async () =>
  (await database.pglite!.query<{ label: string }>("select label from scratch order by label")).rows.map(
    (r) => r.label,
  );
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Inodes of the TCP sockets and PostgreSQL Unix sockets this process listens on (from /proc). */
async function listeningInodes(): Promise<Set<string>> {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const text = await readFile(file, "utf8").catch(() => "");
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === "0A" && cols[9]) inodes.add(cols[9]); // 0A = LISTEN
    }
  }
  // A PostgreSQL-protocol Unix socket (libpq's ".s.PGSQL.<port>" naming), as the old bridge served.
  const unix = await readFile("/proc/net/unix", "utf8").catch(() => "");
  for (const line of unix.split("\n").slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols[3] === "00010000" && cols[6] && /\.s\.PGSQL\./u.test(cols[7] ?? "")) inodes.add(cols[6]);
  }
  return inodes;
}

describe("the embedded database's checkpoints", () => {
  it("open no socket another process could connect to", async () => {
    if (process.platform !== "linux") return;
    const fds = execFileSync("ls", ["-l", `/proc/${process.pid}/fd`], { encoding: "utf8" });
    const ours = new Set([...fds.matchAll(/socket:\[(\d+)\]/g)].map((m) => m[1]));
    const listening = [...(await listeningInodes())].filter((inode) => ours.has(inode));
    expect(listening).toEqual([]);
  });

  it("keep a graph's state across invocations of one thread", async () => {
    const State = Annotation.Root({
      count: Annotation<number>({ reducer: (a, b) => a + b, default: () => 0 }),
    });
    const graph = new StateGraph(State)
      .addNode("step", () => ({ count: 1 }))
      .addEdge(START, "step")
      .addEdge("step", END)
      .compile({ checkpointer: checkpoints.saver });
    const config = { configurable: { thread_id: "thread-1" } };
    await graph.invoke({ count: 0 }, config);
    await graph.invoke({ count: 0 }, config);
    expect((await graph.getState(config)).values.count).toBe(2);
  });

  it("do not let the application's write land inside a checkpoint transaction that is rolled back", async () => {
    const pool = pglitePool(database.pglite!);
    const client = await pool.connect();
    await client.query("BEGIN");
    await client.query("insert into scratch (label) values ($1)", ["checkpoint-a"]);
    // The application writes while the checkpoint's transaction is open; it must wait, not join it.
    const write = database.db.execute(sql`insert into scratch (label) values ('decision-a')`);
    await pause(30);
    await client.query("ROLLBACK");
    client.release();
    await write;
    expect(await labels()).toContain("decision-a");
    expect(await labels()).not.toContain("checkpoint-a");
  });

  it("do not let a checkpoint write land inside an application transaction that is rolled back", async () => {
    const pool = pglitePool(database.pglite!);
    let checkpointWrite: Promise<unknown> = Promise.resolve();
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into scratch (label) values ('decision-b')`);
        checkpointWrite = pool.query("insert into scratch (label) values ($1)", ["checkpoint-b"]);
        await pause(30);
        throw new Error("the decision is rolled back");
      })
      .catch(() => undefined);
    await checkpointWrite;
    expect(await labels()).toContain("checkpoint-b");
    expect(await labels()).not.toContain("decision-b");
  });

  it("answer reads normally after a checkpoint statement failed inside its transaction", async () => {
    const pool = pglitePool(database.pglite!);
    const client = await pool.connect();
    await client.query("BEGIN");
    await expect(client.query("insert into no_such_table values ($1)", [1])).rejects.toThrow();
    const read = labels();
    await client.query("ROLLBACK");
    client.release();
    await expect(read).resolves.toBeInstanceOf(Array);
  });
});
