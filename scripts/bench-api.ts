// `npm run bench:api`: requests per second of `POST /v1/guard` on a ~1 KB job ad, next to a bare Hono
// route in the same run (the same POST body parsed and answered with a small JSON), measured with
// autocannon from this process against servers in child processes: the compiled garde-fou server
// (embedded PGlite in a temporary directory, offline engine) with the worker pool (CPU_THREADS unset)
// and without it (CPU_THREADS=0), and the bare Hono app. Target (#14 point 5): /v1/guard at ≥ 25 % of
// the bare route's requests/s.
//
//   npm run bench:api [-- --connections 10] [-- --seconds 10]
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { fromRoot } from "../core/paths.js";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "10" },
    seconds: { type: "string", default: "10" },
  },
});
const out = (line = "") => process.stdout.write(`${line}\n`);

const AD =
  "Vendeur / Vendeuse en magasin de sport (H/F) – CDI – Lyon 7e. Au sein d'une équipe de douze personnes, " +
  "vous accueillez et conseillez nos clients, réalisez les encaissements, participez à la mise en rayon et " +
  "au réassort, et veillez à la bonne tenue du magasin. Vous suivez les indicateurs de vente de votre rayon " +
  "avec votre responsable et proposez des animations commerciales. Profil recherché : une première " +
  "expérience dans la vente ou le service client, le goût du sport et du travail en équipe, une bonne " +
  "aisance relationnelle. La connaissance d'un logiciel de caisse est un plus. Horaires du mardi au samedi, " +
  "deux dimanches par an. Rémunération : 1 900 à 2 100 € bruts mensuels selon expérience, primes sur " +
  "objectifs, mutuelle, tickets restaurant, réduction sur les articles du magasin. Poste à pourvoir dès que " +
  "possible. Envoyez votre CV et quelques lignes sur ce qui vous attire dans ce poste.";
const BODY = JSON.stringify({ text: AD, kind: "job_ad", jurisdiction: "FR" });

const BARE = `
import { serve } from "@hono/node-server";
import { Hono } from "hono";
const app = new Hono();
app.post("/echo", async (c) => {
  const body = await c.req.json();
  return c.json({ verdict: "pass", chars: String(body.text ?? "").length });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });
`;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: BODY,
      });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function start(kind: "bare" | "pool" | "inline", dir: string) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "error" };
  const child =
    kind === "bare"
      ? spawn(process.execPath, ["--input-type=module", "-e", BARE], {
          cwd: fromRoot("."),
          env,
          stdio: "inherit",
        })
      : spawn(process.execPath, [fromRoot("dist/server/main.js")], {
          cwd: fromRoot("."),
          env: { ...env, PGLITE_DIR: join(dir, kind), CPU_THREADS: kind === "inline" ? "0" : "" },
          stdio: ["ignore", "ignore", "inherit"],
        });
  const url = `http://127.0.0.1:${port}${kind === "bare" ? "/echo" : "/v1/guard"}`;
  await waitFor(url, child);
  // Warm-up: the pool's thread starts, the JIT compiles the detectors.
  for (let i = 0; i < 20; i++)
    await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: BODY });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function load(url: string) {
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: BODY,
    connections: Number(values.connections),
    duration: Number(values.seconds),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

const dir = mkdtempSync(join(tmpdir(), "garde-fou-bench-api-"));
try {
  out(
    `autocannon, ${values.connections} connections, ${values.seconds} s each, POST of a ${AD.length}-character job ad ` +
      "(2-core machine shared with the load generator and other work: see README)",
  );
  const rows: Array<[string, Awaited<ReturnType<typeof load>>]> = [];
  for (const [label, kind] of [
    ["bare Hono route (POST, JSON in and out)", "bare"],
    ["POST /v1/guard, worker pool (CPU_THREADS unset)", "pool"],
    ["POST /v1/guard, in the event loop (CPU_THREADS=0)", "inline"],
  ] as const) {
    const server = await start(kind, dir);
    try {
      rows.push([label, await load(server.url)]);
    } finally {
      await server.stop();
    }
  }
  const bare = rows[0]?.[1].rps ?? Number.NaN;
  for (const [label, r] of rows)
    out(
      `  ${label.padEnd(50)} ${r.rps.toFixed(0).padStart(6)} req/s  ` +
        `(${((100 * r.rps) / bare).toFixed(1).padStart(5)} % of bare)  latency p50 ${r.p50} ms, p99 ${r.p99} ms` +
        (r.failures ? `, ${r.failures} failed` : ""),
    );
  out("target: /v1/guard at ≥ 25 % of the bare route");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
