// Job titles in both genders, as French law asks of a job ad (C. trav. L1142-1; the Défenseur des droits
// recommends both forms plus "(H/F)"): "Vendeur / Vendeuse en boulangerie (H/F)". The feminine forms come
// from ROME 4.0's appellations (agents/referentials/job-titles.json); a word the lexicon does not know is
// left as written, since a title is safer unchanged than wrongly declined.
import { readFileSync } from "node:fs";
import { fromRoot } from "../../core/paths.js";
import type { TitleLexicon } from "./title-lexicon-build.js";

let feminineOf: Map<string, string> | undefined;
let masculineOf: Map<string, string> | undefined;

function lexicon(): { feminineOf: Map<string, string>; masculineOf: Map<string, string> } {
  if (!feminineOf || !masculineOf) {
    const file = JSON.parse(
      readFileSync(fromRoot("agents", "referentials", "job-titles.json"), "utf8"),
    ) as TitleLexicon;
    feminineOf = new Map(Object.entries(file.feminine));
    masculineOf = new Map(Object.entries(file.feminine).map(([m, f]) => [f, m]));
  }
  return { feminineOf, masculineOf };
}

function withCaseOf(model: string, word: string): string {
  if (model.length > 1 && model === model.toLocaleUpperCase("fr")) return word.toLocaleUpperCase("fr");
  const first = model.charAt(0);
  return first === first.toLocaleUpperCase("fr") && first !== first.toLocaleLowerCase("fr")
    ? word.charAt(0).toLocaleUpperCase("fr") + word.slice(1)
    : word;
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase("fr") + s.slice(1);

/** Words and the separators between them (spaces, hyphens), so a compound keeps its hyphens. */
function pieces(title: string): string[] {
  return title.split(/(\s+|-)/u);
}

const GENDER_MARK = /\s*\((?:H\/F|F\/H|H\/F\/X|F\/H\/X|M\/F|F\/M)\)\s*$/iu;

/** "vendeur en boulangerie" or "vendeuse en boulangerie" → "Vendeur / Vendeuse en boulangerie (H/F)". */
export function genderedTitle(title: string): string {
  const clean = title
    .replace(GENDER_MARK, "")
    .replace(/[.,;:\s]+$/u, "")
    .trim();
  if (clean.length === 0) return "Offre d'emploi (H/F)";
  if (clean.includes(" / ")) return `${capital(clean)} (H/F)`;
  const { feminineOf: fem, masculineOf: masc } = lexicon();
  const masculine = pieces(clean).map((p) => {
    const lower = p.toLocaleLowerCase("fr");
    const m = fem.has(lower) ? undefined : masc.get(lower);
    return m ? withCaseOf(p, m) : p;
  });
  const feminine = masculine.map((p) => {
    const f = fem.get(p.toLocaleLowerCase("fr"));
    return f ? withCaseOf(p, f) : p;
  });
  let last = -1;
  feminine.forEach((p, i) => {
    if (p !== masculine[i]) last = i;
  });
  if (last < 0) return `${capital(clean)} (H/F)`;
  const head = (parts: string[]) => capital(parts.slice(0, last + 1).join(""));
  return `${head(masculine)} / ${head(feminine)}${masculine.slice(last + 1).join("")} (H/F)`;
}
