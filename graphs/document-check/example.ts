// A work certificate, and the check a run of it released (offline engine).
// The OpenAPI document's example for this workflow; the compiler checks it against the input and output
// schemas, and server/openapi.test.ts against the published document.
import type { z } from "zod";
import type { DocumentCheckInput } from "./input.js";
import type { DocumentCheckOutput } from "./output.js";

export const documentCheckExample: {
  input: z.input<typeof DocumentCheckInput>;
  output: z.output<typeof DocumentCheckOutput>;
} = {
  input: {
    documents: [
      {
        id: "certificat",
        text: "CERTIFICAT DE TRAVAIL\nLa société Boulangerie Martin SARL, SIRET 732 829 320 00009, certifie que Madame Claire Dupont a été employée du 01/09/2022 au 30/04/2025 en qualité de vendeuse en boulangerie.\nElle nous quitte libre de tout engagement.\nFait à Lyon, le 30/04/2025.",
      },
    ],
  },
  output: {
    documents: [
      {
        id: "certificat",
        type: "certificat_de_travail",
        cues: [
          {
            text: "CERTIFICAT DE TRAVAIL",
            start: 0,
            end: 21,
          },
          {
            text: "certifie que",
            start: 83,
            end: 95,
          },
          {
            text: "libre de tout engagement",
            start: 216,
            end: 240,
          },
        ],
        fields: [
          {
            field: "employer",
            value: "Boulangerie Martin SARL",
            start: 33,
            end: 56,
          },
          {
            field: "siret",
            value: "732 829 320 00009",
            start: 64,
            end: 81,
          },
          {
            field: "full_name",
            value: "Claire Dupont",
            start: 103,
            end: 116,
          },
          {
            field: "start_date",
            value: "01/09/2022",
            start: 135,
            end: 145,
          },
          {
            field: "end_date",
            value: "30/04/2025",
            start: 149,
            end: 159,
          },
          {
            field: "job_title",
            value: "vendeuse en boulangerie",
            start: 174,
            end: 197,
          },
          {
            field: "issue_date",
            value: "30/04/2025",
            start: 258,
            end: 268,
          },
        ],
        identifiers: [
          {
            kind: "siret",
            valid: true,
            display: "732 829 320 00009",
            start: 64,
            end: 81,
          },
        ],
      },
    ],
    issues: [],
    names: {
      consistent: true,
      compared: 1,
    },
    privacy:
      "NIR et IBAN : seules leur validité et une forme masquée sont conservées. Nationalité, date et lieu de naissance, sexe, adresse, photo, santé, handicap, activité syndicale, religion et situation de famille ne sont ni extraits ni conservés (RGPD art. 5 et 9, C. trav. L1221-6).",
    summary: {
      documents: 1,
      errors: 0,
      warnings: 0,
    },
    reviewReasons: [],
  },
};
