// job + CVs → screen (strip injections, redact, embed, score, rank) → rationales → supervisor (guards on
// every rationale, then each CV's findings settled on its entry → release | revise: rewrite the rationales,
// bounded | review: a person, always when anyone would be rejected | block).
import { defineWorkflow } from "../define.js";
import { screeningExample } from "./example.js";
import { ScreeningInput } from "./input.js";
import { screenNode, writeRationalesNode } from "./nodes.js";
import { ScreeningOutputShape, settleScreening } from "./output.js";
import { ScreeningChannels } from "./state.js";

export const screening = defineWorkflow({
  id: "screening",
  label: { fr: "Tri de CV", en: "CV screening" },
  candidateData: true,
  description:
    "A job and CVs in, a ranking out: protected attributes and injected instructions taken out before scoring, a computed score with a rationale per CV, and a person's review before any rejection.",
  input: ScreeningInput,
  output: ScreeningOutputShape,
  example: screeningExample,
  state: ScreeningChannels,
  start: (input, jurisdiction) => ({ ...input, jurisdiction }),
  workers: [
    { name: "screen", run: screenNode },
    { name: "write_rationales", run: writeRationalesNode },
  ],
  reviseAt: "write_rationales",
  settle: settleScreening,
});
