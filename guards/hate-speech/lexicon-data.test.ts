// The generic check of the hate-speech lexicon data (guards/hate-speech/lexicon/*.yaml): every entry's flag
// examples are flagged and contain one of its phrases; its pass examples are not flagged.
import { describe, expect, it } from "vitest";
import { read } from "./analyse.js";
import { analyseHate } from "./detector.js";
import { loadLexiconEntries } from "./lexicon-data.js";
import { normalizePhrase } from "./normalize.js";

/** Whether the phrase (a trailing "*" matching any ending) occurs in the text's normalised words. */
function contains(words: readonly string[], phrase: string): boolean {
  const prefix = phrase.endsWith("*");
  const parts = normalizePhrase(prefix ? phrase.slice(0, -1) : phrase).split(" ");
  for (let i = 0; i + parts.length <= words.length; i++) {
    const ok = parts.every((p, k) =>
      prefix && k === parts.length - 1 ? words[i + k]!.startsWith(p) : words[i + k] === p,
    );
    if (ok) return true;
  }
  return false;
}

for (const language of ["fr", "en"] as const) {
  describe(`hate-speech lexicon data (${language})`, () => {
    const entries = loadLexiconEntries(language);
    it("loads, with unique ids", () => expect(entries.length).toBeGreaterThan(0));
    for (const entry of entries) {
      for (const text of entry.examples.flag)
        it(`${entry.id} flags: ${text}`, () => {
          const words = read(text).words.map((w) => w.norm);
          expect(entry.phrases.some((p) => contains(words, p))).toBe(true);
          expect(analyseHate(text).hateful).toBe(true);
        });
      for (const text of entry.examples.pass)
        it(`${entry.id} passes: ${text}`, () => expect(analyseHate(text).hateful).toBe(false));
    }
  });
}
