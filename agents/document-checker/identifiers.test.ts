import { describe, expect, it } from "vitest";
import { findIdentifiers } from "./identifiers.js";

const kinds = (text: string) => findIdentifiers(text).map((i) => `${i.kind}:${i.valid}`);

describe("identifiers found in documents and their keys", () => {
  it("checks a SIRET with Luhn, written with or without spaces", () => {
    expect(kinds("SIRET : 732 829 320 00009")).toEqual(["siret:true"]);
    expect(kinds("SIRET 73282932000009")).toEqual(["siret:true"]);
    expect(kinds("SIRET : 732 829 320 00008")).toEqual(["siret:false"]);
  });

  it("does not call an unlabelled run of digits an invalid SIRET", () => {
    expect(kinds("Référence commande 73282932000008")).toEqual([]);
  });

  it("checks a NIR key, Corsica's 2A and 2B included", () => {
    expect(kinds("N° de sécurité sociale : 2 85 03 75 116 238 31")).toEqual(["nir:true"]);
    expect(kinds("NIR : 285032A12345648")).toEqual(["nir:true"]);
    expect(kinds("NIR : 179022B12345615")).toEqual(["nir:true"]);
    expect(kinds("NIR : 179022B12345616")).toEqual(["nir:false"]);
    expect(kinds("N° de sécurité sociale : 2 85 03 75 116 238 32")).toEqual(["nir:false"]);
  });

  it("checks an IBAN modulo 97", () => {
    expect(kinds("IBAN : FR76 3000 6000 0112 3456 7890 189")).toEqual(["iban:true"]);
    expect(kinds("IBAN : FR76 3000 6000 0112 3456 7890 188")).toEqual(["iban:false"]);
  });

  it("keeps neither the NIR nor the IBAN, only a masked form, with the span where they were", () => {
    const text = "NIR : 2 85 03 75 116 238 31 ; IBAN : FR7630006000011234567890189";
    const found = findIdentifiers(text);
    expect(found.map((f) => f.display)).toEqual(["*************31", "****0189"]);
    for (const f of found)
      expect(text.slice(f.start, f.end).replace(/\s/g, "")).toMatch(/^(2850375116238|FR76)/);
    expect(JSON.stringify(found)).not.toMatch(/2850375|30006000/);
  });
});
