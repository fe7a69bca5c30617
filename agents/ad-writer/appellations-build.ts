// Builds agents/referentials/appellations.json: every ROME 4.0 appellation as France Travail writes it
// ("Technicien / Technicienne de maintenance industrielle"), the titles an ad may carry. Run once when the
// ROME version changes:
//   npx tsx agents/ad-writer/appellations-build.ts ../shared/data/referentials/rome_v460
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fromRoot } from "../../core/paths.js";
import { csvFields } from "./title-lexicon-build.js";

export interface AppellationFile {
  source: string;
  licence: string;
  labels: string[];
}

export function appellationsFromCsv(csv: string, source: string): AppellationFile {
  const [header = "", ...lines] = csv.split(/\r?\n/u).filter((l) => l.length > 0);
  const long = csvFields(header).indexOf("libelle_appellation_long");
  const labels = [...new Set(lines.map((l) => (csvFields(l)[long] ?? "").trim()).filter(Boolean))].sort();
  return { source, licence: "Licence Ouverte / Etalab 2.0 (France Travail, ROME 4.0 open data)", labels };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? "../shared/data/referentials/rome_v460";
  const csv = readFileSync(join(dir, "unix_referentiel_appellation_v460_utf8.csv"), "utf8");
  const file = appellationsFromCsv(csv, "ROME v460, unix_referentiel_appellation_v460_utf8.csv");
  writeFileSync(fromRoot("agents", "referentials", "appellations.json"), `${JSON.stringify(file)}\n`);
}
