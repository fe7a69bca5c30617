// `garde-fou eval`: runs regression suites, compares them with their baselines, writes reports, and exits 1
// on a regression. Start-up matters (CI runs it on every change): the guard engine, the model factory, the
// database and the graphs are imported only when a case or a flag needs them.
import { join } from "node:path";
import { type Clock, type IdSource, systemClock, uuidIds } from "../../core/clock.js";
import { isGardeFouError } from "../../core/errors.js";
import type { ModelEngine, ProviderId } from "../../core/models.js";
import { fromRoot } from "../../core/paths.js";
import type { Settings } from "../../core/settings.js";
import type { Database } from "../../db/client.js";
import type { BaselineFile } from "../../evals/baseline/baseline-file.js";
import { baselineFromResults, baselinePath, writeBaselineFile } from "../../evals/baseline/baseline-file.js";
import { type Comparison, compareWithBaselines } from "../../evals/baseline/compare.js";
import { baselinesFromFile, committedBaselines } from "../../evals/command/baselines.js";
import { buildColumns } from "../../evals/command/columns.js";
import { identityFromSettings } from "../../evals/command/identity.js";
import { EVAL_USAGE, type EvalOptions, parseEvalArgs } from "../../evals/command/options.js";
import { evalOutcome } from "../../evals/command/outcome.js";
import { formatSummary } from "../../evals/command/summary.js";
import { buildReportModel } from "../../evals/reports/stats.js";
import { writeReports } from "../../evals/reports/write-reports.js";
import { type LoadedSuite, loadSuite, resolveSuitePaths } from "../../evals/runner/load-suite.js";
import { createProgress, type TextSink } from "../../evals/runner/progress.js";
import { runEval } from "../../evals/runner/run-eval.js";
import type { GraphWorkflowRunner } from "../../evals/targets/graph-runner.js";
import type { PromptLibrary, WorkflowRunner } from "../../evals/targets/types.js";
import type { WorkflowId } from "../../graphs/registry.js";
import type { ServerClient } from "../server-client.js";

export interface EvalIo {
  stdout: TextSink;
  stderr: TextSink;
}

export interface EvalCommandDeps {
  settings: Settings;
  /** Default: agents/models/factory.js with MODEL_PROVIDER set to the column's provider (loaded on first need). */
  createModelEngine?: (provider: ProviderId) => Promise<ModelEngine>;
  /** Default: the product's prompt registry (prompts/registry.ts), for prompts a suite does not carry. */
  loadPromptLibrary?: () => Promise<PromptLibrary>;
  /** Default: the product's run service (evals/targets/graph-runner.ts); a workflow without a graph yet
   * reports "target unavailable" per case. */
  loadWorkflowRunner?: () => Promise<WorkflowRunner>;
  isWorkflowAvailable?: (workflow: WorkflowId) => boolean | Promise<boolean>;
  /** Default: db/client.js openDatabase with the settings (only with --db). */
  openDatabase?: () => Promise<{ db: Database; close(): Promise<void> }>;
  /** The server holding the embedded directory: with --db, the run is stored through its API. */
  server?: ServerClient;
  /** Where suite names are looked up (default evals/suites of the package). */
  suitesDir?: string;
  /** Record and live modes: throws when the provider cannot answer (no key, unreachable). Default: build
   * the engine from the settings (a missing key throws) and embed one word, without retries. */
  checkProvider?: (provider: ProviderId) => Promise<void>;
  clock?: Clock;
  ids?: IdSource;
}

const EXIT = { ok: 0, regression: 1, usage: 2, unreachable: 2 } as const;

function defaultEngineFactory(settings: Settings) {
  return async (provider: ProviderId): Promise<ModelEngine> => {
    const [{ createModelEngine }, { withPseudonymisation }] = await Promise.all([
      import("../../agents/models/factory.js"),
      import("../../guards/pii/pseudonymising-engine.js"),
    ]);
    // Live and record modes send suite inputs to a real model: personal data leaves as placeholders.
    return withPseudonymisation(createModelEngine({ ...settings, MODEL_PROVIDER: provider }));
  };
}

function defaultProviderCheck(settings: Settings, injected?: (provider: ProviderId) => Promise<ModelEngine>) {
  return async (provider: ProviderId): Promise<void> => {
    const engine = injected
      ? await injected(provider)
      : (await import("../../agents/models/factory.js")).createModelEngine({
          ...settings,
          MODEL_PROVIDER: provider,
          MODEL_MAX_RETRIES: 0,
          MODEL_TIMEOUT_MS: Math.min(settings.MODEL_TIMEOUT_MS, 10_000),
        });
    await engine.embed(["garde-fou"]);
  };
}

