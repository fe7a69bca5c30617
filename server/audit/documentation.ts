// The technical documentation (in the spirit of AI Act Annex IV), generated from the configuration in
// service: the workflows, the models, every prompt and its versions, the policy packs and their versions,
// the guards, the latest stored evaluation, retention, and the known limits.
import { GUARDS, JURISDICTIONS } from "../../core/contract.js";
import { latestEvalRun } from "../../db/queries/evidence.js";
import { WORKFLOW_REGISTRY } from "../../graphs/registry.js";
import { policies } from "../../guards/policy/load.js";
import { promptRegistry } from "../../prompts/registry.js";
import type { AppDeps } from "../deps.js";

export interface TechnicalDocumentation {
  generatedAt: string;
  version: string;
  workflows: Array<{ id: string; description: string }>;
  models: {
    provider: string;
    chatModel: string;
    embeddingModel: string;
    offline: boolean;
    judgeMode: string;
    maxRevisions: number;
  };
  prompts: Array<{ name: string; versions: number[]; inUse: number }>;
  policyPacks: Array<{ pack: string; version: string; title: string; rules: number }>;
  jurisdictions: Array<{ jurisdiction: string; packs: string }>;
  guards: string[];
  latestEval: {
    id: string;
    at: string;
    mode: string;
    provider: string;
    total: number;
    passed: number;
    failed: number;
  } | null;
  retention: { logDays: number; candidateDays: number };
}

export async function technicalDocumentation(
  deps: Pick<AppDeps, "db" | "runs" | "settings" | "version">,
): Promise<TechnicalDocumentation> {
  const byName = new Map<string, number[]>();
  for (const p of promptRegistry().list()) byName.set(p.name, [...(byName.get(p.name) ?? []), p.version]);
  const overrides = deps.runs.promptVersions ?? {};
  const loaded = policies();
  const evalRun = await latestEvalRun(deps.db);
  return {
    generatedAt: deps.runs.clock.now().toISOString(),
    version: deps.version,
    workflows: Object.values(WORKFLOW_REGISTRY).map((w) => ({ id: w.id, description: w.description })),
    models: {
      provider: deps.runs.engine.provider,
      chatModel: deps.runs.engine.chatModel,
      embeddingModel: deps.runs.engine.embeddingModel,
      offline: deps.runs.engine.offline,
      judgeMode: deps.runs.judgeMode,
      maxRevisions: deps.runs.maxRevisions,
    },
    prompts: [...byName].map(([name, versions]) => ({
      name,
      versions,
      inUse: Number(overrides[name] ?? Math.max(...versions)),
    })),
    policyPacks: Object.values(loaded.packs).map((p) => ({
      pack: p.pack,
      version: p.version,
      title: p.title,
      rules: p.rules.length,
    })),
    jurisdictions: JURISDICTIONS.map((j) => ({ jurisdiction: j, packs: loaded.versionFor(j) })),
    guards: [...GUARDS],
    latestEval: evalRun
      ? {
          id: evalRun.id,
          at: evalRun.startedAt.toISOString(),
          mode: evalRun.mode,
          provider: evalRun.provider,
          total: evalRun.total,
          passed: evalRun.passed,
          failed: evalRun.failed,
        }
      : null,
    retention: {
      logDays: deps.settings.LOG_RETENTION_DAYS,
      candidateDays: deps.settings.CANDIDATE_RETENTION_DAYS,
    },
  };
}
