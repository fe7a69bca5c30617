#!/usr/bin/env node
// Benchmark of start-up: starts the compiled server (`node dist/server/main.js`, what `npm start` runs
// after its build) on a fresh embedded database and again on the same, now existing, database; measures
// the time until /health answers 200 and the resident memory once idle (after IDLE_MS). Then times
// `garde-fou screen` with one CV on its own embedded database. Targets: start-up under 2 s, idle under
// 150 MB, one-CV screen under 1.5 s.
//
//   npm run bench:startup [-- --runs 1]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const IDLE_MS = 3000;
const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { runs: { type: "string", default: "1" } } });
const server = join(root, "dist", "server", "main.js");
if (!existsSync(server)) {
  process.stderr.write("dist/ is missing: run `npm run build` first\n");
  process.exit(2);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** CPU time (user + system) a process has used, from /proc (Linux), in ms: what a loaded machine's wall clock hides. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Resident memory of a process, from /proc (Linux), in MB. */
function rssMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.replace(/\D+/g, "")) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function startOnce(pgliteDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [server], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", PGLITE_DIR: pgliteDir, LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr.slice(0, 500)}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`);
        if (res.status === 200) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    const ready = performance.now() - started;
    const cpu = cpuMs(child.pid);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    return { ready, cpu, idle: rssMb(child.pid) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

async function screenOnce(dir) {
  const job = join(dir, "job.txt");
  const cvs = join(dir, "cvs.jsonl");
  writeFileSync(job, "Développeur TypeScript à Lyon, CDI. Node.js, PostgreSQL, tests automatisés.\n");
  writeFileSync(
    cvs,
    `${JSON.stringify({ id: "cv1", text: "Développeuse TypeScript, 5 ans de Node.js et PostgreSQL à Lyon." })}\n`,
  );
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(root, "bin", "garde-fou.js"), "screen", "--job", job, "--cvs", cvs],
    {
      cwd: root,
      env: { ...process.env, PGLITE_DIR: join(dir, "screen-db"), LOG_LEVEL: "error" },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  // The CPU time is read until the process ends (the last reading is at most 20 ms old).
  let cpu = 0;
  const sampler = setInterval(() => {
    const now = cpuMs(child.pid);
    if (!Number.isNaN(now)) cpu = now;
  }, 20);
  const status = await new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  clearInterval(sampler);
  return { ms: performance.now() - started, cpu, status, stderr: stderr.slice(0, 300) };
}

const fmt = (x) => `${(x / 1000).toFixed(2)} s`;
for (let run = 0; run < Number(values.runs); run++) {
  const dir = mkdtempSync(join(tmpdir(), "garde-fou-startup-"));
  try {
    const db = join(dir, "pgdata");
    const fresh = await startOnce(db);
    const existing = await startOnce(db);
    const screen = await screenOnce(dir);
    process.stdout.write(
      `fresh database: /health after ${fmt(fresh.ready)} (${fmt(fresh.cpu)} of CPU), idle RSS ${fresh.idle.toFixed(0)} MB\n` +
        `existing database: /health after ${fmt(existing.ready)} (${fmt(existing.cpu)} of CPU), idle RSS ${existing.idle.toFixed(0)} MB\n` +
        `garde-fou screen, one CV: ${fmt(screen.ms)} (${fmt(screen.cpu)} of CPU; exit ${screen.status}${screen.status ? `: ${screen.stderr}` : ""})\n` +
        "targets: start-up under 2 s, idle under 150 MB, one-CV screen under 1.5 s\n",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
