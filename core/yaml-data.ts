// Data files are written in YAML (vocabularies, policy packs, prompts) and read at start-up or first use.
// Parsing YAML costs seconds of CPU on this project's files; the build (scripts/build.js) therefore writes
// beside each YAML file of dist/ its content as JSON (`<name>.yaml.json`), which reads in milliseconds. The
// TypeScript sources have no such file and parse the YAML itself: the same data either way.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";

/** The content of a YAML data file; throws what the YAML parser throws for an invalid file. */
export function readYamlData(path: string): unknown {
  const compiled = `${path}.json`;
  if (existsSync(compiled)) return JSON.parse(readFileSync(compiled, "utf8"));
  return parse(readFileSync(path, "utf8"));
}
