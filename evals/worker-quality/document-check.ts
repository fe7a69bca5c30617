// Scores the document checker on the worker-quality cases: kind, every expected field exact (a field the
// document does not give must stay empty), and whether the run goes to a person exactly when a check
// fails or an expected field is missing. The run's route is the graph's: the guards on the extraction,
// then the checker's own reasons for review.
import { checkDocuments, extractionText, reviewReasons } from "../../agents/document-checker/index.js";
import type { ModelEngine } from "../../core/models.js";
import { runGuards } from "../../guards/engine.js";
import { type DocumentCase, documentCases, type Split, SUITE_NOW } from "./cases.js";
import { ratio, type WorkerScore } from "./score-types.js";

const norm = (s: string) => s.replace(/\s+/gu, " ").trim();

export interface DocumentDetail {
  id: string;
  kind: string;
  wrong: string[];
  review: boolean;
  reasons: string[];
}

async function checkOne(c: DocumentCase, engine: ModelEngine) {
  const report = checkDocuments([{ id: c.id, text: c.text }], { now: SUITE_NOW });
  const doc = report.documents[0];
  const { text } = doc ? extractionText(doc) : { text: "" };
  const guarded = text
    ? await runGuards(
        { text, kind: "document", jurisdiction: "FR", sources: [c.text], generated: true },
        { engine, judgeMode: "auto" },
      )
    : null;
  const reasons = [
    ...(guarded && guarded.verdict !== "pass" ? [`garde-fous : ${guarded.verdict}`] : []),
    ...reviewReasons(report.issues),
  ];
  return { report, doc, reasons };
}

export async function scoreDocuments(
  split: Split,
  engine: ModelEngine,
): Promise<{ score: WorkerScore; details: DocumentDetail[] }> {
  let kinds = 0;
  let fields = 0;
  let exact = 0;
  let shouldReview = 0;
  let reviewed = 0;
  let falseReview = 0;
  let shouldPass = 0;
  let issuesNamed = 0;
  let issuesExpected = 0;
  const details: DocumentDetail[] = [];
  const cases = documentCases(split);
  for (const c of cases) {
    const { report, doc, reasons } = await checkOne(c, engine);
    if (doc?.type === c.kind) kinds++;
    const wrong: string[] = [];
    for (const [field, want] of Object.entries(c.fields)) {
      fields++;
      const got = doc?.fields.find((f) => f.field === field)?.value;
      if (
        (want === null && got === undefined) ||
        (want !== null && got !== undefined && norm(got) === norm(want))
      )
        exact++;
      else wrong.push(`${field}: « ${got ?? "∅"} » ≠ « ${want ?? "∅"} »`);
    }
    const review = reasons.length > 0;
    if (c.review) {
      shouldReview++;
      if (review) reviewed++;
    } else {
      shouldPass++;
      if (review) falseReview++;
    }
    for (const code of c.issues ?? []) {
      issuesExpected++;
      if (review && report.issues.some((i) => i.code === code)) issuesNamed++;
    }
    details.push({ id: c.id, kind: doc?.type ?? "none", wrong, review, reasons });
  }
  return {
    score: {
      worker: "document_check",
      split,
      cases: cases.length,
      metrics: {
        "kind right": ratio(kinds, cases.length),
        "fields exact": ratio(exact, fields),
        "failed checks reaching review": ratio(reviewed, shouldReview),
        "sound documents released": ratio(shouldPass - falseReview, shouldPass),
        "expected issue named in review": ratio(issuesNamed, issuesExpected),
      },
    },
    details,
  };
}
