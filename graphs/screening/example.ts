// A job and one CV, and the ranking a run of them released (offline engine).
// The OpenAPI document's example for this workflow; the compiler checks it against the input and output
// schemas, and server/openapi.test.ts against the published document.
import type { z } from "zod";
import type { ScreeningInput } from "./input.js";
import type { ScreeningOutputShape } from "./output.js";

export const screeningExample: {
  input: z.input<typeof ScreeningInput>;
  output: z.output<typeof ScreeningOutputShape>;
} = {
  input: {
    job: "Comptable (H/F) – CDI – Bordeaux\n\nVous tenez la comptabilité générale de PME clientes et préparez les déclarations de TVA.\n\nProfil recherché :\n- DCG ;\n- 2 ans d'expérience en cabinet ;\n- maîtrise de Sage ou Cegid ;\n- Excel.",
    cvs: [
      {
        id: "cv-17",
        text: "Comptable en cabinet depuis 4 ans (2021 – 2025) chez Fiducial Bordeaux : tenue de la comptabilité générale de PME, déclarations de TVA, bilans.\nFormation : DCG (2021).\nLogiciels : Sage, Cegid, Excel (tableaux croisés dynamiques).",
      },
    ],
  },
  output: {
    ranking: [
      {
        id: "cv-17",
        score: 0.897,
        rank: 1,
        rationale:
          "Exigences de l'offre présentes dans le CV (4 sur 4) : DCG (« DCG »), 2 ans d'expérience en cabinet, Sage ou Cegid (« Sage »), Excel (« Excel »). Expérience : 4 ans d'expérience d'après les périodes d'emploi du CV ; 2 ans d'expérience demandés par l'offre (durée atteinte). Proximité d'ensemble du CV avec l'offre : 0,59. Score calculé : 0,90 ; recommandation : à retenir pour la suite.",
        recommendation: "advance",
        verdict: "pass",
        findings: [],
        matched: ["DCG", "2 ans d'expérience en cabinet", "Sage ou Cegid", "Excel"],
        missing: [],
        evidence: [
          {
            requirement: "DCG",
            cvWords: "DCG",
          },
          {
            requirement: "2 ans d'expérience en cabinet",
            cvWords: "4 ans",
          },
          {
            requirement: "Sage ou Cegid",
            cvWords: "Sage",
          },
          {
            requirement: "Excel",
            cvWords: "Excel",
          },
        ],
        yearsStated: 4,
        yearsSource: "dates",
        similarity: 0.5864,
      },
    ],
    humanReviewRequired: false,
    reviewReasons: [],
    job: {
      requirements: [
        {
          text: "DCG",
          kind: "diploma",
        },
        {
          text: "2 ans d'expérience en cabinet",
          kind: "years",
        },
        {
          text: "Sage ou Cegid",
          kind: "software",
          options: ["Sage", "Cegid"],
        },
        {
          text: "Excel",
          kind: "skill",
        },
      ],
      yearsRequired: 2,
    },
    scoring: {
      weights: {
        coverage: 0.6,
        similarity: 0.25,
        experience: 0.15,
      },
      advanceThreshold: 0.5,
      embeddingModel: "offline-hash-v1",
      store: "pgvector",
    },
    audit: null,
  },
};
