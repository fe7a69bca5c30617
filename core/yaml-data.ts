// Data files are written in YAML (vocabularies, policy packs, prompts) and read at start-up or first use.
// Parsing YAML costs seconds of CPU on this project's files; the build (scripts/build.js) therefore writes
// beside each YAML file of dist/ its content as JSON (`<name>.yaml.json`), which reads in milliseconds. The
// TypeScript sources have no such file and parse the YAML itself: the same data either way.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { PACKAGE_ROOT } from "./paths.js";

const DIST = join(PACKAGE_ROOT, "dist");
/**
 * Compiled code also reads the build's JSON for a file named by its source path (`fromRoot("core",
 * "vocabulary")` points at the YAML of the source tree, which has no JSON beside it): the vocabularies and
 * prompts were parsed as YAML at every start of the server and the CLI. The build writes both together.
 */
const RUNNING_FROM_DIST = dirname(fileURLToPath(import.meta.url)).startsWith(`${DIST}${sep}`);

function compiledOf(path: string): string | undefined {
  if (existsSync(`${path}.json`)) return `${path}.json`;
  if (!RUNNING_FROM_DIST) return undefined;
  const inRoot = relative(PACKAGE_ROOT, path);
  if (inRoot.startsWith("..") || inRoot.startsWith(`dist${sep}`)) return undefined;
  const built = join(DIST, `${inRoot}.json`);
  return existsSync(built) ? built : undefined;
}

/** The content of a YAML data file; throws what the YAML parser throws for an invalid file. */
export function readYamlData(path: string): unknown {
  const compiled = compiledOf(path);
  if (compiled !== undefined) return JSON.parse(readFileSync(compiled, "utf8"));
  return parse(readFileSync(path, "utf8"));
}
