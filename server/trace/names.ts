// Candidates' names the generic detector may miss ("Claire", "DUPONT"), taken from where the run's input
// itself says a text is a name: a labelled line ("Nom : DUPONT", "Prénom(s) : Claire", "Candidat : …") in
// any input text, and a CV's header line when it reads as a name (2 to 4 capitalised words, letters only).
// Masked wherever the run is shown to a role that does not see candidate data in clear, and by the
// retention purge. A person guards/pii's recogniser finds once in any text of the run (in prose too) is
// added, so that every other mention of them in the run is masked as well. A header line that is a job
// title in capitals ("Développeur Java") is masked too: over-masking a title is the safe side.
import { detectPersonalData } from "../../guards/pii/index.js";
import { maskValue } from "./mask.js";

const LABELLED =
  /^[ \t]*(?:nom(?: de naissance| d'usage| de famille)?|pr[ée]noms?(?:\(s\))?|name|first name|last name|full name|candidat(?:e)?)[ \t]*:[ \t]*([^\n:]{2,60})$/gimu;
const NAME_LINE = /^(?:[\p{Lu}][\p{L}'’-]*)(?:[ \t]+[\p{Lu}][\p{L}'’-]*){1,3}$/u;
const MIN_TOKEN = 3;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The names the input points at, and each of their words. */
export function candidateNames(input: unknown): string[] {
  const found = new Set<string>();
  const add = (name: string) => {
    const clean = name.trim().replace(/\s+/g, " ");
    if (clean.length < MIN_TOKEN) return;
    found.add(clean);
    for (const word of clean.split(/[ '’-]/)) if (word.length >= MIN_TOKEN) found.add(word);
  };
  for (const text of strings(input)) for (const match of text.matchAll(LABELLED)) if (match[1]) add(match[1]);
  // A person the recogniser finds once anywhere in the run (title, first name, signature, e-mail parts:
  // guards/pii) is the same person wherever the run names them, also where the recogniser alone would
  // not see it ("Travaillé avec Dupont" in another text of the run): masking one mention and not the
  // other leaks it.
  for (const text of strings(input))
    for (const span of detectPersonalData(text)) if (span.type === "person") add(span.value);
  const cvs = (input as { cvs?: Array<{ text?: unknown }> } | null)?.cvs;
  if (Array.isArray(cvs))
    for (const cv of cvs) {
      const header = typeof cv?.text === "string" ? cv.text.split("\n").find((l) => l.trim()) : undefined;
      if (header && NAME_LINE.test(header.trim())) add(header);
    }
  // Longest first, so that "Claire Martin" is masked whole before "Claire" is looked for.
  return [...found].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Length-preserving, like mask.ts: findings' offsets still point at the same words. */
const maskOfName = (length: number) =>
  "[NOM]".length <= length ? `[NOM]${"•".repeat(length - 5)}` : "•".repeat(length);

/** Masks one run's candidates' names (only those) in every string of a value. */
export function nameMaskerFor(input: unknown): <T>(value: T) => T {
  const names = candidateNames(input);
  if (names.length === 0) return (value) => value;
  // Initials written before a known name ("J. Martin", "J.-P. Martin") are part of it: masking never
  // leaves part of a name.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:\\p{Lu}\\.(?:-?\\p{Lu}\\.)?[ \\t]?)?(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const hideNames = (value: unknown): unknown => {
    if (typeof value === "string") return value.replace(pattern, (m) => maskOfName(m.length));
    if (Array.isArray(value)) return value.map(hideNames);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideNames(v)]));
    return value;
  };
  return <T>(value: T) => hideNames(value) as T;
}

/** A masker for one run: its candidates' names, then every personal datum guards/pii recognises. */
export function maskerFor(input: unknown): (value: unknown) => unknown {
  const hideNames = nameMaskerFor(input);
  return (value) => maskValue(hideNames(value));
}
