import { describe, expect, it } from "vitest";
import { diffWords } from "./diff.js";

describe("word diff", () => {
  it("keeps what both revisions share and marks what was removed and added", () => {
    expect(diffWords("Candidats de 25 à 35 ans uniquement.", "Candidats motivés uniquement.")).toEqual([
      { op: "same", text: "Candidats " },
      { op: "del", text: "de 25 à 35 ans" },
      { op: "add", text: "motivés" },
      { op: "same", text: " uniquement." },
    ]);
    expect(diffWords("a b", "a b")).toEqual([{ op: "same", text: "a b" }]);
  });
});
