// The model judge of one guard: reads the text against the guard's rules in force and answers with
// located findings. It returns data in every case; a timeout or an invalid answer is a "failed" result
// with its reason, and the caller keeps the detectors' verdict.
import {
  CRITERIA,
  type Finding,
  type GuardId,
  type Jurisdiction,
  type Verdict,
} from "../../core/contract.js";
import { isGardeFouError } from "../../core/errors.js";
import type { ModelCallSink, ModelEngine } from "../../core/models.js";
import { reason } from "../../core/reasons.js";
import { getPrompt, renderPrompt } from "../../prompts/registry.js";
import type { ResolvedRule } from "../policy/schema.js";
import type { GuardInput } from "../types.js";
import { locate } from "./locate.js";
import { JudgeAnswer } from "./schema.js";

export const JUDGE_PROMPT = "guard-judge";

export interface JudgeRequest {
  guard: GuardId;
  input: GuardInput;
  /** The guard's rules in force in the jurisdiction (not "allow"). */
  rules: readonly ResolvedRule[];
  detectorFindings: readonly Finding[];
  engine: ModelEngine;
  sink?: ModelCallSink;
}

export type JudgeResult =
  | { status: "ok"; verdict: Verdict; findings: Finding[]; reasoning: string; notes: string[] }
  | { status: "failed"; reason: string };

function describeRules(rules: readonly ResolvedRule[], jurisdiction: Jurisdiction): string {
  if (rules.length === 0) return `(aucune règle de ce garde en vigueur en ${jurisdiction})`;
  return rules
    .map(
      (r) =>
        `- ${r.id} [${r.effective}] ${r.title}. Détecte : ${r.detects}. Fondement : ${r.legalBasis.join("; ")}.`,
    )
    .join("\n");
}

function describeFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return "(aucun)";
  return findings
    .map(
      (f) =>
        `- ${f.rule} ${JSON.stringify(f.evidence)} [${f.start}, ${f.end}) critères : ${f.criteria.join(", ")}`,
    )
    .join("\n");
}

export async function runJudge(request: JudgeRequest): Promise<JudgeResult> {
  const { guard, input, rules, engine } = request;
  let messages: ReturnType<typeof renderPrompt>;
  let prompt: ReturnType<typeof getPrompt>;
  try {
    prompt = getPrompt(JUDGE_PROMPT);
    messages = renderPrompt(prompt, {
      guard,
      jurisdiction: input.jurisdiction,
      kind: input.kind,
      policy: describeRules(rules, input.jurisdiction),
      // The contract's one list of criteria, so a criterion added there reaches the judge with no copy to edit.
      criteria: CRITERIA.join(", "),
      text: input.text,
      sources: input.sources?.length
        ? input.sources.map((s, i) => `[${i + 1}] ${s}`).join("\n\n")
        : "(aucune)",
      detector_findings: describeFindings(request.detectorFindings),
    });
  } catch (error) {
    return { status: "failed", reason: `prompt ${JUDGE_PROMPT} unavailable: ${messageOf(error)}` };
  }
  let answer: JudgeAnswer;
  try {
    const chat = await engine.chat({
      prompt: prompt.ref,
      messages,
      schema: JudgeAnswer,
      ...(request.sink ? { sink: request.sink } : {}),
    });
    if (!chat.data) return { status: "failed", reason: "model_invalid_output: no structured answer" };
    answer = chat.data;
  } catch (error) {
    const code = isGardeFouError(error) ? error.code : "internal";
    return { status: "failed", reason: `${code}: ${messageOf(error)}` };
  }

  const byId = new Map(rules.map((r) => [r.id, r]));
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const raw of answer.findings) {
    const rule = byId.get(raw.rule);
    if (!rule) {
      notes.push(`judge cited ${raw.rule}, not a ${guard} rule in force in ${input.jurisdiction}: dropped`);
      continue;
    }
    const located = locate(input.text, raw);
    if (!located) {
      notes.push(`judge evidence ${JSON.stringify(raw.evidence)} is not in the text: dropped`);
      continue;
    }
    if (located.relocated) notes.push(`judge offsets for ${JSON.stringify(raw.evidence)} corrected`);
    const f = located.finding;
    const finding: Finding = {
      guard,
      rule: rule.id,
      criteria: f.criteria.length > 0 ? f.criteria : [...rule.criteria],
      severity: rule.effective === "allow" ? "warn" : rule.effective,
      start: f.start,
      end: f.end,
      evidence: input.text.slice(f.start, f.end),
      legalBasis: [...rule.legalBasis],
      explanation: reason("judge.said", { x: f.explanation ?? answer.reasoning }).trim(),
    };
    if (rule.suggestion) finding.suggestion = rule.suggestion;
    findings.push(finding);
  }
  return { status: "ok", verdict: answer.verdict, findings, reasoning: answer.reasoning, notes };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
