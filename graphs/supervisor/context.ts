// What every workflow node receives from outside, as LangGraph's typed run context (`Runtime.context`):
// models, the trace, the clock and the guard settings. Nodes never build these themselves.
import { Annotation, type Runtime } from "@langchain/langgraph";
import type { Clock } from "../../core/clock.js";
import type { JudgeMode } from "../../core/contract.js";
import type { ModelEngine } from "../../core/models.js";
import type { Tracer } from "../../core/trace.js";
import type { Database } from "../../db/client.js";
import type { CpuTasks } from "../cpu.js";

/** The context schema every workflow graph and the supervisor are declared with. */
export const WorkflowContextAnnotation = Annotation.Root({
  engine: Annotation<ModelEngine>,
  tracer: Annotation<Tracer>,
  clock: Annotation<Clock>,
  judgeMode: Annotation<JudgeMode>,
  maxRevisions: Annotation<number>,
  /** Prompt versions to use instead of the newest (evals compare versions): prompt name → version. */
  promptVersions: Annotation<Readonly<Record<string, string>> | undefined>,
  /** The run database, for nodes that store what they compute (screening's embeddings in pgvector). */
  db: Annotation<Database | undefined>,
  /** Worker threads for CPU-bound work (guard detectors, CV scoring); unset: the node's own thread. */
  cpu: Annotation<CpuTasks | undefined>,
  /** Step id of the whole run, so that node steps hang under it in the trace tree. */
  rootStepId: Annotation<string | undefined>,
});

export type WorkflowContext = typeof WorkflowContextAnnotation.State;

/** What a node's (or a router's) second argument carries of LangGraph's runtime: the typed context. */
export type WorkflowRuntime = Pick<Runtime<WorkflowContext>, "context">;

/** The run context of a node; a graph invoked without one is a programming error, said plainly. */
export function contextOf(runtime: WorkflowRuntime): WorkflowContext {
  const context = runtime.context;
  if (!context) throw new Error("workflow context missing: invoke the graph with { context }");
  return context;
}
