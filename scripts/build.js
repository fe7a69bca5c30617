// Compiles the TypeScript tree to dist/ so that `npx garde-fou` and `npm start` run plain JavaScript:
// start-up time and memory matter for the eval runner and the command line. Data files that code reads
// beside itself (weights, word lists, referentials) are copied along, so dist/ runs on its own.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const SOURCES = [
  "core",
  "agents",
  "graphs",
  "guards",
  "prompts",
  "evals",
  "server",
  "db",
  "cli",
  "runtime",
  "scripts",
];
const DATA = new Set([".json", ".jsonl", ".txt", ".yaml", ".yml", ".csv", ".css", ".svg"]);

rmSync(dist, { recursive: true, force: true });
const require = createRequire(import.meta.url);
// TypeScript 7 exports no bin path; its package.json is exported, and the bin sits beside it.
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  stdio: "inherit",
  cwd: root,
});
if (result.status !== 0) process.exit(result.status ?? 1);

function copyData(relative) {
  const from = join(root, relative);
  for (const name of readdirSync(from)) {
    const rel = join(relative, name);
    const full = join(root, rel);
    if (statSync(full).isDirectory()) copyData(rel);
    else if (DATA.has(extname(name))) {
      cpSync(full, join(dist, rel));
      if (extname(name) === ".yaml" || extname(name) === ".yml") precompile(full, join(dist, `${rel}.json`));
    }
  }
}

// YAML data read as JSON from dist/ (core/yaml-data.ts): parsing YAML costs seconds at start-up. A file
// that does not parse gets no JSON, so the program reads the YAML and reports it as it always has.
function precompile(from, to) {
  let data;
  try {
    data = parse(readFileSync(from, "utf8"));
  } catch {
    return;
  }
  writeFileSync(to, JSON.stringify(data));
}
for (const folder of SOURCES) if (existsSync(join(root, folder))) copyData(folder);
