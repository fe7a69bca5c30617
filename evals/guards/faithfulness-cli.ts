// Prints the faithfulness development figures: npx tsx evals/guards/faithfulness-cli.ts [DATA_DIR]
// (default ../shared/data, relative to the project root).
import { resolve } from "node:path";
import { measure } from "./faithfulness.js";

const dataDir = resolve(process.argv[2] ?? "../shared/data");
for (const m of await measure(dataDir)) {
  console.log(`\n${m.dataset} (n=${m.n})`);
  for (const [k, v] of Object.entries(m.metrics)) console.log(`  ${k.padEnd(38)} ${v}`);
  for (const note of m.notes ?? []) console.log(`  - ${note}`);
}
