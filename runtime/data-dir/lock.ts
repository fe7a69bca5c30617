// The embedded database belongs to one process at a time: two PGlite instances on one directory silently
// lose each other's writes and can leave it unreadable. A lock file in the directory says who holds it
// (pid, host, boot, start time and, for a server, its loopback URL); a second process reads it and either
// goes through that server's API (cli/server-client.ts) or stops with a message naming the holder.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { GardeFouError } from "../../core/errors.js";

export const LOCK_FILE = "garde-fou.lock";
/** The local admin token of the server holding the directory: mode 0600, read by the CLI, never logged. */
export const TOKEN_FILE = "garde-fou.local-token";
/** Recognisable so the authenticate middleware can tell it from an API key without a database lookup. */
export const LOCAL_TOKEN_PREFIX = "gfl_";

export interface LockHolder {
  pid: number;
  host: string;
  /** Linux boot id: a pid recorded before a reboot says nothing about today's processes. */
  boot: string | null;
  startedAt: string;
  /** "server" or "cli": what kind of process holds the directory. */
  role: "server" | "cli";
  /** Set by a server once it listens: where a second process on this machine reaches its API. */
  url?: string;
}

export interface DirLock {
  holder: LockHolder;
  /** The server's token for local administration (written beside the lock once the server listens). */
  readonly token: string;
  /** Records the server's loopback URL and writes the token file: from now on the CLI goes through it. */
  advertise(url: string): void;
  release(): void;
}

export class DirectoryHeldError extends GardeFouError {
  override readonly name = "DirectoryHeldError";
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    const what = holder.role === "server" ? "a garde-fou server" : "another garde-fou command";
    const todo =
      holder.role === "server"
        ? `A server on this machine is reached through its API once it listens on loopback (HOST 127.0.0.1, localhost or 0.0.0.0); otherwise stop it (kill -TERM ${holder.pid}) and try again.`
        : `Wait for it to finish, or stop it (kill -TERM ${holder.pid}), then try again.`;
    super(
      "configuration",
      `the embedded database ${dir} is in use by ${what} (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}): two processes on one embedded directory lose each other's writes. ${todo} If that process no longer exists, remove ${join(dir, LOCK_FILE)}.`,
      { pid: holder.pid, host: holder.host, startedAt: holder.startedAt },
    );
  }
}

export function currentBootId(): string | null {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== "number" || typeof value.host !== "string") return undefined;
    return {
      pid: value.pid,
      host: value.host,
      boot: typeof value.boot === "string" ? value.boot : null,
      startedAt: String(value.startedAt ?? "unknown"),
      role: value.role === "server" ? "server" : "cli",
      ...(typeof value.url === "string" ? { url: value.url } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether the holder is gone for sure: same host and (another boot, or no such pid). A lock from another
 * host (a shared file system) is never judged stale from here.
 */
export function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  const boot = currentBootId();
  if (holder.boot && boot && holder.boot !== boot) return true;
  return holder.pid !== process.pid && !isAlive(holder.pid);
}

export interface LockState {
  holder: LockHolder;
  stale: boolean;
  raw: string;
}

/** Who holds `dir`, if anyone; an unreadable lock file counts as held by an unknown process. */
export function readLock(dir: string): LockState | undefined {
  let raw: string;
  try {
    raw = readFileSync(join(dir, LOCK_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const holder = parseHolder(raw);
  // A lock being written right now is empty for an instant: not stale, just not readable yet.
  if (!holder)
    return {
      holder: { pid: 0, host: "unknown", boot: null, startedAt: "unknown", role: "cli" },
      stale: false,
      raw,
    };
  return { holder, stale: isStale(holder), raw };
}

/** The running server's address and token, when a live server holds `dir` and has said where it listens. */
export function runningServer(dir: string): { url: string; token: string; holder: LockHolder } | undefined {
  const state = readLock(dir);
  if (!state || state.stale || state.holder.role !== "server" || !state.holder.url) return undefined;
  try {
    const token = readFileSync(join(dir, TOKEN_FILE), "utf8").trim();
    return token.startsWith(LOCAL_TOKEN_PREFIX)
      ? { url: state.holder.url, token, holder: state.holder }
      : undefined;
  } catch {
    return undefined;
  }
}

function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * A stale lock is moved aside under a name of our own, then checked to be the one judged stale: if another
 * process took it over in between, what we moved is its live lock, and it is put back (link never
 * overwrites) before we give up.
 */
function takeOver(path: string, stale: LockState): boolean {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
  const moved = readFileSync(aside, "utf8");
  if (moved !== stale.raw) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone else created a lock meanwhile: theirs stands.
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}

export function acquireLock(dir: string, role: LockHolder["role"], now: Date = new Date()): DirLock {
  const path = join(dir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    boot: currentBootId(),
    startedAt: now.toISOString(),
    role,
  };
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(path, holder)) break;
    const state = readLock(dir);
    if (!state) continue;
    if (!state.stale || attempt >= 3) throw new DirectoryHeldError(dir, state.holder);
    takeOver(path, state);
  }
  const token = `${LOCAL_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  let released = false;
  return {
    holder,
    token,
    advertise(url: string) {
      // The token first, so a CLI that sees the URL always finds the token.
      // A token file left by a killed server is replaced, never reused with its old mode.
      rmSync(join(dir, TOKEN_FILE), { force: true });
      writeFileSync(join(dir, TOKEN_FILE), token, { mode: 0o600, flag: "wx" });
      holder.url = url;
      const next = `${path}.${process.pid}.tmp`;
      writeFileSync(next, JSON.stringify(holder));
      renameSync(next, path);
    },
    release() {
      if (released) return;
      released = true;
      for (const file of [TOKEN_FILE, LOCK_FILE]) {
        try {
          // Only what is still ours: a lock taken over after we were judged dead is not.
          if (file === LOCK_FILE && readLock(dir)?.holder.pid !== process.pid) continue;
          unlinkSync(join(dir, file));
        } catch {
          // Already gone (the directory itself may have been deleted).
        }
      }
    },
  };
}
