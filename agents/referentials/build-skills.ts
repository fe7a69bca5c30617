// Builds the compact skill lexicon (skills-rome.json, skills-esco.json) and the feminine → masculine job-word table
// (feminine-forms.json) from the ROME v460 and ESCO (fr) CSVs of ../shared/data/referentials.
// Run from the package root: `npx tsx agents/referentials/build-skills.ts [REFERENTIALS_DIR]`.
// Only labels short enough to be written in a job ad or a CV are kept (at most MAX_TOKENS content words):
// ROME's long competence sentences never appear verbatim and would only make the file heavy.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fromRoot } from "../../core/paths.js";
import { labelKey } from "../screener/text.js";

const MAX_TOKENS = 4;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function records(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  if (!header) return [];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

function usable(label: string): boolean {
  const key = labelKey(label);
  return key.length > 0 && key.split(" ").length <= MAX_TOKENS && label.length <= 80;
}

function clean(label: string): string {
  return label.replace(/\s+/gu, " ").trim();
}

/** One concept: its labels, the first being the one shown in rationales. */
type Concept = string[];

function romeConcepts(dir: string): { savoirs: Concept[]; competences: Concept[] } {
  const savoirs = records(join(dir, "unix_referentiel_savoir_v460_utf8.csv"))
    .map((r) => clean(r.libelle_savoir ?? ""))
    .filter(usable)
    .map((l) => [l]);
  const competences = records(join(dir, "unix_referentiel_competence_v460_utf8.csv"))
    .filter((r) => r.nature === "Compétence")
    .map((r) => clean(r.libelle_competence ?? ""))
    .filter(usable)
    .map((l) => [l]);
  return { savoirs, competences };
}

function escoConcepts(dir: string): Concept[] {
  const out: Concept[] = [];
  for (const r of records(join(dir, "skills_fr.csv"))) {
    const labels = [r.preferredLabel ?? "", ...(r.altLabels ?? "").split("\n")].map(clean).filter(usable);
    const unique = [...new Map(labels.map((l) => [labelKey(l), l])).values()];
    if (unique.length > 0) out.push(unique);
  }
  return out;
}

function dedupe(concepts: Concept[], seen: Set<string>): Concept[] {
  const out: Concept[] = [];
  for (const c of concepts) {
    const key = c.map(labelKey).sort().join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

// "Accastilleur(se)", "Agent(e)", "Boucher(ère)", "Conducteur(rice)": the bracket gives the feminine ending.
function bracketFeminine(word: string): [string, string] | undefined {
  const m = /^(\p{L}+)\((\p{L}+)\)$/u.exec(word);
  if (!m?.[1] || !m[2]) return undefined;
  const [, masc, ending] = m;
  if (ending === "se" && masc.endsWith("eur")) return [`${masc.slice(0, -1)}se`, masc];
  if (ending === "rice" && masc.endsWith("teur")) return [`${masc.slice(0, -3)}rice`, masc];
  if (ending === "ère" && masc.endsWith("er")) return [`${masc.slice(0, -2)}ère`, masc];
  if (ending === "ne" || ending === "e" || ending === "le" || ending === "te") return [masc + ending, masc];
  return undefined;
}

// Only the head noun ("Directrice" in "Directeur général / Directrice générale"): the adjectives after it
// agree with other nouns elsewhere in a CV ("comptabilité générale") and must stay as they are.
function pairWords(masculine: string, feminine: string, into: Map<string, string>): void {
  const mw = masculine.toLocaleLowerCase("fr").split(/\s+/u)[0] ?? "";
  const fw = feminine.toLocaleLowerCase("fr").split(/\s+/u)[0] ?? "";
  if (mw !== fw && mw.length > 2 && fw.slice(0, 3) === mw.slice(0, 3) && /^[\p{L}-]+$/u.test(fw + mw))
    into.set(fw, mw);
}

function feminineForms(romeDir: string, escoDir: string): Record<string, string> {
  const pairs = new Map<string, string>();
  const titles = [
    ...records(join(romeDir, "unix_referentiel_appellation_v460_utf8.csv")).map(
      (r) => r.libelle_appellation_long ?? "",
    ),
    ...records(join(escoDir, "occupations_fr.csv")).flatMap((r) => [
      r.preferredLabel ?? "",
      ...(r.altLabels ?? "").split("\n"),
    ]),
  ];
  for (const title of titles) {
    const split = title.split(/\s*\/\s*/u);
    if (split.length === 2 && split[0] && split[1]) pairWords(split[0], split[1], pairs);
    for (const word of title.toLocaleLowerCase("fr").split(/[\s/-]+/u)) {
      const pair = bracketFeminine(word);
      if (pair) pairs.set(pair[0], pair[1]);
    }
  }
  return Object.fromEntries([...pairs.entries()].sort(([a], [b]) => a.localeCompare(b, "fr")));
}

function main(): void {
  const base = process.argv[2] ?? fromRoot("..", "shared", "data", "referentials");
  const romeDir = join(base, "rome_v460");
  const escoDir = join(base, "esco_fr");
  const seen = new Set<string>();
  const romeLabels = romeConcepts(romeDir);
  const sources = {
    rome: "ROME 4.0 v460 (France Travail), Licence Ouverte / Etalab 2.0",
    esco: "ESCO v1 (European Commission), French labels, reused with attribution",
  };
  // Two files, each under the formatter's 1 MiB limit, so that `biome check` reads them like the rest.
  const rome = {
    version: 1,
    source: sources.rome,
    maxTokens: MAX_TOKENS,
    savoirs: dedupe(romeLabels.savoirs, seen).map((c) => c[0]),
    competences: dedupe(romeLabels.competences, seen).map((c) => c[0]),
  };
  const esco = {
    version: 1,
    source: sources.esco,
    maxTokens: MAX_TOKENS,
    concepts: dedupe(escoConcepts(escoDir), seen),
  };
  writeFileSync(fromRoot("agents", "referentials", "skills-rome.json"), `${JSON.stringify(rome, null, 2)}\n`);
  writeFileSync(fromRoot("agents", "referentials", "skills-esco.json"), `${JSON.stringify(esco)}\n`);
  writeFileSync(
    fromRoot("agents", "referentials", "feminine-forms.json"),
    `${JSON.stringify({ version: 1, source: sources.rome, forms: feminineForms(romeDir, escoDir) }, null, 2)}\n`,
  );
  process.stdout.write(
    `skills-rome.json: ${rome.savoirs.length} savoirs, ${rome.competences.length} competences; skills-esco.json: ${esco.concepts.length} concepts\n`,
  );
}

if (process.argv[1]?.endsWith("build-skills.ts")) main();
