// Interview notes, and the synthesis a run of them released (offline engine).
// The OpenAPI document's example for this workflow; the compiler checks it against the input and output
// schemas, and server/openapi.test.ts against the published document.
import type { z } from "zod";
import type { SummaryInput } from "./input.js";
import type { SummaryOutput } from "./output.js";

export const summaryExample: { input: z.input<typeof SummaryInput>; output: z.output<typeof SummaryOutput> } =
  {
    input: {
      sources: [
        "Entretien du 4 juin avec Karim, candidat au poste de technicien de maintenance. Il a travaillé six ans chez Airbus Toulouse sur la maintenance préventive des lignes d'assemblage. Il maîtrise la lecture de schémas électriques et l'automatisme Siemens S7. Il est titulaire d'un BTS Maintenance des systèmes obtenu en 2016. Il souhaite un poste en horaires de journée et peut commencer en septembre. L'intervieweur le juge précis et calme dans ses réponses.",
      ],
    },
    output: {
      text: "Parcours : Il a travaillé six ans chez Airbus Toulouse sur la maintenance préventive des lignes d'assemblage. Il est titulaire d'un BTS Maintenance des systèmes obtenu en 2016.\nCompétences : Il maîtrise la lecture de schémas électriques et l'automatisme Siemens S7.\nSouhaits et disponibilité : Il souhaite un poste en horaires de journée et peut commencer en septembre.",
      sentences: [
        {
          text: "Il a travaillé six ans chez Airbus Toulouse sur la maintenance préventive des lignes d'assemblage.",
          topic: "parcours",
          source: 0,
          start: 80,
          end: 177,
        },
        {
          text: "Il est titulaire d'un BTS Maintenance des systèmes obtenu en 2016.",
          topic: "parcours",
          source: 0,
          start: 254,
          end: 319,
        },
        {
          text: "Il maîtrise la lecture de schémas électriques et l'automatisme Siemens S7.",
          topic: "competences",
          source: 0,
          start: 179,
          end: 252,
        },
        {
          text: "Il souhaite un poste en horaires de journée et peut commencer en septembre.",
          topic: "souhaits",
          source: 0,
          start: 321,
          end: 395,
        },
      ],
      droppedProtected: 0,
    },
  };
