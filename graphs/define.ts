// A workflow is defined once: its input and output schemas (with an example of each), its state, its worker
// node(s) that end in a draft (the output and the texts to guard), and what the supervisor should settle
// after the guards. The schemas are the one source of the run request's validation, of the OpenAPI
// document's per-workflow request and response, and of the output's type. The helper wires
// START → workers → supervisor → END (or back to the worker on "revise"), so no workflow can reach its
// end without the supervisor, and compiles it with the run context as LangGraph's typed context.
import {
  Annotation,
  type BaseCheckpointSaver,
  Command,
  END,
  isInterrupted,
  START,
  type StateDefinition,
  StateGraph,
  type StateType,
  type UpdateType,
} from "@langchain/langgraph";
import { z } from "zod";
import type { Jurisdiction } from "../core/contract.js";
import {
  type WorkflowContext,
  WorkflowContextAnnotation,
  type WorkflowRuntime,
} from "./supervisor/context.js";
import { disclosureFor, releasedShape } from "./supervisor/disclosure.js";
import { buildSupervisor, SUPERVISOR } from "./supervisor/graph.js";
import type { Settle } from "./supervisor/nodes.js";
import { DraftValue, type GuardedValues, guardedValuesOf } from "./supervisor/snapshot.js";
import type { guardedChannels, ReviewDecision } from "./supervisor/state.js";

/** The channels a workflow state must hold: the guarded ones, typed by its output. */
type GuardedChannels<Output extends Record<string, unknown>> = ReturnType<typeof guardedChannels<Output>>;

export interface Worker<SD extends StateDefinition> {
  /** The node's name in the graph and the trace (never a state key). */
  name: string;
  run(state: StateType<SD>, runtime: WorkflowRuntime): Promise<UpdateType<SD>>;
}

export interface WorkflowSpec<
  Id extends string,
  Input extends z.ZodType<Record<string, unknown>, Record<string, unknown>>,
  Output extends z.ZodObject,
  SD extends GuardedChannels<z.output<Output>>,
> {
  id: Id;
  description: string;
  /** Its name on the reviewers' pages, in each language of the pages. */
  label: WorkflowLabel;
  /** Whether its input is about candidates: such runs fall under the retention limit (runtime/retention.ts). */
  candidateData: boolean;
  input: Input;
  /** What a released run hands over, before the supervisor adds its disclosure. */
  output: Output;
  /**
   * A realistic input and what a run of it released (without the disclosure): the OpenAPI document's
   * examples, checked against both schemas by the compiler and by server/openapi.test.ts.
   */
  example: { input: z.input<Input>; output: z.output<Output> };
  /** Every state channel: `...guardedChannels<Output>()` and the workflow's own. */
  state: SD;
  /** The first state of a run, from its validated input. */
  start(input: z.output<Input>, jurisdiction: Jurisdiction): UpdateType<SD>;
  /** Run in order; the last one writes `draft`, the output and the texts the guards check. */
  workers: readonly [Worker<SD>, ...Worker<SD>[]];
  /** Where a "revise" verdict goes back to (default: the first worker). */
  reviseAt?: string;
  settle?: Settle<z.output<Output>>;
}

export type RunInput =
  | { kind: "start"; input: Record<string, unknown>; jurisdiction: Jurisdiction }
  | { kind: "resume"; decision: ReviewDecision }
  /** From the last checkpoint, after the process driving the run died (graphs/recovery.ts). */
  | { kind: "continue" };

/** Where a run's checkpoints left it: what start-up recovery needs to pick it up again. */
export interface RunProgress {
  /** False when the process died before the first checkpoint: the run starts again from its input. */
  checkpointed: boolean;
  /** Stopped at a person's review (in the supervisor subgraph). */
  waiting: boolean;
}

export interface DraftRevision {
  revision: number;
  texts: z.infer<typeof DraftValue>["texts"];
  output: Record<string, unknown>;
}

export interface CompiledWorkflow {
  /** Runs a new input, or resumes on a reviewer's decision; answers with the run's guarded state. */
  run(
    input: RunInput,
    runId: string,
    context: WorkflowContext,
  ): Promise<{ waiting: boolean; state: GuardedValues }>;
  /** The run's guarded state as last checkpointed; undefined when the checkpointer holds no such run. */
  state(runId: string): Promise<GuardedValues | undefined>;
  /** Every draft the guards checked, one per revision, oldest first: what a reviewer compares. */
  drafts(runId: string): Promise<DraftRevision[]>;
  progress(runId: string): Promise<RunProgress>;
  /** The graph's nodes and edges, for the test that walks every path. */
  shape(): Promise<{ nodes: string[]; edges: Array<{ source: string; target: string }> }>;
}

export interface WorkflowLabel {
  fr: string;
  en: string;
}

