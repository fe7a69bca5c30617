// Builds agents/referentials/job-titles.json from ROME 4.0's appellations (France Travail, Licence
// Ouverte 2.0): the masculine → feminine form of each word that changes, read from labels written
// "Vendeur / Vendeuse en boulangerie". Run once when the ROME version changes:
//   npx tsx agents/ad-writer/title-lexicon-build.ts ../shared/data/referentials/rome_v460
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fromRoot } from "../../core/paths.js";
import { foldText } from "../../core/text/fold.js";

export interface TitleLexicon {
  source: string;
  licence: string;
  /** Lower-case masculine word → its feminine form, only for words that change. */
  feminine: Record<string, string>;
}

/** Fields of one CSV line (quoted, commas inside quotes, doubled quotes). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}

export function lexiconFromAppellations(csv: string, source: string): TitleLexicon {
  const [header = "", ...lines] = csv.split(/\r?\n/u).filter((l) => l.length > 0);
  const columns = csvFields(header);
  const long = columns.indexOf("libelle_appellation_long");
  const counts = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const label = csvFields(line)[long] ?? "";
    const parts = label.split(" / ");
    if (parts.length !== 2) continue;
    const masculine = (parts[0] ?? "").split(/\s+/u);
    const feminine = (parts[1] ?? "").split(/\s+/u).slice(0, masculine.length);
    masculine.forEach((word, i) => {
      const mParts = word.split("-");
      const fParts = (feminine[i] ?? "").split("-");
      if (mParts.length !== fParts.length) return;
      mParts.forEach((m, j) => {
        const f = fParts[j] ?? "";
        const [lm, lf] = [m.toLocaleLowerCase("fr"), f.toLocaleLowerCase("fr")];
        // A feminine form shares its stem; anything else is a misaligned label, not a word pair.
        if (lm === lf || foldText(lm).slice(0, 3) !== foldText(lf).slice(0, 3)) return;
        const forms = counts.get(lm) ?? new Map<string, number>();
        forms.set(lf, (forms.get(lf) ?? 0) + 1);
        counts.set(lm, forms);
      });
    });
  }
  const feminineOf: Record<string, string> = {};
  for (const m of [...counts.keys()].sort()) {
    const forms = [...(counts.get(m) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    if (forms[0]) feminineOf[m] = forms[0][0];
  }
  return {
    source,
    licence: "Licence Ouverte / Etalab 2.0 (France Travail, ROME 4.0 open data)",
    feminine: feminineOf,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? "../shared/data/referentials/rome_v460";
  const csv = readFileSync(join(dir, "unix_cr_gd_dp_appellations_v460_utf8.csv"), "utf8");
  const lexicon = lexiconFromAppellations(csv, "ROME v460, unix_cr_gd_dp_appellations_v460_utf8.csv");
  writeFileSync(
    fromRoot("agents", "referentials", "job-titles.json"),
    `${JSON.stringify(lexicon, null, 1)}\n`,
  );
}
