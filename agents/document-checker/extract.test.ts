import { describe, expect, it } from "vitest";
import { checkDocuments, extractionText } from "./check.js";
import { extractFields } from "./extract.js";
import { SAMPLE_DOCUMENTS, sampleDocument } from "./test-support/documents.js";

const NOW = new Date("2026-01-01T00:00:00Z");

describe("field extraction", () => {
  it("stores every value verbatim with its offsets in its document", () => {
    const report = checkDocuments(SAMPLE_DOCUMENTS, { now: NOW });
    const fields = report.documents.flatMap((d) =>
      d.fields.map((f) => ({ f, text: sampleDocument(d.id).text })),
    );
    expect(fields.length).toBeGreaterThan(20);
    for (const { f, text } of fields) {
      expect(text.slice(f.start, f.end)).toBe(f.value);
      expect(f.value).toBe(f.value.trim());
    }
  });

  it("reads the fields each type calls for", () => {
    const values = (id: string) => {
      const doc = sampleDocument(id);
      const report = checkDocuments([doc], { now: NOW });
      return Object.fromEntries((report.documents[0]?.fields ?? []).map((f) => [f.field, f.value]));
    };
    expect(values("paie-mars")).toMatchObject({
      employer: "Boulangerie Martin SARL",
      siret: "732 829 320 00009",
      full_name: "Claire DUPONT",
      job_title: "Vendeuse en boulangerie",
      period_start: "01/03/2025",
      period_end: "31/03/2025",
      gross_pay: "1 850,00",
      net_pay: "1 442,30",
    });
    expect(values("cni")).toMatchObject({
      last_name: "DUPONT",
      first_name: "Claire",
      document_number: "X4RTBPFW4",
      issue_date: "10/06/2021",
      expiry_date: "09/06/2031",
    });
    expect(values("certificat")).toMatchObject({
      start_date: "01/09/2022",
      end_date: "30/04/2025",
      issue_date: "30/04/2025",
    });
    expect(values("diplome")).toMatchObject({
      diploma_title: "Certificat d'aptitude professionnelle Boulanger",
      diploma_level: "Niveau 3",
      institution: "Académie de Lyon",
      full_name: "Claire Dupont",
      award_date: "2005",
    });
  });

  it("neither extracts nor keeps special-category data, the NIR or the IBAN", () => {
    const { documents, issues, names } = checkDocuments(SAMPLE_DOCUMENTS, { now: NOW });
    const report = JSON.stringify({ documents, issues, names });
    for (const kept of [
      "Française",
      "12/05/1985",
      "Paris",
      "maladie",
      "syndicale",
      "Sexe",
      "2 85 03 75",
      "3000 6000",
    ])
      expect(report).not.toContain(kept);
    expect(report).toContain("*************31");
    expect(report).toContain("****0189");
  });

  it("drops a value that would carry special-category data", () => {
    const fields = extractFields(
      "BULLETIN DE PAIE\nEmploi : Délégué syndical\nNet à payer : 1 200,00",
      "bulletin_de_salaire",
    );
    expect(fields.map((f) => f.field)).toEqual(["net_pay"]);
  });

  it("withholds the fields the guards objected to, and renders the rest one value a line", () => {
    const doc = sampleDocument("cni");
    const first = checkDocuments([doc], { now: NOW }).documents[0];
    const last = first?.fields.find((f) => f.field === "last_name");
    if (!first || !last) throw new Error("cni not read");
    const again = checkDocuments([doc], {
      now: NOW,
      withheld: [{ documentId: "cni", start: last.start, end: last.end }],
    });
    expect(again.documents[0]?.fields.map((f) => f.field)).not.toContain("last_name");
    const { text, lines } = extractionText(first);
    expect(text.split("\n")).toEqual(first.fields.map((f) => f.value));
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.field.value);
  });
});
