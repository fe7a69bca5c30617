// Runs suites × columns through a concurrency pool, with record/replay engines per case, and saves what was
// recorded. Knows no command line and no database.

import { join } from "node:path";
import type { Clock, IdSource } from "../../core/clock.js";
import type { JudgeMode } from "../../core/contract.js";
import type { ModelEngine, ProviderId } from "../../core/models.js";
import type { TargetServices } from "../targets/types.js";
import type { LoadedSuite } from "./load-suite.js";
import { runPool } from "./pool.js";
import { createRecordingEngine, type EngineIdentity, type EvalMode } from "./recording-engine.js";
import { RecordingStore } from "./recordings.js";
import { runCase } from "./run-case.js";
import type { CaseResult, ColumnSpec, EvalRunResult } from "./types.js";

export interface RunEvalOptions {
  suites: LoadedSuite[];
  columns: ColumnSpec[];
  mode: EvalMode;
  concurrency: number;
  identityOf(provider: ProviderId): EngineIdentity;
  services: TargetServices;
  judgeMode: JudgeMode;
  /** Directory of the live-mode answer cache; undefined disables it. */
  cacheDir?: string;
  clock: Clock;
  ids: IdSource;
  onCaseDone?: () => void;
}

export function recordingsFile(suite: LoadedSuite): string {
  return join(suite.root, "recordings", `${suite.name}.jsonl`);
}

/** Reads a store once, when the first case of its suite starts. */
function lazyStore(file: string): () => RecordingStore {
  let store: RecordingStore | undefined;
  return () => {
    store ??= RecordingStore.load(file);
    return store;
  };
}

export async function runEval(options: RunEvalOptions): Promise<{ run: EvalRunResult; recorded: string[] }> {
  const startedAt = options.clock.now();
  const engines = new Map<ProviderId, Promise<ModelEngine>>();
  const innerFor = (provider: ProviderId) => {
    const create = options.services.createModelEngine;
    if (!create) return undefined;
    return () => {
      let engine = engines.get(provider);
      if (!engine) {
        engine = create(provider);
        engines.set(provider, engine);
      }
      return engine;
    };
  };
  const stores: Array<() => RecordingStore> = [];
  const tasks: Array<() => Promise<CaseResult>> = [];
  for (const suite of options.suites) {
    const recordings = lazyStore(recordingsFile(suite));
    const cache =
      options.cacheDir && options.mode === "live"
        ? lazyStore(join(options.cacheDir, `${suite.name}.jsonl`))
        : undefined;
    stores.push(recordings);
    if (cache) stores.push(cache);
    for (const column of options.columns) {
      const identity = options.identityOf(column.provider);
      const inner = innerFor(column.provider);
      const context = {
        promptVersions: column.promptVersions,
        inlinePrompts: suite.prompts,
        services: options.services,
        judgeMode: options.judgeMode,
      };
      for (const testCase of suite.cases)
        tasks.push(() =>
          runCase({
            suite: suite.name,
            column: column.label,
            testCase,
            context,
            engineFor: (onCall) =>
              createRecordingEngine({
                mode: options.mode,
                identity,
                caseId: testCase.id,
                recordings: recordings(),
                ...(cache ? { cache: cache() } : {}),
                ...(inner ? { inner } : {}),
                onCall,
              }),
          }),
        );
    }
  }
  const results = await runPool(tasks, options.concurrency, options.onCaseDone);
  const recorded: string[] = [];
  for (const store of stores) {
    const opened = store();
    if (opened.save()) recorded.push(opened.file);
  }
  return {
    run: {
      id: options.ids.next(),
      mode: options.mode,
      startedAt,
      finishedAt: options.clock.now(),
      suites: options.suites.map((s) => s.name),
      columns: options.columns,
      results,
    },
    recorded,
  };
}
