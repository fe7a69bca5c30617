// What a case can test, and the product pieces a target needs. The pieces are interfaces injected by the
// command's wiring, so that evals/ compiles and starts without the graphs, the prompt registry or LangChain.

import type { Finding, Jurisdiction, RunStatus, Verdict } from "../../core/contract.js";
import { GardeFouError } from "../../core/errors.js";
import type { ChatMessage, ModelEngine, PromptRef, ProviderId } from "../../core/models.js";
import type { WorkflowId } from "../../graphs/registry.js";

/** What every target hands to the assertions, whatever it ran. */
export interface TargetOutput {
  /** The text that contains / not-contains / regex / similarity look at. */
  text: string;
  verdict?: Verdict | null;
  status?: RunStatus;
  findings?: Finding[];
  /** Structured output (a JSON answer, a workflow's output object). */
  data?: unknown;
}

export interface WorkflowRunResult {
  status: RunStatus;
  verdict: Verdict | null;
  output: unknown;
  findings: Finding[];
  /** The main human-readable text of the output (the ad, the summary), when there is one. */
  text?: string;
  /** What the input itself asked for that the law forbids (ad writing's brief), as the run reports it. */
  briefFindings?: Finding[];
}

export interface WorkflowRunContext {
  /** The recording engine of this case: record/replay applies to the workflow's model calls. */
  engine: ModelEngine;
  /** `--prompt name=version` selections, for the registry's overrides. */
  promptVersions: Record<string, string>;
}

export type WorkflowRunner = (
  workflow: WorkflowId,
  input: Record<string, unknown>,
  jurisdiction: Jurisdiction,
  context: WorkflowRunContext,
) => Promise<WorkflowRunResult>;

export interface RenderedPrompt {
  ref: PromptRef;
  messages: ChatMessage[];
}

/** The prompt registry seen from the evals: render a version (latest when absent) with variables. */
export interface PromptLibrary {
  render(name: string, version: string | undefined, vars: Record<string, unknown>): Promise<RenderedPrompt>;
}

/** Product pieces, each loaded only when a case needs it (start-up time of replay runs depends on it). */
export interface TargetServices {
  createModelEngine?: (provider: ProviderId) => Promise<ModelEngine>;
  loadPromptLibrary?: () => Promise<PromptLibrary>;
  loadWorkflowRunner?: () => Promise<WorkflowRunner>;
  /** Whether a workflow's graph exists yet; absent means every workflow is assumed to. */
  isWorkflowAvailable?: (workflow: WorkflowId) => boolean | Promise<boolean>;
}

/** A target that cannot run here (graphs not built yet, registry not wired): the case is an error, not a crash. */
export class TargetUnavailableError extends GardeFouError {
  override readonly name = "TargetUnavailableError";
  constructor(target: string, why: string) {
    super("configuration", `target unavailable: ${target} (${why})`, { target });
  }
}