const PROVIDER_SETTINGS: Record<ProviderId, string> = {
  mistral: "MISTRAL_API_KEY (and MISTRAL_BASE_URL)",
  openai: "OPENAI_API_KEY (and OPENAI_BASE_URL)",
  ollama: "OLLAMA_BASE_URL",
  offline: "nothing",
};

/**
 * Recording from a provider that cannot answer would write nothing and "pass" on the detectors alone: every
 * provider of a record or live run is asked once before any case runs, and a failure stops the run.
 */
async function checkProviders(
  providers: ProviderId[],
  mode: string,
  check: (provider: ProviderId) => Promise<void>,
): Promise<string | undefined> {
  for (const provider of new Set(providers)) {
    if (provider === "offline") continue;
    try {
      await check(provider);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return `--mode ${mode} needs a reachable ${provider} provider, and it did not answer: ${why}. Check ${PROVIDER_SETTINGS[provider]}, or use --mode replay.`;
    }
  }
  return undefined;
}

async function defaultPromptLibrary(): Promise<PromptLibrary> {
  const { loadRegistryPrompts } = await import("../../evals/targets/registry-prompts.js");
  return loadRegistryPrompts();
}

function defaultDatabase(settings: Settings) {
  return async () => {
    // Locked like any other opener of the embedded directory (runtime/data-dir).
    const { openGuardedDatabase } = await import("../../runtime/index.js");
    return (await openGuardedDatabase(settings, "cli")).database;
  };
}

async function findBaselines(
  options: EvalOptions,
  suites: LoadedSuite[],
  db: Database | undefined,
): Promise<Map<string, BaselineFile> | undefined> {
  switch (options.baseline.kind) {
    case "none":
      return undefined;
    case "default":
      return committedBaselines(suites);
    case "file":
      return baselinesFromFile(options.baseline.path, suites);
    case "latest": {
      if (!db) return committedBaselines(suites);
      const { latestBaselines } = await import("../../evals/storage/eval-runs.js");
      return latestBaselines(
        db,
        suites.map((s) => s.name),
      );
    }
  }
}

