// Trains the faithfulness classifier and writes classifier-weights.json beside this file.
// Run: npx tsx guards/hallucination/train-classifier.ts [DATA_DIR] (default ../shared/data).
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { WEIGHTS_FILE } from "./classifier.js";
import { crossValidate, examplesOf, readSummEdits, trainClassifier } from "./classifier-training.js";

const dataDir = resolve(process.argv[2] ?? "../shared/data");
const examples = examplesOf(readSummEdits(join(dataDir, "faithfulness", "summedits.jsonl")));
const cv = crossValidate(examples);
for (const g of cv.byDomain)
  console.log(
    `${g.group.padEnd(12)} n=${g.n}  threshold ${g.threshold}  balanced accuracy ${g.balancedAccuracy.toFixed(4)}`,
  );
console.log(`leave-one-domain-out mean balanced accuracy ${cv.meanBalancedAccuracy.toFixed(4)}`);
const model = trainClassifier(examples, cv);
writeFileSync(WEIGHTS_FILE, `${JSON.stringify(model, null, 2)}\n`);
console.log(`threshold ${model.threshold}; weights written to ${WEIGHTS_FILE.pathname}`);
