import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { createModelEngine } from "./agents/models/factory.js";
import { loadSettings } from "./core/settings.js";
import { runGuards } from "./guards/engine.js";
import { composeOfflineAd } from "./agents/ad-writer/offline.js";
const set = parse(readFileSync("evals/suites/worker-quality/ad-writing.yaml", "utf8"));
const engine = createModelEngine(loadSettings({}));
for (const c of set.cases) {
  if (!c.id.includes(process.argv[2] ?? "")) continue;
  const r = await runGuards({ text: c.brief, kind: "job_ad", jurisdiction: "FR", generated: false }, { engine, judgeMode: "never" }, { guards: ["discrimination", "cultural", "hate_speech"] });
  const f = r.findings.filter((x) => x.severity !== "warn");
  console.log(c.id, f.map((x) => `${x.rule} ${x.criteria} [${x.start},${x.end}] «${x.evidence}»`));
  const ad = composeOfflineAd(c.brief, f, []);
  console.log(ad.text, ad.dropped, ad.rewritten);
}
