// What every workflow node receives from outside through the graph context: models, the trace, the clock
// and the guard settings. Nodes never build these themselves.
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { ModelEngine } from "../../agents/models/types.js";
import type { Clock } from "../../core/clock.js";
import type { Tracer } from "../../core/trace.js";
import type { Database } from "../../db/client.js";

export interface WorkflowDeps {
  engine: ModelEngine;
  tracer: Tracer;
  clock: Clock;
  judgeMode: "auto" | "always" | "never";
  maxRevisions: number;
  /** Prompt versions to use instead of the newest (evals compare versions): prompt name → version. */
  promptVersions?: Record<string, string>;
  /** The run database, for nodes that store what they compute (screening's embeddings in pgvector). */
  db?: Database;
  /** Step id of the whole run, so that node steps hang under it in the trace tree. */
  rootStepId?: string;
}

function isWorkflowDeps(value: unknown): value is WorkflowDeps {
  return typeof value === "object" && value !== null && "engine" in value && "tracer" in value;
}

export function depsOf(config: LangGraphRunnableConfig): WorkflowDeps {
  const context: unknown = (config as { context?: unknown }).context;
  if (!isWorkflowDeps(context)) throw new Error("workflow dependencies missing from the graph context");
  return context;
}
