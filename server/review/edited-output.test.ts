// A correction made on masked text releases the real text, never a mask (#9 point 4).
import { describe, expect, it } from "vitest";
import { maskText } from "../trace/mask.js";
import { fieldsWithMasks, restoreMaskedOutput } from "./edited-output.js";

const draft = {
  title: "Compte rendu",
  text: "Écrire à marie.dupont@example.fr ou au 06 12 34 56 78 avant vendredi.",
};

describe("restoreMaskedOutput", () => {
  it("puts back the real text under each mask the reviewer left, and keeps their own changes", () => {
    const shown = maskText(draft.text);
    expect(shown).not.toContain("marie.dupont");
    const edited = { ...draft, text: `${shown.replace("avant vendredi", "avant lundi")}` };
    const released = restoreMaskedOutput(draft, edited);
    expect(released.text).toBe("Écrire à marie.dupont@example.fr ou au 06 12 34 56 78 avant lundi.");
    expect(fieldsWithMasks(released)).toEqual([]);
  });

  it("names every field that still holds a mask it cannot put back", () => {
    const shown = maskText(draft.text);
    const moved = restoreMaskedOutput(draft, { title: shown, text: "Rien." });
    expect(fieldsWithMasks(moved)).toEqual(["editedOutput.title"]);
    const cut = restoreMaskedOutput(draft, { ...draft, text: shown.slice(0, shown.indexOf("]") + 3) });
    expect(fieldsWithMasks(cut)).toEqual(["editedOutput.text"]);
  });
});
