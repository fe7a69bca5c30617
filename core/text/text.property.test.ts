// The toolkit's own offsets, on random texts (seeded, reproducible): every folded unit comes from an
// original range whose fold contains it, a folded range maps back to a range that splits no character,
// and sentences and tokens are exactly the slices their offsets name. The guards' findings rest on these.
import { describe, expect, it } from "vitest";
import { pick, seeded } from "../test-support/seeded.js";
import { fold, foldChar, foldText, originalSpan } from "./fold.js";
import { sentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

const PIECES = [
  "Diplômé·e",
  "candidat(e)s",
  "L’ÉQUIPE",
  "œuvre",
  "Straße",
  "e\u0301te\u0301",
  "ﬁn",
  "👩🏽‍💻",
  "🇫🇷",
  "\u200b",
  "\u200d",
  "\u{e0041}",
  "\u00ad",
  "\u00a0",
  "\t",
  "Нomme",
  "M. Dupont",
  "etc.",
  "node.js",
  "C++",
  "l'expérience",
  "Samantha's",
  "•",
  ";",
  "?",
  "! ",
  ". ",
  "\n",
  " ",
  "42",
  "\ud800",
];

function randomText(next: () => number): string {
  const n = 1 + Math.floor(next() * 25);
  let out = "";
  for (let i = 0; i < n; i++) out += pick(next, PIECES);
  return out;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe.each([1, 2026, 31337])("core/text offsets on random texts (seed %i)", (seed) => {
  const texts = Array.from(
    { length: 300 },
    (
      (next) => () =>
        randomText(next)
    )(seeded(seed)),
  );

  it.each([{}, { inclusive: true }, { homoglyphs: true }, { pictographsAsSpace: true }])(
    "fold %o: each folded unit comes from an original range that folds to it",
    (options) => {
      for (const text of texts) {
        const f = fold(text, options);
        expect(f.starts.length).toBe(f.text.length);
        for (let k = 0; k < f.text.length; k++) {
          const s = f.starts[k] ?? -1;
          const e = f.ends[k] ?? -1;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(s).toBeLessThan(e);
          if (!options.homoglyphs && !options.pictographsAsSpace)
            expect(foldChar(text.slice(s, e))).toContain(f.text.charAt(k));
        }
        const plain = !options.inclusive && !options.homoglyphs && !options.pictographsAsSpace;
        if (plain) expect(f.text).toBe(foldText(text));
      }
    },
  );

  it("originalSpan: any folded range maps to an ordered range that splits no character", () => {
    const next = seeded(seed + 1);
    for (const text of texts) {
      const f = fold(text, { inclusive: true });
      const a = Math.floor(next() * (f.text.length + 1));
      const b = a + Math.floor(next() * (f.text.length - a + 1));
      const { start, end } = originalSpan(f, a, b);
      expect(0 <= start && start <= end && end <= text.length).toBe(true);
      expect(isLowSurrogate(text.charCodeAt(start))).toBe(false);
      if (end < text.length) expect(isLowSurrogate(text.charCodeAt(end))).toBe(false);
      if (b > a) expect(foldText(text.slice(start, end)).length).toBeGreaterThan(0);
    }
  });

  it("sentences and tokens are exactly the slices their offsets name", () => {
    for (const text of texts) {
      for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of tokenize(text)) {
        expect(text.slice(t.start, t.end)).toBe(t.raw);
        expect(t.word).toBe(foldText(t.raw));
      }
    }
  });
});