export async function evalCommand(args: string[], io: EvalIo, deps: EvalCommandDeps): Promise<number> {
  let options: EvalOptions;
  try {
    options = parseEvalArgs(args);
  } catch (error) {
    io.stderr.write(`garde-fou eval: ${(error as Error).message}\n\n${EVAL_USAGE}\n`);
    return EXIT.usage;
  }
  if (options.help) {
    io.stdout.write(`${EVAL_USAGE}\n`);
    return EXIT.ok;
  }
  const { settings } = deps;
  const clock = deps.clock ?? systemClock;
  const suitesDir = deps.suitesDir ?? fromRoot("evals", "suites");
  let handle: { db: Database; close(): Promise<void> } | undefined;
  let workflowsOpened: GraphWorkflowRunner | undefined;
  // The product's graphs, opened once and only when a workflow case runs.
  const defaultWorkflows = (s: Settings) => {
    let opening: Promise<GraphWorkflowRunner> | undefined;
    return {
      loadWorkflowRunner: async (): Promise<WorkflowRunner> => {
        const { createGraphWorkflowRunner } = await import("../../evals/targets/graph-runner.js");
        opening ??= createGraphWorkflowRunner(s);
        workflowsOpened = await opening;
        return workflowsOpened.run;
      },
      isWorkflowAvailable: async (workflow: WorkflowId) =>
        (await import("../../evals/targets/graph-runner.js")).isGraphAvailable(workflow),
    };
  };
  try {
    const suites: LoadedSuite[] = [];
    const suiteCache = options.cache ? join(".garde-fou", "eval-cache", "suites") : undefined;
    for (const path of resolveSuitePaths(options.suites, suitesDir))
      suites.push(await loadSuite(path, suiteCache));
    const columns = buildColumns(
      options.providers ?? [settings.MODEL_PROVIDER],
      options.prompt,
      options.promptVersions,
    );
    if (options.updateBaseline && columns.length > 1) {
      io.stderr.write(
        "garde-fou eval: --update-baseline needs a single column (one provider, one version each)\n",
      );
      return EXIT.usage;
    }
    if (options.mode !== "replay") {
      const problem = await checkProviders(
        columns.map((c) => c.provider),
        options.mode,
        deps.checkProvider ?? defaultProviderCheck(settings, deps.createModelEngine),
      );
      if (problem) {
        io.stderr.write(`garde-fou eval: ${problem}\n`);
        return EXIT.unreachable;
      }
    }
    const remote = options.db ? deps.server : undefined;
    if (options.db && !remote) handle = await (deps.openDatabase ?? defaultDatabase(settings))();
    if (remote && options.baseline.kind === "latest")
      io.stderr.write(
        `garde-fou eval: a server (pid ${remote.pid}) holds the database; comparing with the committed baselines, and storing the run through it\n`,
      );
    const workflows = deps.loadWorkflowRunner
      ? {
          loadWorkflowRunner: deps.loadWorkflowRunner,
          ...(deps.isWorkflowAvailable ? { isWorkflowAvailable: deps.isWorkflowAvailable } : {}),
        }
      : defaultWorkflows(settings);
    const baselines = await findBaselines(options, suites, handle?.db);

    const total = suites.reduce((n, s) => n + s.cases.length, 0) * columns.length;
    const progress = createProgress(io.stderr, total, "eval");
    const { run, recorded } = await runEval({
      suites,
      columns,
      mode: options.mode,
      concurrency: options.concurrency,
      identityOf: (provider) => identityFromSettings(settings, provider),
      services: {
        createModelEngine: deps.createModelEngine ?? defaultEngineFactory(settings),
        loadPromptLibrary: deps.loadPromptLibrary ?? defaultPromptLibrary,
        loadWorkflowRunner: workflows.loadWorkflowRunner,
        ...(workflows.isWorkflowAvailable ? { isWorkflowAvailable: workflows.isWorkflowAvailable } : {}),
      },
      judgeMode: settings.JUDGE_MODE,
      ...(options.cache ? { cacheDir: join(".garde-fou", "eval-cache", "answers") } : {}),
      clock,
      ids: deps.ids ?? uuidIds,
      onCaseDone: () => progress.tick(),
    });
    progress.done();

    const comparison: Comparison | undefined = baselines ? compareWithBaselines(run, baselines) : undefined;
    const model = buildReportModel(run, comparison);
    const reportDir = options.reportDir ?? join(".garde-fou", "evals", run.id);
    const reports = writeReports(model, reportDir, options.formats);
    if (handle) {
      const { saveEvalRun } = await import("../../evals/storage/eval-runs.js");
      const baselineIds = comparison ? [...new Set(comparison.suites.map((s) => s.baselineRunId))] : [];
      await saveEvalRun(handle.db, model, baselineIds.join(",") || undefined);
    }
    if (remote) {
      const { evalRunRows } = await import("../../evals/storage/eval-runs.js");
      const baselineIds = comparison ? [...new Set(comparison.suites.map((s) => s.baselineRunId))] : [];
      await remote.request("POST", "/v1/evals", evalRunRows(model, baselineIds.join(",") || undefined));
    }
    const outcome = evalOutcome(
      run,
      comparison,
      options.knownFailures ?? settings.EVAL_KNOWN_FAILURES,
      options.mode,
    );
    io.stdout.write(
      formatSummary(model, {
        reports,
        recorded,
        stored: handle !== undefined || remote !== undefined,
        outcome,
      }),
    );

    if (options.updateBaseline) {
      const column = columns[0];
      for (const suite of suites) {
        if (!column) break;
        const file = baselinePath(suite.root, suite.name);
        writeBaselineFile(file, baselineFromResults(suite.name, run.id, run.startedAt, column, run.results));
        io.stdout.write(`baseline written: ${file}\n`);
      }
      return EXIT.ok;
    }
    return outcome.failed ? EXIT.regression : EXIT.ok;
  } catch (error) {
    if (!isGardeFouError(error)) throw error;
    io.stderr.write(`garde-fou eval: ${error.message}\n`);
    return EXIT.usage;
  } finally {
    await handle?.close();
    await workflowsOpened?.close();
  }
}

// Runnable on its own (`node dist/cli/commands/eval.js …`) for measuring start-up without the dispatcher.
if (process.argv[1] && import.meta.url === (await import("node:url")).pathToFileURL(process.argv[1]).href) {
  const { loadSettings } = await import("../../core/settings.js");
  process.exitCode = await evalCommand(process.argv.slice(2), process, { settings: loadSettings() });
}
