import { Annotation, MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createModelEngine } from "../agents/models/factory.js";
import { fixedClock } from "../core/clock.js";
import { loadSettings } from "../core/settings.js";
import { MemoryTracer } from "../core/trace.js";
import { traced } from "../core/traced.js";
import { type CompiledWorkflow, defineWorkflow, type WorkflowDefinition } from "./define.js";
import { WORKFLOW_REGISTRY, WORKFLOWS, WorkflowId } from "./registry.js";
import { contextOf } from "./supervisor/context.js";
import { buildSupervisor, SUPERVISOR } from "./supervisor/graph.js";
import { guardedChannels } from "./supervisor/state.js";
import { testContext } from "./test-support/context.js";
import { echo } from "./test-support/echo/index.js";

type Shape = Awaited<ReturnType<CompiledWorkflow["shape"]>>;

/** The nodes reachable from `from` when `removed` is taken out of the graph. */
function reachable(shape: Shape, from: string, removed: string): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let node = queue.shift(); node !== undefined; node = queue.shift())
    for (const edge of shape.edges)
      if (edge.source === node && edge.target !== removed && !seen.has(edge.target)) {
        seen.add(edge.target);
        queue.push(edge.target);
      }
  return seen;
}

async function assertGuarded(definition: WorkflowDefinition<string>) {
  const shape = await definition.compile(new MemorySaver()).shape();
  expect(shape.nodes).toContain(SUPERVISOR);
  // Every way to the end goes through the supervisor: without it the end cannot be reached at all.
  expect(reachable(shape, "__start__", "__none__").has("__end__"), "the end is reachable").toBe(true);
  expect(reachable(shape, "__start__", SUPERVISOR).has("__end__")).toBe(false);
  expect(shape.edges.filter((e) => e.target === "__end__").map((e) => e.source)).toEqual([SUPERVISOR]);
}

describe("workflow registry", () => {
  it.each(WORKFLOWS)("has an entry for %s, under its own id, with an input schema and a graph", (id) => {
    const definition = WORKFLOW_REGISTRY[id];
    expect(definition.id).toBe(id);
    expect(definition.input).toBeInstanceOf(z.ZodType);
    expect(definition.description.length).toBeGreaterThan(10);
    // An empty input is never a valid run: the schema must say which field is missing.
    expect(definition.input.safeParse({}).success).toBe(false);
  });

  it("is the one list of workflow ids: WORKFLOWS and WorkflowId are its keys", () => {
    expect([...WORKFLOWS]).toEqual(Object.keys(WORKFLOW_REGISTRY));
    expect(WorkflowId.options).toEqual([...WORKFLOWS]);
    for (const id of WORKFLOWS) {
      expect(WORKFLOW_REGISTRY[id].label.fr.length, `${id} has a French name`).toBeGreaterThan(0);
      expect(WORKFLOW_REGISTRY[id].label.en.length, `${id} has an English name`).toBeGreaterThan(0);
    }
  });

  it.each(WORKFLOWS)("cannot take %s to its end without passing the supervisor", async (id) => {
    await assertGuarded(WORKFLOW_REGISTRY[id]);
  });

  it("runs guards first in the supervisor: release and block are reached only through them", async () => {
    const drawable = await buildSupervisor().getGraphAsync();
    const shape = { nodes: Object.keys(drawable.nodes), edges: drawable.edges };
    for (const end of ["release", "block", "__end__"])
      expect(reachable(shape, "__start__", "guards").has(end), end).toBe(false);
  });
});

describe("a fifth workflow defined with defineWorkflow", () => {
  const engine = createModelEngine(loadSettings({}));
  const context = () =>
    testContext({
      engine,
      tracer: new MemoryTracer(),
      clock: fixedClock(),
      judgeMode: "never",
      maxRevisions: 1,
    });

  it("is wired through the supervisor like the registered ones", async () => {
    await assertGuarded(echo);
  });

  it("releases a lawful text with the disclosure and never releases an age limit", async () => {
    const graph = echo.compile(new MemorySaver());
    const clean = await graph.run(
      { kind: "start", input: { text: "Vendeur en boulangerie (H/F), CDI à Lyon." }, jurisdiction: "FR" },
      "echo-clean",
      context(),
    );
    expect(clean.state.outcome).toBe("released");
    expect(clean.state.released?.disclosure).toMatchObject({ generatedByAI: true, offline: true });

    const ageLimit = await graph.run(
      {
        kind: "start",
        input: { text: "Vendeur en boulangerie, candidats de 25 à 35 ans." },
        jurisdiction: "FR",
      },
      "echo-age",
      context(),
    );
    expect(ageLimit.state.released).toBeNull();
    expect(ageLimit.state.findings.some((f) => f.criteria.includes("age"))).toBe(true);
    expect(ageLimit.waiting || ageLimit.state.outcome === "blocked").toBe(true);
  });

  it("leaves no step running when a worker throws", async () => {
    const tracer = new MemoryTracer();
    const failing = defineWorkflow({
      id: "failing",
      label: { fr: "Échec (test)", en: "Failing (test)" },
      candidateData: false,
      description: "A worker that throws half-way (test fixture).",
      input: z.object({ text: z.string() }),
      output: z.object({ text: z.string() }),
      example: { input: { text: "Vendeur (H/F)" }, output: { text: "Vendeur (H/F)" } },
      state: { ...guardedChannels<{ text: string }>(), text: Annotation<string> },
      start: (input, jurisdiction) => ({ text: input.text, jurisdiction }),
      workers: [
        {
          name: "write",
          run: (_state, runtime) =>
            traced(
              contextOf(runtime).tracer,
              { kind: "agent", name: "write" },
              async () => {
                throw new Error("model unreachable");
              },
              () => ({}),
            ),
        },
      ],
    });
    await expect(
      failing
        .compile(new MemorySaver())
        .run(
          { kind: "start", input: { text: "x" }, jurisdiction: "FR" },
          "failing",
          testContext({ engine, tracer, clock: fixedClock(), judgeMode: "never", maxRevisions: 1 }),
        ),
    ).rejects.toThrow("model unreachable");
    expect(tracer.steps.map((s) => [s.name, s.status])).toEqual([["write", "error"]]);
  });
});
