import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromRoot } from "../../core/paths.js";
import { titleOf } from "./brief.js";
import { lexiconFromAppellations } from "./title-lexicon-build.js";
import { genderedTitle } from "./titles.js";

describe("job titles in both genders (H/F)", () => {
  it.each([
    ["vendeur en boulangerie", "Vendeur / Vendeuse en boulangerie (H/F)"],
    ["Vendeuse en boulangerie", "Vendeur / Vendeuse en boulangerie (H/F)"],
    ["Directeur commercial", "Directeur commercial / Directrice commerciale (H/F)"],
    ["ouvrier boulanger", "Ouvrier boulanger / Ouvrière boulangère (H/F)"],
    ["Boulanger-pâtissier", "Boulanger-pâtissier / Boulangère-pâtissière (H/F)"],
    ["développeur web (H/F)", "Développeur / Développeuse web (H/F)"],
    ["Hôte de caisse", "Hôte / Hôtesse de caisse (H/F)"],
    ["comptable", "Comptable (H/F)"],
    ["Responsable logistique", "Responsable logistique (H/F)"],
  ])("%s → %s", (title, expected) => {
    expect(genderedTitle(title)).toBe(expected);
  });

  it("reads a title that goes on after « en », but not into the contract", () => {
    expect(titleOf("Nous recrutons un vendeur en boulangerie à Lyon, CDI temps plein.")).toBe(
      "vendeur en boulangerie",
    );
    expect(titleOf("Nous recherchons un développeur web en CDI à Paris.")).toBe("développeur web");
    expect(titleOf("Nous recrutons une comptable à Nantes.")).toBe("comptable");
  });

  it("keeps a title that already gives both forms", () => {
    expect(genderedTitle("Serveur / Serveuse")).toBe("Serveur / Serveuse (H/F)");
  });

  it("builds the lexicon from ROME labels, ignoring misaligned ones", () => {
    const csv = [
      '"code","libelle_appellation_long"',
      '"1","Vendeur / Vendeuse en boulangerie-pâtisserie"',
      '"2","Chef boulanger / Cheffe boulangère"',
      '"3","Comptable"',
      '"4","Chef d\'équipe / Dépanneuse"',
    ].join("\n");
    expect(lexiconFromAppellations(csv, "test").feminine).toEqual({
      vendeur: "vendeuse",
      chef: "cheffe",
      boulanger: "boulangère",
    });
  });

  it("ships a compact lexicon with its source and licence", () => {
    const path = fromRoot("agents", "referentials", "job-titles.json");
    const raw = readFileSync(path, "utf8");
    expect(raw.length).toBeLessThan(60_000);
    const lexicon = JSON.parse(raw) as { licence: string; feminine: Record<string, string> };
    expect(lexicon.licence).toMatch(/Licence Ouverte/);
    expect(Object.keys(lexicon.feminine).length).toBeGreaterThan(1000);
  });
});
