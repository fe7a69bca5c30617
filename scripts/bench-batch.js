#!/usr/bin/env node
// Benchmark of batch screening through the queue: one compiled API process (IN_PROCESS_WORKER=false) and W
// `garde-fou worker` processes on a fresh PostgreSQL database; a batch of N generated CVs is uploaded as JSONL,
// and the time until the batch run is settled, the CVs scored a second, and the peak resident memory of each
// process (sampled from /proc every 250 ms) are printed. Offline engine. The database is dropped afterwards.
//
//   npm run bench:batch [-- --sizes 1000,10000 --workers 1,2 --database postgres://postgres@127.0.0.1:5432/postgres]
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    workers: { type: "string", default: "1,2" },
    database: {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    concurrency: { type: "string", default: "2" },
  },
});
const server = join(root, "dist", "server", "main.js");
const cli = join(root, "dist", "cli", "main.js");
if (!existsSync(server) || !existsSync(cli)) {
  process.stderr.write("dist/ is missing: run `npm run build` first\n");
  process.exit(2);
}

const JOB = `Développeur / Développeuse Java back-end (H/F), CDI.
Vous développez des API REST en Java avec Spring Boot et écrivez des tests unitaires.
Profil : 3 ans d'expérience minimum, maîtrise de SQL (PostgreSQL), Git et Docker ; Kubernetes est un plus.`;
const SKILLS = [
  "Java",
  "Spring Boot",
  "SQL",
  "PostgreSQL",
  "Git",
  "Docker",
  "Kubernetes",
  "Python",
  "React",
  "HACCP",
];

function cv(i) {
  const years = i % 12;
  const skills = SKILLS.filter((_, k) => (i >> k) % 2 === 0 || k === i % SKILLS.length);
  return {
    id: `cv-${String(i).padStart(6, "0")}`,
    text: `Candidat ${i}. Développeur, ${years} ans d'expérience.\nCompétences : ${skills.join(", ")}.\nProjet ${i} : API et tests unitaires.`,
  };
}

function rssMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.replace(/\D+/g, "")) / 1024 : 0;
  } catch {
    return 0;
  }
}

function start(args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (d) => {
    log = (log + d.toString()).slice(-20000);
  });
  return { child, log: () => log, peak: 0 };
}

async function waitFor(what, read, ms = 120000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = read();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function once(size, workerCount) {
  const admin = new pg.Client({ connectionString: values.database });
  await admin.connect();
  const name = `garde_fou_bench_${process.pid}_${size}_${workerCount}`;
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const url = new URL(values.database);
  url.pathname = `/${name}`;
  const env = {
    DATABASE_URL: url.toString(),
    PORT: "0",
    IN_PROCESS_WORKER: "false",
    WORKER_CONCURRENCY: values.concurrency,
    BATCH_MAX_CVS: String(Math.max(size, 100000)),
  };
  const procs = [];
  try {
    const api = start([server], env);
    procs.push(api);
    const base = await waitFor("the API", () => /"url":"(http:\/\/[^"]+)"/.exec(api.log())?.[1]);
    for (let w = 0; w < workerCount; w++) procs.push(start([cli, "worker"], env));
    for (const p of procs.slice(1)) await waitFor("a worker", () => /worker started/.test(p.log()));
    const sampler = setInterval(() => {
      for (const p of procs) p.peak = Math.max(p.peak, rssMb(p.child.pid));
    }, 250);
    const lines = [JSON.stringify({ job: JOB })];
    for (let i = 0; i < size; i++) lines.push(JSON.stringify(cv(i)));
    const t0 = Date.now();
    const res = await fetch(`${base}/v1/runs/batch`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: lines.join("\n"),
    });
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
    const { runId } = await res.json();
    const uploaded = Date.now() - t0;
    let run;
    for (;;) {
      run = await (await fetch(`${base}/v1/runs/${runId}`)).json();
      if (run.status !== "running") break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const seconds = (Date.now() - t0) / 1000;
    clearInterval(sampler);
    return {
      size,
      workers: workerCount,
      status: run.status,
      scored: run.progress?.cvsScored,
      seconds: Number(seconds.toFixed(1)),
      uploadSeconds: Number((uploaded / 1000).toFixed(1)),
      cvsPerSecond: Number((size / seconds).toFixed(1)),
      apiPeakMb: Math.round(procs[0].peak),
      workerPeakMb: procs.slice(1).map((p) => Math.round(p.peak)),
    };
  } finally {
    for (const p of procs) p.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 3000));
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.end();
  }
}

const results = [];
for (const size of values.sizes.split(",").map(Number))
  for (const w of values.workers.split(",").map(Number)) {
    const r = await once(size, w);
    results.push(r);
    process.stdout.write(`${JSON.stringify(r)}\n`);
  }
process.stdout.write(
  "\n| CVs | workers | status | seconds | CVs/s | API peak RSS MB | worker peak RSS MB |\n|---|---|---|---|---|---|---|\n",
);
for (const r of results)
  process.stdout.write(
    `| ${r.size} | ${r.workers} | ${r.status} | ${r.seconds} | ${r.cvsPerSecond} | ${r.apiPeakMb} | ${r.workerPeakMb.join(", ")} |\n`,
  );
