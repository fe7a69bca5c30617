import { readFileSync } from "node:fs";
import { MemorySaver } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelEngine } from "../../agents/models/factory.js";
import { fixedClock, sequentialIds } from "../../core/clock.js";
import { fromRoot } from "../../core/paths.js";
import { loadSettings } from "../../core/settings.js";
import { MemoryTracer } from "../../core/trace.js";
import type { DatabaseHandle } from "../../db/client.js";
import { openTestDatabase } from "../../db/test-support/database.js";
import { type RunServiceDeps, startRun } from "../runner.js";
import { freshGuarded, testContext } from "../test-support/context.js";
import { summarizeNode } from "./nodes.js";

const { sources } = JSON.parse(readFileSync(fromRoot("samples", "summary.json"), "utf8")) as {
  sources: string[];
};
const engine = createModelEngine(loadSettings({}));
let handle: DatabaseHandle;
let deps: RunServiceDeps;

beforeAll(async () => {
  handle = await openTestDatabase();
  deps = {
    db: handle.db,
    engine,
    checkpointer: new MemorySaver(),
    clock: fixedClock(),
    ids: sequentialIds("sum"),
    judgeMode: "auto",
    maxRevisions: 2,
  };
});
afterAll(() => handle.close());

describe("summary node", () => {
  it("hands the guards a candidate_summary with the sources it must be faithful to", async () => {
    const update = await summarizeNode(
      {
        sources,
        feedback: [],
        ...freshGuarded(),
      },
      {
        context: testContext({
          engine,
          tracer: new MemoryTracer(),
          clock: fixedClock(),
          judgeMode: "never",
          maxRevisions: 2,
        }),
      },
    );
    expect(update.draft?.texts).toEqual([
      { key: "summary", text: update.draft?.output.text, kind: "candidate_summary", sources },
    ]);
  });
});

describe("summary workflow (offline engine)", () => {
  it("releases a faithful synthesis without protected attributes", async () => {
    const result = await startRun(deps, { workflow: "summary", input: { sources } });
    expect(result.status).toBe("released");
    const text = String(result.output?.text);
    for (const line of text.split("\n")) expect(sources.some((s) => s.includes(line))).toBe(true);
    for (const word of ["38 ans", "mariée", "Villeurbanne", "maladie", "portugaise"])
      expect(text).not.toContain(word);
    expect(result.output?.disclosure).toMatchObject({ generatedByAI: true, offline: true });
  });

  it("rejects malformed input, naming the field", async () => {
    await expect(startRun(deps, { workflow: "summary", input: { sources: ["  "] } })).rejects.toThrow(
      /input\.sources\.0/,
    );
    await expect(startRun(deps, { workflow: "summary", input: { notes: "x" } })).rejects.toThrow(
      /input\.sources/,
    );
  });
});
