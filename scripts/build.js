// Compiles the TypeScript tree to dist/ so that `npx garde-fou` and `npm start` run plain JavaScript:
// start-up time and memory matter for the eval runner and the command line.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
// TypeScript 7 exports no bin path; its package.json is exported, and the bin sits beside it.
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
process.exit(result.status ?? 1);
