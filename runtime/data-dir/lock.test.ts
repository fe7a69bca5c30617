// The directory lock: one holder at a time, a dead holder's lock taken over, a live one named in the error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  acquireLock,
  currentBootId,
  DirectoryHeldError,
  LOCK_FILE,
  readLock,
  runningServer,
  TOKEN_FILE,
} from "./lock.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "gf-lock-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A pid that surely belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

const lockOf = (pid: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    pid,
    host: hostname(),
    boot: currentBootId(),
    startedAt: "2026-01-01T00:00:00.000Z",
    role: "server",
    ...extra,
  });

describe("the embedded directory's lock", () => {
  it("is held by one process: a second acquirer is told who holds it and what to do", () => {
    const lock = acquireLock(dir, "server");
    const error = (() => {
      try {
        acquireLock(dir, "cli");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DirectoryHeldError);
    const message = (error as Error).message;
    expect(message).toContain(`pid ${process.pid}`);
    expect(message).toContain(lock.holder.startedAt);
    expect(message).toMatch(/kill -TERM/);
    lock.release();
    expect(readLock(dir)).toBeUndefined();
    acquireLock(dir, "cli").release();
  });

  it("takes over the lock of a process that no longer exists", () => {
    writeFileSync(join(dir, LOCK_FILE), lockOf(deadPid()));
    expect(readLock(dir)?.stale).toBe(true);
    const lock = acquireLock(dir, "cli");
    expect(readLock(dir)?.holder.pid).toBe(process.pid);
    lock.release();
  });

  it("takes over a lock written before a reboot, even if its pid is alive today", () => {
    if (!currentBootId()) return;
    writeFileSync(join(dir, LOCK_FILE), lockOf(process.ppid, { boot: "another-boot" }));
    acquireLock(dir, "cli").release();
  });

  it("never takes over a live process's lock, nor one from another host", () => {
    writeFileSync(join(dir, LOCK_FILE), lockOf(process.ppid));
    expect(() => acquireLock(dir, "cli")).toThrow(DirectoryHeldError);
    writeFileSync(join(dir, LOCK_FILE), lockOf(deadPid(), { host: "elsewhere.example" }));
    expect(() => acquireLock(dir, "cli")).toThrow(/elsewhere\.example/);
  });

  it("advertises a server's loopback URL with a token only its user can read; release removes both", () => {
    const lock = acquireLock(dir, "server");
    expect(runningServer(dir)).toBeUndefined();
    lock.advertise("http://127.0.0.1:1234");
    const found = runningServer(dir);
    expect(found).toMatchObject({ url: "http://127.0.0.1:1234", token: lock.token });
    expect(statSync(join(dir, TOKEN_FILE)).mode & 0o777).toBe(0o600);
    // The lock file, which anyone may read to learn who holds the directory, never carries the token.
    expect(readFileSync(join(dir, LOCK_FILE), "utf8")).not.toContain(lock.token);
    lock.release();
    expect(runningServer(dir)).toBeUndefined();
  });

  it("does not hand a dead server's token to the command line", () => {
    writeFileSync(join(dir, LOCK_FILE), lockOf(deadPid(), { url: "http://127.0.0.1:1" }));
    writeFileSync(join(dir, TOKEN_FILE), "gfl_old", { mode: 0o600 });
    expect(runningServer(dir)).toBeUndefined();
  });
});
