import { describe, expect, it } from "vitest";
import { checkDocuments } from "./check.js";
import { SAMPLE_DOCUMENTS } from "./test-support/documents.js";
import type { DocumentInput } from "./types.js";

const codes = (docs: DocumentInput[], now = new Date("2026-01-01T00:00:00Z")) =>
  checkDocuments(docs, { now }).issues.map((i) => `${i.documentId ?? "*"}:${i.code}`);

const ID_CARD = (expiry: string, issued = "10/06/2016", name = "DUPONT") => ({
  id: "id",
  text: `CARTE NATIONALE D'IDENTITÉ\nNom : ${name}\nPrénom(s) : Claire\nN° du document : X4RTBPFW4\nDélivrée le : ${issued}\nDate d'expiration : ${expiry}`,
});

describe("document checks", () => {
  it("finds nothing wrong with the consistent sample set", () => {
    expect(codes(SAMPLE_DOCUMENTS)).toEqual([]);
  });

  it("judges expiry against the injected clock, not the machine's", () => {
    const card = ID_CARD("09/06/2026");
    expect(codes([card], new Date("2026-06-09T23:00:00Z"))).toEqual([]);
    expect(codes([card], new Date("2026-06-10T08:00:00Z"))).toEqual(["id:expired"]);
  });

  it("refuses an identity document issued after it expires, and a date that does not exist", () => {
    expect(codes([ID_CARD("09/06/2015")])).toEqual(
      expect.arrayContaining(["id:issued_after_expiry", "id:expired"]),
    );
    expect(codes([ID_CARD("31/02/2030")])).toContain("id:unreadable_date");
  });

  it("flags a period that ends before it starts, a past event dated in the future, and net above gross", () => {
    const payslip = {
      id: "paie",
      text: "BULLETIN DE SALAIRE\nEmployeur : Boulangerie Martin SARL\nSIRET : 73282932000009\nSalarié : M. Karim Benali\nPériode du 31/03/2026 au 01/03/2026\nSalaire brut : 1 500,00\nNet à payer : 1 900,00",
    };
    expect(codes([payslip])).toEqual(
      expect.arrayContaining(["paie:dates_reversed", "paie:date_in_future", "paie:net_above_gross"]),
    );
    const certificate = {
      id: "cert",
      text: "CERTIFICAT DE TRAVAIL\nLa société Boulangerie Martin SARL, SIRET 73282932000009, certifie que M. Karim Benali a été employé du 01/09/2022 au 30/04/2025 en qualité de vendeur.",
    };
    expect(codes([certificate])).toEqual([]);
  });

  it("reports invalid keys and missing fields", () => {
    const payslip = { id: "p", text: "BULLETIN DE PAIE\nSIRET : 732 829 320 00008\nNet à payer : 1 442,30" };
    const issues = checkDocuments([payslip], { now: new Date("2026-01-01T00:00:00Z") }).issues;
    expect(issues.map((i) => i.code)).toContain("invalid_siret");
    expect(issues.filter((i) => i.code === "missing_field").map((i) => i.field)).toEqual(
      expect.arrayContaining(["employer", "full_name", "period_start", "gross_pay"]),
    );
    expect(codes([{ id: "x", text: "Facture de boulangerie" }])).toEqual(["x:unclassified"]);
  });

  it("sees that the documents are not about the same person", () => {
    const others = SAMPLE_DOCUMENTS.filter((d) => d.id !== "cni");
    const report = checkDocuments([ID_CARD("09/06/2031", "10/06/2021", "MARTIN"), ...others], {
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(report.names.consistent).toBe(false);
    expect(report.issues.filter((i) => i.code === "names_inconsistent").map((i) => i.documentId)).toEqual([
      "paie-mars",
      "certificat",
      "diplome",
    ]);
    // Word order, capitals and a married name are not differences.
    const married = ID_CARD("09/06/2031", "10/06/2021", "DUPONT épouse LEROY");
    expect(
      checkDocuments([married, ...others], { now: new Date("2026-01-01T00:00:00Z") }).names.consistent,
    ).toBe(true);
  });
});
