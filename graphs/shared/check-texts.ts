// The guard supervisor's check of a set of texts: every guard on every text, in parallel, and the worst
// verdict. The guard node runs it on a worker's draft, and a reviewer's correction goes through this same
// function before it may replace the draft: a person's text is checked like a model's.
import { type Finding, type Jurisdiction, VERDICTS, type Verdict } from "../../core/contract.js";
import { type GuardDeps, runGuards } from "../../guards/engine.js";
import type { GuardReport } from "../../guards/types.js";
import type { GuardedText } from "./state.js";

export interface TextsCheck {
  verdict: Verdict;
  findings: Finding[];
  reports: GuardReport[];
}

export interface CheckTextsOptions {
  jurisdiction: Jurisdiction;
  /** Written by our own worker: blocking findings it can rewrite are `revise` rather than `block`. */
  generated: boolean;
  /** The draft's revision, recorded with each finding when a tracer is given. */
  revision?: number;
}

export function worstVerdict(verdicts: Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(
    (worst, v) => (VERDICTS.indexOf(v) > VERDICTS.indexOf(worst) ? v : worst),
    "pass",
  );
}

export async function checkTexts(
  texts: readonly GuardedText[],
  deps: GuardDeps,
  options: CheckTextsOptions,
): Promise<TextsCheck> {
  const reports = await Promise.all(
    texts.map((t) =>
      runGuards(
        {
          text: t.text,
          kind: t.kind,
          jurisdiction: options.jurisdiction,
          generated: options.generated,
          ...(t.sources ? { sources: t.sources } : {}),
        },
        deps,
        { revision: options.revision ?? 0, ...(texts.length > 1 ? { target: t.key } : {}) },
      ),
    ),
  );
  return {
    verdict: worstVerdict(reports.map((r) => r.verdict)),
    findings: reports.flatMap((r) => r.findings),
    reports,
  };
}
