// runGuards on a text. The guard engine is imported on first use so that prompt-only suites never load it.
import type { GuardCase } from "../runner/suite-schema.js";
import type { TargetRunner } from "./context.js";

export const runGuardTarget: TargetRunner<GuardCase> = async (c, context) => {
  const { runGuards } = await import("../../guards/engine.js");
  const input = {
    text: c.input.text,
    kind: c.input.kind,
    jurisdiction: c.jurisdiction,
    ...(c.input.sources ? { sources: c.input.sources } : {}),
    ...(c.input.generated !== undefined ? { generated: c.input.generated } : {}),
  };
  const report = await runGuards(
    input,
    { engine: context.engine, judgeMode: context.judgeMode },
    c.guards ? { guards: c.guards } : {},
  );
  return {
    text: c.input.text,
    verdict: report.verdict,
    findings: report.findings,
    data: {
      verdict: report.verdict,
      policyVersion: report.policyVersion,
      guards: Object.fromEntries(report.outcomes.map((o) => [o.guard, o.verdict])),
    },
  };
};
