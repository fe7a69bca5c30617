// Reads a probe batch (guards/hate-speech/probes-*.jsonl): our own fresh-wording cases, one JSON object a
// line. `known_miss` marks a case still failing after the fixes of its round (kept visible, not hidden).
import { readFileSync } from "node:fs";

export interface ProbeRow {
  lang: "fr" | "en";
  functionality: string;
  hateful: boolean;
  text: string;
  known_miss?: boolean;
}

export function loadProbeFile(path: string): ProbeRow[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as ProbeRow);
}
