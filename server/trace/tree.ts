// A run's trace as a tree: the graph step holds the agents, guards, review and release steps, each with
// its model calls and findings. Personal data is masked in everything this returns.
import type { FindingRow, RunDetail } from "../../db/queries/runs.js";
import type { DraftRevision } from "../../graphs/drafts.js";
import { maskText, maskValue } from "./mask.js";

export interface TraceFinding {
  id: string;
  stepId: string | null;
  revision: number;
  target: string | null;
  guard: string;
  rule: string;
  criteria: string[];
  severity: string;
  start: number;
  end: number;
  evidence: string;
  legalBasis: string[];
  suggestion: string | null;
  explanation: string | null;
}

export interface ModelCallInfo {
  provider: string;
  model: string;
  promptName: string;
  promptVersion: string;
  inputTokens: number;
  outputTokens: number;
  attempts: number;
  offline: boolean;
  error: string | null;
}

// A type alias, not an interface: the OpenAPI schema types children as plain records, which an
// interface (having no index signature) would not satisfy.
export type TraceNode = {
  id: string;
  kind: string;
  name: string;
  status: string;
  startedAt: string;
  endedAt: string | null;
  latencyMs: number | null;
  input: unknown;
  output: unknown;
  modelCall: ModelCallInfo | null;
  findings: TraceFinding[];
  children: TraceNode[];
};

export function traceFinding(f: FindingRow): TraceFinding {
  return {
    id: f.id,
    stepId: f.stepId,
    revision: f.revision,
    target: f.target,
    guard: f.guard,
    rule: f.rule,
    criteria: f.criteria,
    severity: f.severity,
    start: f.start,
    end: f.end,
    evidence: maskText(f.evidence),
    legalBasis: f.legalBasis,
    suggestion: f.suggestion,
    explanation: f.explanation === null ? null : maskText(f.explanation),
  };
}

/**
 * Each finding is written twice to the trace, by the guard's own step and by the step that gathers all
 * guards: both belong in the tree, but a reviewer should read each finding once.
 */
export function distinctFindings<
  T extends Pick<FindingRow, "revision" | "target" | "guard" | "rule" | "start" | "end">,
>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = [f.revision, f.target ?? "", f.guard, f.rule, f.start, f.end].join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildTraceTree(detail: RunDetail): TraceNode[] {
  const nodes = new Map<string, TraceNode>();
  for (const s of detail.steps) {
    nodes.set(s.id, {
      id: s.id,
      kind: s.kind,
      name: s.name,
      status: s.status,
      startedAt: s.startedAt.toISOString(),
      endedAt: s.endedAt?.toISOString() ?? null,
      latencyMs: s.endedAt ? s.endedAt.getTime() - s.startedAt.getTime() : null,
      input: maskValue(s.input),
      output: maskValue(s.output),
      modelCall: null,
      findings: [],
      children: [],
    });
  }
  const roots: TraceNode[] = [];
  for (const s of detail.steps) {
    const node = nodes.get(s.id);
    if (!node) continue;
    const parent = s.parentStepId ? nodes.get(s.parentStepId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  for (const m of detail.modelCalls) {
    const call: TraceNode = {
      id: m.id,
      kind: "model_call",
      name: `${m.promptName}@${m.promptVersion}`,
      status: m.error ? "error" : "ok",
      startedAt: m.createdAt.toISOString(),
      endedAt: null,
      latencyMs: m.latencyMs,
      input: null,
      output: null,
      modelCall: {
        provider: m.provider,
        model: m.model,
        promptName: m.promptName,
        promptVersion: m.promptVersion,
        inputTokens: m.inputTokens,
        outputTokens: m.outputTokens,
        attempts: m.attempts,
        offline: m.offline,
        error: m.error,
      },
      findings: [],
      children: [],
    };
    const parent = m.stepId ? nodes.get(m.stepId) : undefined;
    (parent ? parent.children : roots).push(call);
  }
  for (const f of detail.findings) {
    const owner = f.stepId ? nodes.get(f.stepId) : undefined;
    if (owner) owner.findings.push(traceFinding(f));
  }
  return roots;
}

export interface MaskedDraft {
  revision: number;
  texts: Array<{ key: string; kind: string; text: string }>;
}

export function maskDrafts(drafts: DraftRevision[]): MaskedDraft[] {
  return drafts.map((d) => ({
    revision: d.revision,
    texts: d.texts.map((t) => ({ key: t.key, kind: t.kind, text: maskText(t.text) })),
  }));
}
