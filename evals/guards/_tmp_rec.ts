import { measure } from "./faithfulness.js";
const rows = await measure("/work/shared/data");
for (const r of rows) console.log(r.dataset, JSON.stringify(r.metrics).slice(0, 900), JSON.stringify(r.calibration), "\n  " + (r.notes ?? []).slice(5, 12).join("\n  "));
