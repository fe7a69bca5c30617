#!/usr/bin/env node
// The published entry point runs the compiled tree (built by `npm ci` through the prepare script).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("garde-fou is not built: run `npm run build` (npm ci does it) first.\n");
  process.exit(2);
}
const { runCli } = await import(entry.href);
process.exitCode = await runCli(process.argv.slice(2));
