// The skill lexicon built from ROME and ESCO (agents/referentials/skills-*.json): finds the skills a text
// names, and knows which labels are synonyms (the labels of one ESCO concept).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { fromRoot } from "../../core/paths.js";
import { foldText as fold } from "../../core/text/fold.js";
import { labelKey, segments } from "./text.js";

const RomeFile = z.object({
  version: z.literal(1),
  maxTokens: z.number().int().min(1),
  savoirs: z.array(z.string()),
  competences: z.array(z.string()),
});
const EscoFile = z.object({
  version: z.literal(1),
  maxTokens: z.number().int().min(1),
  concepts: z.array(z.array(z.string()).min(1)),
});

const SupplementFile = z.object({ version: z.literal(1), concepts: z.array(z.array(z.string()).min(1)) });

// Single words that the referentials list as skills but that every job ad and every CV uses: matching them
// would reward wording, not skills.
const TOO_GENERIC = new Set(
  [
    "gestion",
    "communication",
    "organisation",
    "travail",
    "equipe",
    "service",
    "client",
    "entreprise",
    "poste",
    "projet",
    "qualite",
    "securite",
    "management",
    "informatique",
    "formation",
    "experience",
    "analyse",
    "suivi",
    "contrôle",
    "controle",
    "production",
    "administration",
    "planification",
    "conseil",
    "accueil",
    "recherche",
    "developpement",
    "maintenance",
    "vente",
    "relation",
    "technique",
    "methode",
    "outil",
    "motivation",
    "dynamisme",
    "serieux",
    "envie",
    "passion",
  ].map(labelKey),
);

export interface SkillMatch {
  /** Stemmed key of the matched words. */
  key: string;
  /** The words as the text writes them. */
  surface: string;
  start: number;
  end: number;
}

export interface SkillLexicon {
  readonly maxTokens: number;
  readonly size: number;
  /** Skills a text names, longest match first at each place, never overlapping. */
  find(text: string): SkillMatch[];
  /** Every key meaning the same skill as this one (itself included). */
  synonyms(key: string): ReadonlySet<string>;
}

// Referential labels often wrap the skill in a head ("Microsoft Excel", "Programmation en Python",
// "Techniques de pâtisserie") that ads and CVs leave out: the rest of the label becomes a synonym.
const HEAD =
  /^(?:techniques?|utilisation|maitrise|connaissances?|programmation|langage|logiciels?|progiciels?|framework|microsoft|outils?|pratique|principes|regles|normes|notions|bases)\s+(?:(?:de|d'|du|des|en|la|le|les|l')\s*)*(.+)$/u;

function withAliases(labels: readonly string[]): string[] {
  const out = [...labels];
  for (const label of labels) {
    const rest = HEAD.exec(fold(label))?.[1];
    if (rest) out.push(rest);
  }
  return out;
}

export function createSkillLexicon(
  concepts: readonly (readonly string[])[],
  maxTokens: number,
): SkillLexicon {
  const conceptsOfKey = new Map<string, number[]>();
  const keysOfConcept: string[][] = [];
  concepts.forEach((labels, i) => {
    const keys = [
      ...new Set(
        withAliases(labels)
          .map(labelKey)
          .filter((k) => k.length > 0 && !TOO_GENERIC.has(k)),
      ),
    ];
    keysOfConcept.push(keys);
    for (const k of keys) conceptsOfKey.set(k, [...(conceptsOfKey.get(k) ?? []), i]);
  });
  const synonymCache = new Map<string, ReadonlySet<string>>();
  return {
    maxTokens,
    size: conceptsOfKey.size,
    find(text) {
      const found: SkillMatch[] = [];
      for (const seg of segments(text)) {
        let i = 0;
        while (i < seg.length) {
          let matched = 0;
          for (let n = Math.min(maxTokens, seg.length - i); n >= 1; n--) {
            const window = seg.slice(i, i + n);
            const key = window.map((t) => t.key).join(" ");
            if (!conceptsOfKey.has(key)) continue;
            const start = window[0]?.start ?? 0;
            const end = window[window.length - 1]?.end ?? start;
            found.push({ key, surface: text.slice(start, end), start, end });
            matched = n;
            break;
          }
          i += Math.max(1, matched);
        }
      }
      return found;
    },
    synonyms(key) {
      const cached = synonymCache.get(key);
      if (cached) return cached;
      const all = new Set<string>([key]);
      for (const c of conceptsOfKey.get(key) ?? []) for (const k of keysOfConcept[c] ?? []) all.add(k);
      synonymCache.set(key, all);
      return all;
    },
  };
}

let loaded: SkillLexicon | undefined;

/** The ROME + ESCO lexicon, read once per process. */
export function skillLexicon(): SkillLexicon {
  if (!loaded) {
    const read = (name: string): unknown =>
      JSON.parse(readFileSync(fromRoot("agents", "referentials", name), "utf8"));
    const rome = RomeFile.parse(read("skills-rome.json"));
    const esco = EscoFile.parse(read("skills-esco.json"));
    const supplement = SupplementFile.parse(read("skills-supplement.json"));
    const concepts = [
      ...rome.savoirs.map((l) => [l]),
      ...rome.competences.map((l) => [l]),
      ...esco.concepts,
      ...supplement.concepts,
    ];
    loaded = createSkillLexicon(concepts, Math.max(rome.maxTokens, esco.maxTokens));
  }
  return loaded;
}
