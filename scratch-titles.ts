import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { romeTitle, titleOfAppellation, namedInSentence } from "./agents/ad-writer/rome-title.js";
const set = parse(readFileSync("/work/wad/evals/suites/worker-quality/ad-writing.yaml", "utf8"));
for (const c of set.cases) {
  const m = romeTitle(c.brief);
  const t = m ? titleOfAppellation(m.appellation) : "-";
  console.log(t === c.expect.title || (c.expect.titleAlternatives ?? []).includes(t) ? "OK " : "XX ", c.id, "|", t, "|", m ? namedInSentence(m.appellation) : "");
}
