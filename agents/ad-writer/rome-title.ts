// The ad's title is a ROME 4.0 appellation, in both genders as France Travail writes it, plus "(H/F)"
// (C. trav. L1142-1; the Défenseur des droits recommends both forms). The brief names its job in its own
// words, anywhere in it, in the masculine, the feminine, the plural or with "(e)": the appellation is the
// longest one the brief spells out, preferring the place where a brief names its job ("Poste :", "nous
// recrutons un…", the first line). A brief that spells none gets the appellation whose distinctive words it
// uses most ("tenir la caisse" → hôte / hôtesse de caisse), never a generic "Offre d'emploi".
import { readFileSync } from "node:fs";
import { fromRoot } from "../../core/paths.js";
import { foldText } from "../../core/text/fold.js";
import type { AppellationFile } from "./appellations-build.js";

export interface Appellation {
  /** As ROME writes it: "Technicien / Technicienne de maintenance industrielle". */
  label: string;
  masculine: string;
  feminine: string;
  /** The words that change with gender, and the shared rest: "Agent" / "Agente" + "de sécurité". */
  heads: [string, string];
  tail: string;
}

export interface Token {
  key: string;
  start: number;
  end: number;
}

/** A word's comparison key: folded and singular ("agents" = "agent", "automobiles" = "automobile"). */
function keyOf(word: string): string {
  const w = foldText(word);
  if (w.length > 4 && w.endsWith("aux")) return `${w.slice(0, -3)}al`;
  if (w.length > 3 && /[^s]s$/u.test(w)) return w.slice(0, -1);
  return w;
}

/** Words with their offsets; "(e)", "(ne)" and other gender marks glued to a word are not words. */
export function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const before = text.charAt((m.index ?? 0) - 1);
    if (
      before === "(" &&
      /^(?:e|ne|se|le|f|h)$/iu.test(m[0]) &&
      text.charAt((m.index ?? 0) + m[0].length) === ")"
    )
      continue;
    if ((before === "·" || before === ".") && /^e$/iu.test(m[0])) continue;
    out.push({ key: keyOf(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** "M / F tail" → the masculine and feminine full forms; an epicene label is both. */
export function formsOf(label: string): Appellation {
  const parts = label.split(" / ");
  if (parts.length !== 2)
    return { label, masculine: label, feminine: label, heads: [label, label], tail: "" };
  const m = (parts[0] ?? "").split(" ");
  const f = (parts[1] ?? "").split(" ");
  const tail = f.slice(m.length).join(" ");
  const fHead = f.slice(0, m.length).join(" ");
  // "Responsable plate-forme expédition / Livraison" is two jobs, not two genders of one.
  if (foldText(fHead).slice(0, 3) !== foldText(parts[0] ?? "").slice(0, 3))
    return { label, masculine: label, feminine: label, heads: [label, label], tail: "" };
  return {
    label,
    masculine: [...m, tail].join(" ").trim(),
    feminine: parts[1] ?? "",
    heads: [parts[0] ?? "", fHead],
    tail,
  };
}

/** What a label is matched on: its forms without ROME's bracketed acronyms ("(IDE)", "-DAF-"). */
function matchKeys(form: string): string[] {
  return tokensOf(form.replace(/\s*\([^)]*\)|\s+-[^-]+-$/gu, "")).map((t) => t.key);
}

interface Index {
  appellations: Appellation[];
  byFirst: Map<string, Array<{ keys: string[]; at: number }>>;
  /** How many labels use each word: a rare word says more about a job than "agent" or "chef". */
  labelCount: Map<string, number>;
  keysOf: string[][];
}

let index: Index | undefined;

const STOP = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "en",
  "et",
  "ou",
  "a",
  "au",
  "aux",
  "d",
  "l",
  "sur",
  "pour",
]);

function loadIndex(): Index {
  if (index) return index;
  const file = JSON.parse(
    readFileSync(fromRoot("agents", "referentials", "appellations.json"), "utf8"),
  ) as AppellationFile;
  const appellations = file.labels.map(formsOf);
  const byFirst = new Map<string, Array<{ keys: string[]; at: number }>>();
  const labelCount = new Map<string, number>();
  const keysOf: string[][] = [];
  appellations.forEach((a, at) => {
    const forms = new Set([a.masculine, a.feminine]);
    for (const form of forms) {
      const keys = matchKeys(form);
      if (keys.length === 0) continue;
      const list = byFirst.get(keys[0] ?? "") ?? [];
      list.push({ keys, at });
      byFirst.set(keys[0] ?? "", list);
    }
    const keys = matchKeys(a.masculine);
    keysOf.push(keys);
    for (const k of new Set(keys)) labelCount.set(k, (labelCount.get(k) ?? 0) + 1);
  });
  index = { appellations, byFirst, labelCount, keysOf };
  return index;
}

