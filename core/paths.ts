// Data files (policies, prompts, referentials) are read relative to the package root, whether the code runs
// from the TypeScript tree (tests) or from dist/ (the command line and the server).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "core"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`garde-fou package root not found above ${from}`);
    dir = parent;
  }
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

export function fromRoot(...parts: string[]): string {
  return resolve(PACKAGE_ROOT, ...parts);
}
