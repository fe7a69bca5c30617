import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { checkDocuments, extractionText, reviewReasons } from "../../agents/document-checker/index.js";
import { depsOf } from "../shared/deps.js";
import { routeAfterGuard } from "../shared/nodes.js";
import type { GuardedText } from "../shared/state.js";
import type { DocumentCheckState, WithheldSpan } from "./state.js";

/**
 * Maps the guards' findings on the previous pass back to the values they cover in each document. With one
 * document the guard node sets no target, so the only text is meant.
 */
function spansToWithhold(state: DocumentCheckState, now: Date): WithheldSpan[] {
  if (!state.draft) return [];
  const previous = checkDocuments(state.documents, { now, withheld: state.withheld });
  const single = state.draft.texts.length === 1 ? state.draft.texts[0]?.key : undefined;
  return state.findings.flatMap((finding) => {
    const documentId = finding.target ?? single;
    const document = previous.documents.find((d) => d.id === documentId);
    if (!document) return [];
    return extractionText(document)
      .lines.filter((line) => finding.start < line.end && finding.end > line.start)
      .map((line) => ({ documentId: document.id, start: line.field.start, end: line.field.end }));
  });
}

/** Classifies, extracts and checks; on a revision, leaves out what the guards objected to. */
export async function checkDocumentsNode(
  state: DocumentCheckState,
  config: LangGraphRunnableConfig,
): Promise<Partial<DocumentCheckState>> {
  const deps = depsOf(config);
  const now = deps.clock.now();
  const revision = state.draft ? state.revision + 1 : 0;
  const newlyWithheld = spansToWithhold(state, now);
  const withheld = [...state.withheld, ...newlyWithheld];
  const step = await deps.tracer.step(
    "agent",
    "document_checker",
    { revision, documents: state.documents.length, withheld: withheld.length },
    deps.rootStepId,
  );
  const started = performance.now();
  const report = checkDocuments(state.documents, { now, withheld });
  const texts: GuardedText[] = report.documents.flatMap((document) => {
    const source = state.documents.find((d) => d.id === document.id)?.text ?? "";
    const { text } = extractionText(document);
    return text ? [{ key: document.id, text, kind: "document" as const, sources: [source] }] : [];
  });
  await deps.tracer.modelCall(
    {
      provider: "offline",
      model: "document-rules-v1",
      promptName: "document-checker",
      promptVersion: "rules-v1",
      inputTokens: 0,
      outputTokens: 0,
      latencyMs: performance.now() - started,
      attempts: 1,
      offline: true,
    },
    step.id,
  );
  const errors = report.issues.filter((i) => i.severity === "error").length;
  await step.end({
    types: report.documents.map((d) => d.type),
    fields: report.documents.reduce((n, d) => n + d.fields.length, 0),
    errors,
  });
  return {
    revision,
    withheld: newlyWithheld,
    draft: {
      output: {
        ...report,
        summary: { documents: report.documents.length, errors, warnings: report.issues.length - errors },
        humanReviewRequired: report.issues.length > 0,
        reviewReasons: reviewReasons(report.issues),
      },
      texts,
    },
  };
}

export const AFTER_CHECK = ["release", "revise", "review", "block"] as const;
export type AfterCheck = (typeof AFTER_CHECK)[number];

/** The shared routing, with one more rule: a report with any issue waits for a person instead of passing. */
export function routeAfterCheck(state: DocumentCheckState, config: LangGraphRunnableConfig): AfterCheck {
  const next = routeAfterGuard(state, config);
  const reasons = (state.draft?.output as { reviewReasons?: unknown } | undefined)?.reviewReasons;
  if (next === "release" && Array.isArray(reasons) && reasons.length > 0) return "review";
  return next;
}
