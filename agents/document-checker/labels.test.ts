import { describe, expect, it } from "vitest";
import { parseFrenchDate } from "./dates.js";
import { extractFields } from "./extract.js";
import { readLabelled } from "./labels.js";

const values = (text: string, type: Parameters<typeof extractFields>[1]) =>
  Object.fromEntries(extractFields(text, type).map((f) => [f.field, f.value]));

describe("labelled values", () => {
  it("reads a table flattened to pipes, columns run together and values under their label", () => {
    const pipes =
      "Société | Cabinet Roux | SIRET | 1\nSalarié | Mme Anne Roux | Emploi | Comptable\nBrut | 2 305,38";
    expect(values(pipes, "bulletin_de_salaire")).toMatchObject({
      employer: "Cabinet Roux",
      full_name: "Anne Roux",
      job_title: "Comptable",
      gross_pay: "2 305,38",
    });
    const columns =
      "Salarié     M. ROUSSEAU Florian    Matricule 00412\nTotal brut 1 956,25\nNet à payer avant impôt sur le revenu 1 524,48\nNet payé 1 400,00";
    expect(values(columns, "bulletin_de_salaire")).toMatchObject({
      full_name: "ROUSSEAU Florian",
      gross_pay: "1 956,25",
      net_pay: "1 524,48",
    });
    const below =
      "NOM / Surname\nLEFEBVRE\nPrénoms / Given names\nCamille, Marie\nDate de naiss. / Date of birth\n17.03.1990";
    expect(values(below, "piece_identite")).toEqual({ last_name: "LEFEBVRE", first_name: "Camille, Marie" });
  });

  it("keeps offsets in the document, accents and all", () => {
    const text = "Employeur : Hôtel du Lac\nPériode : du 01/08/2026 au 31/08/2026";
    for (const v of readLabelled(text, "bulletin_de_salaire"))
      expect(text.slice(v.start, v.end)).toBe(v.value);
  });

  it("does not take a document's title for a label, nor a letter's first sentence for its letterhead", () => {
    expect(readLabelled("ATTESTATION  EMPLOYEUR\nSARL Roy", "attestation_employeur")).toEqual([]);
    expect(
      values("ATTESTATION  EMPLOYEUR\nJe soussigné Paul Roy atteste que M. Jean Lin", "attestation_employeur")
        .employer,
    ).toBeUndefined();
  });
});

describe("parties and dates by their role", () => {
  it("reads the employee, not the signatory, and the period, not the letter's or the leaving date", () => {
    const text = [
      "Je soussigné, Jean-Luc Morel, gérant de la société Pharmacie du Centre, certifie que Madame Océane",
      "Vernier, entrée dans notre officine le 3 mars 2014 et sortie le 28 février 2026, y a exercé l'emploi de préparatrice en",
      "pharmacie. Elle nous quitte libre de tout engagement le 1er mars 2026.",
      "Besançon, le 2 mars 2026",
    ].join("\n");
    expect(values(text, "certificat_de_travail")).toMatchObject({
      full_name: "Océane",
      job_title: "préparatrice en\npharmacie",
      start_date: "3 mars 2014",
      end_date: "28 février 2026",
      issue_date: "2 mars 2026",
    });
  });

  it("takes the leaving date as the end only when nothing else ends the employment", () => {
    const text =
      "Nous certifions que M. Paul Roy a été employé à compter du 2 mai 2020. Il nous quitte libre de tout engagement le 30 juin 2026.";
    expect(values(text, "certificat_de_travail")).toMatchObject({
      start_date: "2 mai 2020",
      end_date: "30 juin 2026",
    });
  });

  it("reads English letters and contracts", () => {
    const letter =
      "This letter confirms that Ms. Hannah Becker has been employed by Orbis Consulting GmbH since\n1 February 2021 as a Senior Consultant, on a full-time basis.\nBerlin, 18 November 2026";
    expect(values(letter, "attestation_employeur")).toMatchObject({
      full_name: "Hannah Becker",
      employer: "Orbis Consulting GmbH",
      job_title: "Senior Consultant",
      start_date: "1 February 2021",
      issue_date: "18 November 2026",
    });
    const contract =
      "made between Nordvik SAS, registered in Paris, and Ms Emma Clarke. Signed in Paris on 20 November 2026.";
    expect(values(contract, "contrat_de_travail")).toMatchObject({
      full_name: "Emma Clarke",
      employer: "Nordvik SAS",
      issue_date: "20 November 2026",
    });
  });

  it("parses the dates foreign documents print, and refuses a day that does not exist", () => {
    expect(parseFrenchDate("14 JUN 2019")?.toISOString().slice(0, 10)).toBe("2019-06-14");
    expect(parseFrenchDate("June 12, 2020")?.toISOString().slice(0, 10)).toBe("2020-06-12");
    expect(parseFrenchDate("juin 2016")?.toISOString().slice(0, 10)).toBe("2016-06-01");
    expect(parseFrenchDate("31 February 2020")).toBeNull();
  });
});
