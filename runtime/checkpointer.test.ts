// Point 2 of the security issue: the embedded database's wire-protocol bridge is no open superuser. It
// listens on no TCP port, and its Unix socket sits in a 0700 directory: another local user is refused by
// the kernel before a byte of PostgreSQL's protocol is spoken.
import { execFileSync, spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../db/client.js";
import { type CheckpointerHandle, openCheckpointer } from "./checkpointer.js";

let database: DatabaseHandle;
let bridge: CheckpointerHandle;
beforeAll(async () => {
  database = await openDatabase({ pgliteDir: "memory://" });
  bridge = await openCheckpointer(database);
});
afterAll(async () => {
  await bridge.close();
  await database.close();
});

/** Inodes of the sockets this process listens on over TCP (from /proc: no tool needed). */
async function listeningTcpInodes(): Promise<Set<string>> {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const text = await readFile(file, "utf8").catch(() => "");
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === "0A" && cols[9]) inodes.add(cols[9]); // 0A = LISTEN
    }
  }
  return inodes;
}

describe("the embedded database's bridge", () => {
  it("is a Unix socket in a directory only this user can enter", () => {
    const dir = bridge.socketDir;
    expect(dir).toBeDefined();
    const mode = statSync(dir ?? "").mode & 0o777;
    expect(mode).toBe(0o700);
    expect(statSync(dir ?? "").uid).toBe(process.getuid?.());
    expect(statSync(join(dir ?? "", ".s.PGSQL.5432")).isSocket()).toBe(true);
  });

  it("listens on no TCP port", async () => {
    if (process.platform !== "linux") return;
    const fds = execFileSync("ls", ["-l", `/proc/${process.pid}/fd`], { encoding: "utf8" });
    const ours = new Set([...fds.matchAll(/socket:\[(\d+)\]/g)].map((m) => m[1]));
    const listening = [...(await listeningTcpInodes())].filter((inode) => ours.has(inode));
    expect(listening).toEqual([]);
  });

  it("serves this process's own pool", async () => {
    const client = new pg.Client({
      host: bridge.socketDir,
      port: 5432,
      user: "postgres",
      database: "postgres",
    });
    await client.connect();
    const { rows } = await client.query<{ n: number }>("select 1 as n");
    await client.end();
    expect(rows[0]?.n).toBe(1);
  });

  it("refuses another local user", () => {
    const nobody = spawnSync("id", ["-u", "nobody"], { encoding: "utf8" });
    if (process.getuid?.() !== 0 || nobody.status !== 0) {
      console.warn("not root or no `nobody` user: the other-user case is skipped");
      return;
    }
    const socket = join(bridge.socketDir ?? "", ".s.PGSQL.5432");
    // The same connection attempt as a psql would make, as the unprivileged user `nobody`.
    const attempt = spawnSync(
      "setpriv",
      [
        "--reuid=nobody",
        "--regid=nogroup",
        "--clear-groups",
        process.execPath,
        "-e",
        `require("net").connect(${JSON.stringify(socket)}).on("connect",()=>{console.log("CONNECTED");process.exit(0)}).on("error",e=>{console.log(e.code);process.exit(3)})`,
      ],
      { encoding: "utf8", timeout: 20_000 },
    );
    expect(attempt.stdout.trim()).toBe("EACCES");
    expect(attempt.status).toBe(3);
  });
});
