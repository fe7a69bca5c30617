import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { composeOfflineAd } from "./agents/ad-writer/offline.js";
const set = parse(readFileSync("evals/suites/worker-quality/ad-writing.yaml", "utf8"));
const only = process.argv[2];
for (const c of set.cases) {
  if (only && !c.id.includes(only)) continue;
  const ad = composeOfflineAd(c.brief, [], []);
  console.log(`==== ${c.id}\n${ad.text}\n-- dropped: ${JSON.stringify(ad.dropped)}`);
}
