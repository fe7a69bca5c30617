import { MemorySaver } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_DOCUMENTS } from "../../agents/document-checker/test-support/documents.js";
import { createModelEngine } from "../../agents/models/factory.js";
import { fixedClock, sequentialIds } from "../../core/clock.js";
import type { Finding } from "../../core/contract.js";
import { loadSettings } from "../../core/settings.js";
import { MemoryTracer } from "../../core/trace.js";
import type { DatabaseHandle } from "../../db/client.js";
import { getRunDetail } from "../../db/queries/runs.js";
import { openTestDatabase } from "../../db/test-support/database.js";
import { type RunServiceDeps, startRun } from "../runner.js";
import { freshGuarded, testContext } from "../test-support/context.js";
import { checkDocumentsNode } from "./nodes.js";
import type { DocumentCheckState } from "./state.js";

let handle: DatabaseHandle;
let deps: RunServiceDeps;
const engine = createModelEngine(loadSettings({}));

beforeAll(async () => {
  handle = await openTestDatabase();
  deps = {
    db: handle.db,
    engine,
    checkpointer: new MemorySaver(),
    clock: fixedClock(new Date("2026-01-01T00:00:00Z")),
    ids: sequentialIds("doc"),
    judgeMode: "auto",
    maxRevisions: 2,
  };
});
afterAll(() => handle.close());

function nodeConfig(now: Date) {
  const context = testContext({
    engine,
    tracer: new MemoryTracer(),
    clock: { now: () => now },
    judgeMode: "never",
    maxRevisions: 2,
  });
  return { context };
}

function freshState(): DocumentCheckState {
  return {
    documents: SAMPLE_DOCUMENTS,
    withheld: [],
    ...freshGuarded(),
  };
}

describe("document check node", () => {
  it("hands the guards each document's extraction, kind document, with that document as the source", async () => {
    const update = await checkDocumentsNode(freshState(), nodeConfig(new Date("2026-01-01T00:00:00Z")));
    const texts = update.draft?.texts ?? [];
    expect(texts.map((t) => t.key)).toEqual(SAMPLE_DOCUMENTS.map((d) => d.id));
    for (const t of texts) {
      expect(t.kind).toBe("document");
      const source = SAMPLE_DOCUMENTS.find((d) => d.id === t.key)?.text;
      expect(t.sources).toEqual([source]);
      for (const line of t.text.split("\n")) expect(source).toContain(line);
    }
  });

  it("withholds, on a revision, the value a guard finding points at", async () => {
    const first = freshState();
    const update = await checkDocumentsNode(first, nodeConfig(new Date("2026-01-01T00:00:00Z")));
    const cni = update.draft?.texts.find((t) => t.key === "cni");
    if (!update.draft || !cni) throw new Error("no draft");
    const at = cni.text.indexOf("X4RTBPFW4");
    const finding: Finding = {
      guard: "pii",
      rule: "PII-TEST",
      criteria: ["personal_data"],
      severity: "review",
      start: at,
      end: at + 9,
      evidence: "X4RTBPFW4",
      legalBasis: [],
      target: "cni",
    };
    const second = await checkDocumentsNode(
      { ...first, draft: update.draft, findings: [finding], verdict: "revise" },
      nodeConfig(new Date("2026-01-01T00:00:00Z")),
    );
    expect(second.revision).toBe(1);
    expect(second.withheld).toHaveLength(1);
    expect(second.draft?.texts.find((t) => t.key === "cni")?.text).not.toContain("X4RTBPFW4");
    expect(second.draft?.texts.find((t) => t.key === "cni")?.text).toContain("DUPONT");
  });
});

describe("document check workflow (offline engine)", () => {
  it("releases the report of the consistent sample set, with its disclosure", async () => {
    const result = await startRun(deps, {
      workflow: "document_check",
      input: { documents: SAMPLE_DOCUMENTS },
    });
    expect(result.status).toBe("released");
    const output = result.output as { documents: Array<{ id: string; type: string }>; issues: unknown[] };
    expect(output.documents.map((d) => d.type)).toEqual([
      "piece_identite",
      "bulletin_de_salaire",
      "certificat_de_travail",
      "diplome",
    ]);
    expect(output.issues).toEqual([]);
    expect(result.output?.disclosure).toMatchObject({ generatedByAI: true, offline: true });
    const detail = await getRunDetail(handle.db, result.runId);
    expect(detail?.steps.map((s) => s.name)).toEqual(
      expect.arrayContaining(["document_checker", "guards", "release"]),
    );
  });

  it("judges an identity document's expiry against the run's clock", async () => {
    const later = { ...deps, clock: fixedClock(new Date("2031-07-01T00:00:00Z")) };
    const result = await startRun(later, {
      workflow: "document_check",
      input: { documents: SAMPLE_DOCUMENTS },
    });
    const issues = (result.output?.issues ?? []) as Array<{ documentId: string; code: string }>;
    expect(issues).toContainEqual(expect.objectContaining({ documentId: "cni", code: "expired" }));
  });

  it("does not release a form that asks for ethnic origin and disability", async () => {
    const form = [
      "FORMULAIRE DE CANDIDATURE",
      "Poste visé : Assistante comptable",
      "Origine ethnique : ....................",
      "Êtes-vous en situation de handicap ? oui / non",
    ].join("\n");
    const result = await startRun(deps, {
      workflow: "document_check",
      input: { documents: [{ id: "form", text: form }] },
    });
    expect(result.status).not.toBe("released");
    expect(result.output).toBeUndefined();
    const criteria = result.findings.flatMap((f) => f.criteria);
    expect(criteria).toEqual(expect.arrayContaining(["origin", "disability"]));
  });

  it("rejects malformed input, naming the field", async () => {
    await expect(
      startRun(deps, { workflow: "document_check", input: { documents: [{ id: "a", text: "" }] } }),
    ).rejects.toThrow(/input\.documents\.0\.text/);
    await expect(startRun(deps, { workflow: "document_check", input: { documents: [] } })).rejects.toThrow(
      /input\.documents/,
    );
    await expect(
      startRun(deps, {
        workflow: "document_check",
        input: {
          documents: [
            { id: "a", text: "x" },
            { id: "a", text: "y" },
          ],
        },
      }),
    ).rejects.toThrow(/input\.documents\.1\.id: duplicate/);
  });
});