export interface TitleMatch {
  appellation: Appellation;
  /** Where the brief names the job (UTF-16 offsets), when it spells an appellation out. */
  start?: number;
  end?: number;
  /** Whether it was found where the brief names its job. */
  inZone?: boolean;
}

/** Every appellation the text spells out, longest at each position. */
function spelled(
  tokens: Token[],
  idx: Index,
): Array<{ at: number; from: number; to: number; length: number }> {
  const found: Array<{ at: number; from: number; to: number; length: number }> = [];
  tokens.forEach((t, i) => {
    let best: { at: number; length: number } | undefined;
    for (const candidate of idx.byFirst.get(t.key) ?? []) {
      const n = candidate.keys.length;
      if (n <= (best?.length ?? 0) || i + n > tokens.length) continue;
      if (candidate.keys.every((k, j) => tokens[i + j]?.key === k)) best = { at: candidate.at, length: n };
    }
    if (best) found.push({ ...best, from: i, to: i + best.length - 1 });
  });
  return found;
}

/**
 * The appellation of the brief. `zone` is where the brief names its job (a "Poste :" line, the phrase after
 * "recrutons", the first line): a match there outweighs a longer one elsewhere ("centre commercial").
 */
export function romeTitle(brief: string, zone?: { start: number; end: number }): TitleMatch | undefined {
  const idx = loadIndex();
  const tokens = tokensOf(brief);
  const inZone = (from: number) => {
    const t = tokens[from];
    return zone !== undefined && t !== undefined && t.start >= zone.start && t.start < zone.end;
  };
  const matches = spelled(tokens, idx);
  if (matches.length === 0) return byContent(tokens, idx);
  const score = (m: (typeof matches)[number]) => m.length * 2 + (inZone(m.from) ? 6 : 0) - m.from * 0.001;
  const best = matches.reduce((a, b) => (score(b) > score(a) ? b : a));
  const appellation = idx.appellations[best.at];
  if (!appellation) return undefined;
  return {
    appellation,
    start: tokens[best.from]?.start ?? 0,
    end: tokens[best.to]?.end ?? 0,
    inZone: inZone(best.from),
  };
}

const RANK =
  /^(?:chef|cheffe|responsable|directeur|directrice|gerant|gerante|manager|superviseur|superviseuse|coordinateur|coordinatrice|adjoint|adjointe|principal|principale|inspecteur|inspectrice)$/u;
const WORKPLACE = /^(?:notre|nos|votre|dans|chez|our|in)$/u;

/** The appellation whose distinctive words the brief uses most, when it spells none out. */
function byContent(tokens: Token[], idx: Index): TitleMatch | undefined {
  const words = new Set(tokens.map((t) => t.key).filter((k) => k.length >= 4 && !STOP.has(k)));
  // Where the job happens ("dans notre supérette") says less about it than what is done there.
  const place = new Set(
    tokens
      .filter((_, i) => [1, 2, 3].some((back) => WORKPLACE.test(tokens[i - back]?.key ?? "")))
      .map((t) => t.key),
  );
  const total = idx.appellations.length;
  const weight = (k: string) => Math.log(total / (idx.labelCount.get(k) ?? 1));
  let best: { at: number; score: number } | undefined;
  idx.keysOf.forEach((keys, at) => {
    const content = keys.filter((k) => !STOP.has(k));
    const matched = content.filter((k) => words.has(k));
    if (matched.length === 0) return;
    const unmatched = content.filter((k) => !words.has(k));
    // Unmatched words cost the same whatever they are: "chef de caisse" is not a better guess than
    // "hôte de caisse" because "chef" is a common word.
    // …except a rank the brief never gives: a brief that does not say "chef" is not for a chef de caisse.
    const cost = unmatched.reduce((c, k) => c + (RANK.test(k) ? 6 : 2), 0);
    const score = matched.reduce((s, k) => s + weight(k) * (place.has(k) ? 0.3 : 1), 0) - cost;
    if (!best || score > best.score) best = { at, score };
  });
  const appellation = best ? idx.appellations[best.at] : undefined;
  return appellation ? { appellation } : undefined;
}

/** "Vendeur / Vendeuse en boulangerie-pâtisserie (H/F)"; an epicene label stays one form. */
export function titleOfAppellation(a: Appellation): string {
  return `${a.label} (H/F)`;
}

/** "un technicien ou une technicienne de maintenance", "un ou une cariste": the job named in a sentence. */
export function namedInSentence(a: Appellation): string {
  const lower = (s: string) => s.charAt(0).toLocaleLowerCase("fr") + s.slice(1);
  const [m, f] = a.heads.map(lower);
  const tail = a.tail ? ` ${a.tail}` : "";
  if (m === f) return `un ou une ${m}${tail}`;
  return `un ${m} ou une ${f}${tail}`;
}
