import { describe, expect, it } from "vitest";
import { maskText, maskValue } from "./mask.js";

describe("masking personal data in the trace", () => {
  it("masks e-mails and phone numbers and keeps every offset", () => {
    const text = "Écrire à jean.dupont@example.fr ou au 06 12 34 56 78, candidats de 25 à 35 ans.";
    const masked = maskText(text);
    expect(masked).not.toContain("jean.dupont");
    expect(masked).not.toContain("06 12 34 56 78");
    expect(masked).toHaveLength(text.length);
    const at = text.indexOf("25 à 35");
    expect(masked.slice(at, at + 7)).toBe("25 à 35");
    expect(masked).toContain("[EMAIL]");
  });

  it("masks every string inside a value", () => {
    expect(maskValue({ a: ["ab@cd.fr", 3], b: { c: null } })).toEqual({ a: ["[EMAIL]•", 3], b: { c: null } });
    // Too short for the label: bullets only, still the same length.
    expect(maskText("x@y.fr")).toBe("••••••");
  });
});
