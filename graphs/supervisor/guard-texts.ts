// The one function that checks a draft's texts with every guard: the supervisor's guard node calls it, and
// so does anything that must re-check a text before release (a reviewer's edit). One step in the trace
// holds the texts as checked, each guard hangs its own step and findings under it.
import { type Finding, type Jurisdiction, VERDICTS, type Verdict } from "../../core/contract.js";
import { traced } from "../../core/traced.js";
import { runGuards } from "../../guards/engine.js";
import type { GuardReport } from "../../guards/types.js";
import type { WorkflowContext } from "./context.js";
import type { GuardedText } from "./state.js";

export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(
    (worst, v) => (VERDICTS.indexOf(v) > VERDICTS.indexOf(worst) ? v : worst),
    "pass",
  );
}

export interface TextsVerdict {
  verdict: Verdict;
  findings: Finding[];
  reports: GuardReport[];
}

export type GuardTextsContext = Pick<WorkflowContext, "engine" | "judgeMode" | "tracer" | "rootStepId"> &
  Partial<Pick<WorkflowContext, "cpu">>;

/**
 * Runs every guard relevant to each text, in parallel. With several texts each finding names its text
 * (`target`); with one, findings carry no target.
 */
export function guardTexts(
  texts: readonly GuardedText[],
  options: { jurisdiction: Jurisdiction; revision: number; stepName?: string },
  context: GuardTextsContext,
): Promise<TextsVerdict> {
  return traced(
    context.tracer,
    {
      kind: "guard",
      name: options.stepName ?? "guards",
      // The checked texts themselves go in the trace: a reviewer must see what each guard saw.
      input: {
        revision: options.revision,
        texts: texts.map((t) => ({ key: t.key, kind: t.kind, text: t.text })),
      },
      parentStepId: context.rootStepId,
    },
    async (step) => {
      const reports = await Promise.all(
        texts.map((t) =>
          runGuards(
            {
              text: t.text,
              kind: t.kind,
              jurisdiction: options.jurisdiction,
              sources: t.sources,
              generated: true,
            },
            {
              engine: context.engine,
              judgeMode: context.judgeMode,
              tracer: context.tracer,
              parentStepId: step.id,
              ...(context.cpu ? { detect: context.cpu.detect } : {}),
            },
            { revision: options.revision, ...(texts.length > 1 ? { target: t.key } : {}) },
          ),
        ),
      );
      return {
        verdict: worstVerdict(reports.map((r) => r.verdict)),
        findings: reports.flatMap((report) => report.findings),
        reports,
      };
    },
    ({ verdict, findings, reports }) => ({
      verdict,
      findings: findings.length,
      offline: reports.every((r) => r.offline),
      judge: reports.flatMap((r) => r.outcomes.map((o) => ({ guard: o.guard, judge: o.judge.status }))),
    }),
  );
}
