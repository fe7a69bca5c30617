// What the job asks for: the skills the ROME/ESCO lexicon finds in the ad, and the years of experience it
// states. And whether a prepared CV has them, synonyms included.

import { statedYears } from "./experience.js";
import { skillLexicon } from "./lexicon.js";
import { segments } from "./text.js";
import type { JobProfile, Requirement } from "./types.js";

export function analyseJob(job: string): JobProfile {
  const seen = new Set<string>();
  const requirements: Requirement[] = [];
  for (const m of skillLexicon().find(job)) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    requirements.push({ key: m.key, label: m.surface.replace(/\s+/gu, " ") });
  }
  return { requirements, yearsRequired: statedYears(job) };
}

/** Every key of one to maxTokens consecutive content words: a requirement is met when one of its synonyms is here. */
export function keysOf(text: string): Set<string> {
  const lexicon = skillLexicon();
  const keys = new Set<string>();
  for (const seg of segments(text))
    for (let i = 0; i < seg.length; i++)
      for (let n = 1; n <= lexicon.maxTokens && i + n <= seg.length; n++)
        keys.add(
          seg
            .slice(i, i + n)
            .map((t) => t.key)
            .join(" "),
        );
  return keys;
}

export function meets(requirement: Requirement, cvKeys: ReadonlySet<string>): boolean {
  for (const key of skillLexicon().synonyms(requirement.key)) if (cvKeys.has(key)) return true;
  return false;
}
