// A recruiter's brief, and the ad a run of it released (offline engine).
// The OpenAPI document's example for this workflow; the compiler checks it against the input and output
// schemas, and server/openapi.test.ts against the published document.
import type { z } from "zod";
import type { AdWritingInput } from "./input.js";
import type { AdOutput } from "./output.js";

export const adWritingExample: { input: z.input<typeof AdWritingInput>; output: z.output<typeof AdOutput> } =
  {
    input: {
      brief:
        "Nous recrutons un vendeur ou une vendeuse en magasin de bricolage à Lyon, CDI temps plein, 35 h. Vous conseillez les clients au rayon outillage, tenez la caisse et mettez les produits en rayon. Une première expérience en vente est appréciée. Salaire : 1 900 € brut mensuel.",
    },
    output: {
      title: "Vendeur / Vendeuse en bricolage (H/F)",
      text: "Vendeur / Vendeuse en bricolage (H/F)\n\nVos missions\n- Vous conseillez les clients au rayon outillage, tenez la caisse et mettez les produits en rayon.\n- Une première expérience en vente est appréciée.\n\nConditions\n- Nous recrutons un vendeur ou une vendeuse en magasin de bricolage à Lyon, CDI temps plein, 35 h.\n- Salaire : 1 900 € brut mensuel.\n\nToutes les candidatures sont étudiées sur la base des compétences et de l'expérience, sans autre critère.",
      briefFindings: [],
      briefActions: [],
    },
  };
