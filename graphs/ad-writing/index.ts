// brief → write → supervisor (guards → release | revise: back to write, bounded | review | block).
import { defineWorkflow } from "../define.js";
import { adWritingExample } from "./example.js";
import { AdWritingInput } from "./input.js";
import { writeAdNode } from "./nodes.js";
import { AdOutput } from "./output.js";
import { AdWritingChannels } from "./state.js";

export const adWriting = defineWorkflow({
  id: "ad_writing",
  label: { fr: "Rédaction d'annonce", en: "Job ad writing" },
  candidateData: false,
  description: "A recruiter's brief in, a French job ad out, checked by every guard.",
  input: AdWritingInput,
  output: AdOutput,
  example: adWritingExample,
  state: AdWritingChannels,
  start: (input, jurisdiction) => ({ brief: input.brief, jurisdiction }),
  workers: [{ name: "write_ad", run: writeAdNode }],
});
