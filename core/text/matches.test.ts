import { describe, expect, it } from "vitest";
import { matchesOf } from "./matches.js";

const same = (re: RegExp, text: string) => {
  const expected = [...text.matchAll(re)].map((m) => [m.index, m[0], ...m.slice(1)]);
  expect(matchesOf(re, text).map((m) => [m.index, m[0], ...m.slice(1)])).toEqual(expected);
  expect(re.lastIndex).toBe(0);
};

describe("matchesOf", () => {
  it("gives what matchAll gives, empty matches and astral characters included", () => {
    same(/\b(a)(b)?/g, "ab a xab ab");
    same(/x*/g, "axxb");
    same(/x*/gu, "a😀xx😀b");
    same(/(?:)/gu, "😀é");
    same(/\p{L}+/gu, "élan 😀 vital");
    same(/y/gy, "yyxy");
  });

  it("refuses a regex without the g flag, as matchAll does", () => {
    expect(() => matchesOf(/a/, "a")).toThrow(TypeError);
  });

  it("leaves the regex usable inside the caller's loop", () => {
    const re = /a/g;
    const seen: number[] = [];
    for (const m of matchesOf(re, "aaa")) seen.push(m.index, matchesOf(re, "a a").length);
    expect(seen).toEqual([0, 2, 1, 2, 2, 2]);
  });
});
