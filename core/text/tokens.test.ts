import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

// What tokenize does, written with regexes only (ASCII texts are scanned by hand): both must agree.
const TOKEN = /[\p{L}\p{N}]+(?:[.,'’+#/-][\p{L}\p{N}]+)*[+#]*/gu;
function reference(text: string): [string, number][] {
  return [...text.matchAll(TOKEN)].map((m) => {
    let raw = m[0];
    let start = m.index;
    const el = /^(?:[lLdDjJnNsScCmMtTqQ]|[qQ]u)['’](?=\p{L})/u.exec(raw);
    if (el) {
      start += el[0].length;
      raw = raw.slice(el[0].length);
    }
    if (/['’]s$/u.test(raw) && raw.length > 3) raw = raw.slice(0, -2);
    return [raw, start];
  });
}

describe("tokenize", () => {
  it("finds in ASCII text the tokens the regex finds", () => {
    const samples = [
      "C++ and C# in .NET, Node.js/TypeScript; 1,000.50 EUR",
      "a+b a++b c+++ x--y --z w- #tag end#",
      "e-mail: jane.doe@example.com (2019-2021) 3/4 5.",
      "it's Samantha's offer, James' car, the boss's",
      "l'equipe d'ingenieurs qu'il a; s'",
    ];
    for (const text of samples) expect(tokenize(text).map((t) => [t.raw, t.start])).toEqual(reference(text));
  });

  it("drops elisions and possessives the same way with or without accents", () => {
    expect(tokenize("l'expérience de Samantha's team").map((t) => t.word)).toEqual([
      "expérience".normalize("NFD").replace(/[\u0300-\u036f]/g, ""),
      "de",
      "samantha",
      "team",
    ]);
    expect(tokenize("l'experience de Samantha's team").map((t) => t.word)).toEqual([
      "experience",
      "de",
      "samantha",
      "team",
    ]);
  });
});
