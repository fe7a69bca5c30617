// Every workflow the API and the command line can run: its input schema, its graph, its first state.
// A test checks that every workflow id of the contract has exactly one entry here.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { z } from "zod";
import type { Jurisdiction, WorkflowId } from "../core/contract.js";
import { buildAdWritingGraph } from "./ad-writing/index.js";
import { buildDocumentCheckGraph } from "./document-check/index.js";
import { DocumentCheckInput } from "./document-check/input.js";
import { buildScreeningGraph } from "./screening/index.js";
import { ScreeningInput } from "./screening/input.js";
import type { GuardedState } from "./shared/state.js";
import { buildSummaryGraph } from "./summary/index.js";
import { SummaryInput } from "./summary/input.js";

/** The compiled graph, seen only through what the runner needs of it. */
export interface RunnableWorkflow {
  invoke(input: unknown, config: Record<string, unknown>): Promise<unknown>;
  getState(config: Record<string, unknown>): Promise<{
    values: unknown;
    next: readonly string[];
    /** Pending tasks; one waiting for a person carries the interrupt (start-up recovery reads this). */
    tasks: readonly { interrupts: readonly unknown[] }[];
  }>;
}

export interface WorkflowDefinition {
  id: WorkflowId;
  description: string;
  input: z.ZodType<Record<string, unknown>>;
  build(checkpointer: BaseCheckpointSaver): RunnableWorkflow;
  initialState(
    input: Record<string, unknown>,
    jurisdiction: Jurisdiction,
  ): Partial<GuardedState> & Record<string, unknown>;
}

const AdWritingInput = z.object({
  brief: z
    .string()
    .trim()
    .min(1, "the brief is empty")
    .max(20_000, "the brief is longer than 20,000 characters"),
});

export const WORKFLOW_REGISTRY: Partial<Record<WorkflowId, WorkflowDefinition>> = {
  ad_writing: {
    id: "ad_writing",
    description: "A recruiter's brief in, a French job ad out, checked by every guard.",
    input: AdWritingInput,
    build: (checkpointer) => buildAdWritingGraph(checkpointer) as unknown as RunnableWorkflow,
    initialState: (input, jurisdiction) => ({ brief: String(input.brief), jurisdiction }),
  },
  screening: {
    id: "screening",
    description:
      "A job and CVs in, a ranking out: protected attributes and injected instructions taken out before scoring, a computed score with a rationale per CV, and a person's review before any rejection.",
    input: ScreeningInput,
    build: (checkpointer) => buildScreeningGraph(checkpointer) as unknown as RunnableWorkflow,
    initialState: (input, jurisdiction) => ({ ...ScreeningInput.parse(input), jurisdiction }),
  },
  document_check: {
    id: "document_check",
    description:
      "Candidate documents in (payslips, certificates, contracts, identity documents, diplomas): each classified, its fields extracted verbatim, identifiers, dates, expiry and names checked.",
    input: DocumentCheckInput,
    build: (checkpointer) => buildDocumentCheckGraph(checkpointer) as unknown as RunnableWorkflow,
    initialState: (input, jurisdiction) => ({
      documents: DocumentCheckInput.parse(input).documents,
      jurisdiction,
    }),
  },
  summary: {
    id: "summary",
    description:
      "Interview notes or a CV in, a synthesis out: skills, experience, education, languages and motivation, faithful to the sources and free of protected attributes.",
    input: SummaryInput,
    build: (checkpointer) => buildSummaryGraph(checkpointer) as unknown as RunnableWorkflow,
    initialState: (input, jurisdiction) => ({ sources: SummaryInput.parse(input).sources, jurisdiction }),
  },
};

export function workflowDefinition(id: WorkflowId): WorkflowDefinition | undefined {
  return WORKFLOW_REGISTRY[id];
}
