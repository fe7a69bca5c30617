// Scores the document checker on the worker-quality cases: kind, every expected field exact (a field the
// document does not give must stay empty), and whether the run goes to a person exactly when a check
// fails or an expected field is missing. The run's route is the graph's: the guards on the extraction,
// then the checker's own reasons for review. What a form asks the candidate goes to the guards as its own
// text, as in the graph (graphs/document-check/nodes.ts); the criteria they name are scored against `asks`.
import { checkDocuments, extractionText, reviewReasons } from "../../agents/document-checker/index.js";
import type { Criterion } from "../../core/contract.js";
import type { ModelEngine } from "../../core/models.js";
import { formRequests } from "../../graphs/document-check/requests.js";
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
  asked: Criterion[];
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
  const asks = formRequests(c.text);
  const askGuarded = asks
    ? await runGuards({ text: asks, kind: "document", jurisdiction: "FR" }, { engine, judgeMode: "auto" })
    : null;
  const asked = [
    ...new Set(
      (askGuarded?.findings ?? [])
        .filter((f) => f.guard === "discrimination" || f.guard === "cultural")
        .flatMap((f) => f.criteria),
    ),
  ];
  const reasons = [
    ...(guarded && guarded.verdict !== "pass" ? [`garde-fous : ${guarded.verdict}`] : []),
    ...(askGuarded && askGuarded.verdict !== "pass"
      ? [`demandes du formulaire : ${askGuarded.verdict}`]
      : []),
    ...reviewReasons(report.issues),
  ];
  return { report, doc, reasons, asked };
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
  let asksExpected = 0;
  let asksNamed = 0;
  let lawfulForms = 0;
  let lawfulFormsClean = 0;
  const details: DocumentDetail[] = [];
  const cases = documentCases(split);
  for (const c of cases) {
    const { report, doc, reasons, asked } = await checkOne(c, engine);
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
    if (c.asks && c.asks.length === 0) {
      lawfulForms++;
      if (asked.length === 0) lawfulFormsClean++;
    }
    for (const criterion of c.asks ?? []) {
      asksExpected++;
      if (review && asked.includes(criterion)) asksNamed++;
    }
    details.push({ id: c.id, kind: doc?.type ?? "none", wrong, review, reasons, asked });
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
        "protected asks named in review": ratio(asksNamed, asksExpected),
        "documents asking nothing protected left unflagged": ratio(lawfulFormsClean, lawfulForms),
      },
    },
    details,
  };
}
