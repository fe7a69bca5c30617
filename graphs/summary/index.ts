// sources → summarize → supervisor (hallucination against the sources, discrimination… → release |
// revise: back to summarize, bounded | review | block).
import { defineWorkflow } from "../define.js";
import { summaryExample } from "./example.js";
import { SummaryInput } from "./input.js";
import { summarizeNode } from "./nodes.js";
import { SummaryOutput } from "./output.js";
import { SummaryChannels } from "./state.js";

export const summary = defineWorkflow({
  id: "summary",
  label: { fr: "Synthèse de candidature", en: "Application summary" },
  candidateData: true,
  description:
    "Interview notes or a CV in, a synthesis out: skills, experience, education, languages and motivation, faithful to the sources and free of protected attributes.",
  input: SummaryInput,
  output: SummaryOutput,
  example: summaryExample,
  state: SummaryChannels,
  start: (input, jurisdiction) => ({ sources: input.sources, jurisdiction }),
  workers: [{ name: "summarize", run: summarizeNode }],
});
