import { describe, expect, it } from "vitest";
import { normalizePhrase, normalizeUnits } from "./normalize.js";
import { tokenise } from "./tokens.js";

const norm = (text: string) =>
  normalizeUnits(text)
    .map((u) => u.ch)
    .join("");

describe("normalisation", () => {
  it("reads leet, spacing, repeats, accents and emojis", () => {
    expect(norm("h4te")).toBe("hate");
    expect(norm("n1gg")).toBe("nigg");
    expect(norm("J3 d3teste")).toBe("je deteste");
    expect(norm("m u s u l m a n s")).toBe("musulmans");
    expect(norm("f.a.g")).toBe("fag");
    expect(norm("haaaaate")).toBe("hate");
    expect(norm("Réfugiés Œuvre")).toBe("refugies oeuvre");
    expect(norm("a🙂b")).toBe("a b");
  });

  it("leaves numbers, ordinary punctuation and two-letter words alone", () => {
    expect(norm("En 2024, 100 % !")).toBe("en 2024, 100 % !");
    expect(norm("il y a un an")).toBe("il y a un an");
    expect(norm("stop!")).toBe("stop!");
  });

  it("keeps every normalised character's span in the original", () => {
    const text = "😀 M u s l 1 m s";
    const units = normalizeUnits(text);
    const first = units.find((u) => u.ch === "m");
    const last = units[units.length - 1];
    expect(first && text.slice(first.s, first.e)).toBe("M");
    expect(last && text.slice(last.s, last.e)).toBe("s");
    expect(units.find((u) => u.ch === "i") && text.slice(units.find((u) => u.ch === "i")!.s)).toBe("1 m s");
  });

  it("normalises lexicon phrases like texts", () => {
    expect(normalizePhrase("n'ont pas leur place")).toBe("n ont pas leur place");
    expect(normalizePhrase("Dégoûtant")).toBe("degoutant");
  });
});

describe("word repair", () => {
  const words = (text: string) => tokenise(text).words.map((w) => w.norm);

  it("splits glued words and repairs one-letter slips of lexicon words", () => {
    expect(words("Ihate women")).toEqual(["i", "hate", "women"]);
    expect(words("Mortà tous")).toEqual(["mort", "a", "tous"]);
    expect(words("I haet muslmis")).toEqual(["i", "hate", "muslims"]);
    expect(words("so hte")).toContain("hate");
  });

  it("does not repair frequent words that sit one letter away", () => {
    expect(words("All the trains are late")).toContain("trains");
    expect(words("I'm going to hug him")).toContain("hug");
    expect(words("le député a voté")).toContain("depute");
  });
});
