// The WorkflowRunner the command uses by default: the product's run service on a throw-away in-memory
// database and checkpointer, with the case's recording engine. Everything here is imported on first use
// only, so that suites without workflow cases never load LangGraph or PGlite.

import type { Settings } from "../../core/settings.js";
import type { WorkflowId } from "../../graphs/registry.js";
import type { WorkflowRunner } from "./types.js";

export interface GraphWorkflowRunner {
  run: WorkflowRunner;
  close(): Promise<void>;
}

export async function isGraphAvailable(workflow: WorkflowId): Promise<boolean> {
  const { workflowDefinition } = await import("../../graphs/registry.js");
  return workflowDefinition(workflow) !== undefined;
}

function textOf(output: Record<string, unknown> | undefined): string | undefined {
  if (!output) return undefined;
  if (typeof output.text === "string") return output.text;
  for (const value of Object.values(output))
    if (typeof value === "object" && value !== null && typeof (value as { text?: unknown }).text === "string")
      return (value as { text: string }).text;
  return undefined;
}

export async function createGraphWorkflowRunner(settings: Settings): Promise<GraphWorkflowRunner> {
  const [{ startRun }, { openDatabase }, { MemorySaver }, { systemClock, uuidIds }] = await Promise.all([
    import("../../graphs/runner.js"),
    import("../../db/client.js"),
    import("@langchain/langgraph"),
    import("../../core/clock.js"),
  ]);
  const handle = await openDatabase({ pgliteDir: "memory://" });
  const checkpointer = new MemorySaver();
  const pendingDraft = async (runId: string): Promise<Record<string, unknown> | undefined> => {
    const tuple = await checkpointer.getTuple({ configurable: { thread_id: runId } });
    const draft = (tuple?.checkpoint.channel_values as { draft?: { output?: unknown } } | undefined)?.draft;
    const output = draft?.output;
    return typeof output === "object" && output !== null ? (output as Record<string, unknown>) : undefined;
  };
  const run: WorkflowRunner = async (workflow, input, jurisdiction, context) => {
    const result = await startRun(
      {
        db: handle.db,
        engine: context.engine,
        checkpointer,
        clock: systemClock,
        ids: uuidIds,
        judgeMode: settings.JUDGE_MODE,
        maxRevisions: settings.MAX_REVISIONS,
        promptVersions: context.promptVersions,
      },
      { workflow, input, jurisdiction },
    );
    // A run waiting for a person carries no output for callers, but its pending draft is what the reviewer
    // would release: evals assert on it (screening always asks a person, so its scores live only there).
    const output = result.output ?? (await pendingDraft(result.runId));
    const text = textOf(output);
    return {
      status: result.status,
      verdict: result.verdict,
      output: output ?? null,
      findings: result.findings,
      ...(text !== undefined ? { text } : {}),
      ...(result.briefFindings ? { briefFindings: result.briefFindings } : {}),
    };
  };
  return { run, close: () => handle.close() };
}
