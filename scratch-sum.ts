import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { summarizeExtractive } from "./agents/summarizer/offline.js";
const set = parse(readFileSync("evals/suites/worker-quality/summary.yaml", "utf8"));
for (const c of set.cases) {
  if (!c.id.includes(process.argv[2] ?? "") || (!process.argv[2] && c.split === "held-out")) continue;
  const d = summarizeExtractive(c.sources, []);
  console.log(`==== ${c.id}\n${d.text}`);
}