export interface WorkflowDefinition<Id extends string = string> {
  id: Id;
  description: string;
  label: WorkflowLabel;
  candidateData: boolean;
  input: z.ZodType<Record<string, unknown>>;
  /** The output as released: the workflow's output schema with the supervisor's disclosure. */
  released: z.ZodType<Record<string, unknown>>;
  example: { input: Record<string, unknown>; released: Record<string, unknown> };
  compile(checkpointer: BaseCheckpointSaver): CompiledWorkflow;
}

const RECURSION_LIMIT = 50;

interface TaskLike {
  interrupts: readonly unknown[];
  state?: unknown;
}

/** An interrupt pending in a task or in a subgraph's task (the supervisor is a subgraph). */
function hasInterrupt(tasks: readonly TaskLike[]): boolean {
  return tasks.some((task) => {
    if (task.interrupts.length > 0) return true;
    const inner = task.state as { tasks?: readonly TaskLike[] } | undefined;
    return Array.isArray(inner?.tasks) && hasInterrupt(inner.tasks);
  });
}

const DraftAtRevision = z.object({ revision: z.number().int(), draft: DraftValue });

/** The engine named in the examples' disclosure: the one every fresh clone runs. */
const EXAMPLE_ENGINE = { provider: "offline", chatModel: "offline", offline: true } as const;

export function defineWorkflow<
  Id extends string,
  Input extends z.ZodType<Record<string, unknown>, Record<string, unknown>>,
  Output extends z.ZodObject,
  SD extends GuardedChannels<z.output<Output>>,
>(spec: WorkflowSpec<Id, Input, Output, SD>): WorkflowDefinition<Id> {
  const compile = (checkpointer: BaseCheckpointSaver): CompiledWorkflow => {
    const [first] = spec.workers;
    const reviseAt = spec.reviseAt ?? first.name;
    // LangGraph's builder types cannot follow a generic state, so the graph is built over the state's
    // channels seen as a plain StateDefinition; every node was type-checked against SD in the spec.
    const channels: StateDefinition = spec.state;
    const supervisorNode: string = SUPERVISOR;
    const builder = new StateGraph(Annotation.Root(channels), WorkflowContextAnnotation).addNode(
      supervisorNode,
      buildSupervisor(spec.settle),
    );
    for (const worker of spec.workers) builder.addNode(worker.name, worker.run);
    builder.addEdge(START, first.name);
    spec.workers.forEach((worker, i) => {
      builder.addEdge(worker.name, spec.workers[i + 1]?.name ?? SUPERVISOR);
    });
    // The supervisor ends with an outcome (released, blocked) or without one: a rewrite was asked for.
    builder.addConditionalEdges(
      SUPERVISOR,
      (state: { outcome?: unknown }) => (state.outcome ? END : reviseAt),
      [reviseAt, END],
    );
    const graph = builder.compile({ checkpointer });
    const configOf = (runId: string) => ({ configurable: { thread_id: runId } });
    const state = async (runId: string) =>
      guardedValuesOf(await graph.getState(configOf(runId), { subgraphs: true }));
    return {
      async run(input, runId, context) {
        const graphInput =
          input.kind === "start"
            ? spec.start(spec.input.parse(input.input), input.jurisdiction)
            : input.kind === "resume"
              ? new Command({ resume: input.decision })
              : null;
        const result = await graph.invoke(graphInput, {
          ...configOf(runId),
          context,
          recursionLimit: RECURSION_LIMIT,
        });
        const after = await state(runId);
        if (!after) throw new Error(`workflow ${spec.id}: run ${runId} left no readable state`);
        return { waiting: isInterrupted(result), state: after };
      },
      state,
      async progress(runId) {
        const snapshot = await graph.getState(configOf(runId), { subgraphs: true });
        return {
          checkpointed: snapshot.createdAt !== undefined,
          waiting: hasInterrupt(snapshot.tasks),
        };
      },
      async drafts(runId) {
        const byRevision = new Map<number, DraftRevision>();
        for await (const snapshot of graph.getStateHistory(configOf(runId))) {
          // Early checkpoints (before the first draft) hold no draft: skipped, not errors.
          const parsed = DraftAtRevision.safeParse(snapshot.values);
          if (!parsed.success || byRevision.has(parsed.data.revision)) continue;
          const { revision, draft } = parsed.data;
          byRevision.set(revision, { revision, texts: draft.texts, output: draft.output });
        }
        return [...byRevision.values()].sort((a, b) => a.revision - b.revision);
      },
      async shape() {
        const drawable = await graph.getGraphAsync();
        return {
          nodes: Object.keys(drawable.nodes),
          edges: drawable.edges.map((e) => ({ source: e.source, target: e.target })),
        };
      },
    };
  };
  return {
    id: spec.id,
    description: spec.description,
    label: spec.label,
    candidateData: spec.candidateData,
    input: spec.input,
    released: releasedShape(spec.output),
    example: {
      input: spec.example.input,
      released: { ...spec.example.output, disclosure: disclosureFor(EXAMPLE_ENGINE) },
    },
    compile,
  };
}
