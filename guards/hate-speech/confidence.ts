// How sure the hate-speech rules are of their verdict on a text. The verdict is reached along one of a few
// paths (a slur, a threat, an explicit insult of a named group; or, for a clean text, nothing about a group,
// a negation, counter-speech, a group named with something said of it that no rule could read…). Each path
// has a confidence: the share of texts decided along it that the rules got right on the development data,
// measured by `npx tsx evals/guards/hate-calibrate.ts` and kept as data in calibration.yaml. Texts on a path
// below the threshold there are in the unsure band: the judge decides them when one is configured, and the
// policy says what happens offline.
import { z } from "zod";
import { fromRoot } from "../../core/paths.js";
import { readYamlData } from "../../core/yaml-data.js";
import type { Reading, SentenceReading } from "./analyse.js";
import type { Hit } from "./decide.js";

export const PATHS = [
  // Flagged texts.
  "flag_slur",
  "flag_threat",
  "flag_explicit",
  "flag_repaired",
  "flag_weak",
  // Clean texts.
  "clean_nothing",
  "clean_untargeted",
  "clean_praise",
  "clean_cleared_slur",
  "clean_negated",
  "clean_counter",
  "clean_reported",
  "clean_judged_group",
  "clean_mention",
] as const;
export type Path = (typeof PATHS)[number];

// Words that say something about the group named just before them (a verb of being, a modal of what should
// be done, a generalisation), where a rule that found no attack may simply not know the words used.
const PREDICATE = new Set([
  "are",
  "is",
  "were",
  "was",
  "be",
  "should",
  "must",
  "ought",
  "need",
  "deserve",
  "never",
  "always",
  "all",
  "only",
  "can",
  "cannot",
  "sont",
  "est",
  "etaient",
  "sera",
  "seront",
  "devraient",
  "doivent",
  "faut",
  "meritent",
  "jamais",
  "toujours",
  "tous",
  "toutes",
  "que",
  "peuvent",
  "savent",
  "ont",
]);
// "those people", "ces gens-là", "their kind": a group referred to as a kind.
const KIND_WORDS =
  /\b(ces gens|those people|these people|their kind|leur race|sa race|his kind|her kind|ce genre|cette engeance|ces gens la|comme tous|like all|like the rest|typical|typique|people like (him|her|them)|les gens comme (lui|elle|eux)|son genre|her sort|his sort)\b/;
/** How many words after the group a predicate may sit and still be about it. */
const PREDICATE_REACH = 3;

function judged(reading: Reading, s: SentenceReading): boolean {
  const { words } = reading;
  const sentence = words
    .slice(s.a, s.b)
    .map((w) => w.norm)
    .join(" ");
  if (KIND_WORDS.test(sentence)) return true;
  return s.targets.some((t) => {
    for (let k = t.match.j; k < Math.min(s.b, t.match.j + PREDICATE_REACH); k++)
      if (PREDICATE.has(words[k]!.norm)) return true;
    return false;
  });
}

/** The path by which the rules reached their verdict on a text. */
export function pathOf(reading: Reading, hits: readonly Hit[]): Path {
  const hate = hits.filter((h) => h.outcome === "hate");
  if (hate.length > 0) {
    const kinds = new Set(hate.flatMap((h) => h.attacks.map((a) => a.kind)));
    const strong = hate.filter((h) => !h.weak);
    const repaired = hate.some((h) =>
      reading.words.slice(h.sentence.a, h.sentence.b).some((w) => w.repairedFrom !== undefined),
    );
    if (strong.length === 0) return "flag_weak";
    if (repaired) return "flag_repaired";
    if (kinds.has("slur")) return "flag_slur";
    if (kinds.has("threat") || kinds.has("exclusion")) return "flag_threat";
    return "flag_explicit";
  }
  const outcomes = new Set(hits.map((h) => h.outcome));
  if (outcomes.has("reported")) return "clean_reported";
  if (outcomes.has("counter")) return "clean_counter";
  if (outcomes.has("negated")) return "clean_negated";
  const sentences = reading.sentences;
  if (sentences.some((s) => s.clearedSlurs.length > 0)) return "clean_cleared_slur";
  const targeted = sentences.filter((s) => s.targets.length > 0);
  if (targeted.length === 0)
    return sentences.some((s) => s.attacks.length > 0) ? "clean_untargeted" : "clean_nothing";
  if (targeted.every((s) => s.praise)) return "clean_praise";
  return targeted.some((s) => judged(reading, s)) ? "clean_judged_group" : "clean_mention";
}

const Calibration = z
  .object({
    /** Paths whose confidence is below this are in the unsure band. */
    unsureBelow: z.number().min(0).max(1),
    confidence: z.record(z.enum(PATHS), z.number().min(0).max(1)),
  })
  .strict();

function loadCalibration() {
  const path = fromRoot("guards", "hate-speech", "calibration.yaml");
  const parsed = Calibration.safeParse(readYamlData(path));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  const missing = PATHS.filter((p) => parsed.data.confidence[p] === undefined);
  if (missing.length > 0) throw new Error(`${path}: no confidence for ${missing.join(", ")}`);
  return parsed.data as { unsureBelow: number; confidence: Record<Path, number> };
}

let calibration: ReturnType<typeof loadCalibration> | undefined;

export function confidenceOf(path: Path): { confidence: number; unsure: boolean } {
  calibration ??= loadCalibration();
  const confidence = calibration.confidence[path];
  return { confidence, unsure: confidence < calibration.unsureBelow };
}
