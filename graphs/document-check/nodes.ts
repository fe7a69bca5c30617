import { checkDocuments, extractionText, reviewReasons } from "../../agents/document-checker/index.js";
import { traced } from "../../core/traced.js";
import { contextOf, type WorkflowRuntime } from "../supervisor/context.js";
import type { Settle } from "../supervisor/nodes.js";
import type { GuardedText } from "../supervisor/state.js";
import type { DocumentCheckOutput } from "./output.js";
import { formRequests } from "./requests.js";
import type { DocumentCheckState, DocumentCheckUpdate, WithheldSpan } from "./state.js";

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
  runtime: WorkflowRuntime,
): Promise<DocumentCheckUpdate> {
  const context = contextOf(runtime);
  const now = context.clock.now();
  const revision = state.draft ? state.revision + 1 : 0;
  const newlyWithheld = spansToWithhold(state, now);
  const withheld = [...state.withheld, ...newlyWithheld];
  const { report, texts } = await traced(
    context.tracer,
    {
      kind: "agent",
      name: "document_checker",
      input: { revision, documents: state.documents.length, withheld: withheld.length },
      parentStepId: context.rootStepId,
    },
    async (step) => {
      const started = performance.now();
      const report = checkDocuments(state.documents, { now, withheld });
      const texts: GuardedText[] = report.documents.flatMap((document) => {
        const source = state.documents.find((d) => d.id === document.id)?.text ?? "";
        const { text } = extractionText(document);
        const asked = formRequests(source);
        return [
          ...(text ? [{ key: document.id, text, kind: "document" as const, sources: [source] }] : []),
          // What the document asks of a candidate is checked too: a form asking for ethnic origin or
          // disability must not be released as checked, whatever fields were extracted from it.
          ...(asked ? [{ key: `${document.id}#asks`, text: asked, kind: "document" as const }] : []),
        ];
      });
      await context.tracer.modelCall(
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
      return { report, texts };
    },
    ({ report }) => ({
      types: report.documents.map((d) => d.type),
      fields: report.documents.reduce((n, d) => n + d.fields.length, 0),
      errors: report.issues.filter((i) => i.severity === "error").length,
    }),
  );
  const errors = report.issues.filter((i) => i.severity === "error").length;
  return {
    revision,
    withheld: newlyWithheld,
    draft: {
      output: {
        ...report,
        summary: { documents: report.documents.length, errors, warnings: report.issues.length - errors },
        reviewReasons: reviewReasons(report.issues),
      },
      texts,
    },
  };
}

/**
 * After the guards: a report with any issue (a failed check, a missing expected field, an unrecognised
 * document) waits for a person with the issues as reasons, whatever the guards said of the extraction.
 */
export const settleDocuments: Settle<DocumentCheckOutput> = ({ draft, findings }) => ({
  output: draft.output,
  findings,
  reviewReasons: draft.output.reviewReasons,
});
