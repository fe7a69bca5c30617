import { describe, expect, it } from "vitest";
import { z } from "zod";
import { WORKFLOWS } from "../core/contract.js";
import { WORKFLOW_REGISTRY } from "./registry.js";

describe("workflow registry", () => {
  it.each(WORKFLOWS)("has an entry for %s, under its own id, with an input schema and a graph", (id) => {
    const definition = WORKFLOW_REGISTRY[id];
    expect(definition, `${id} is missing from graphs/registry.ts`).toBeDefined();
    expect(definition?.id).toBe(id);
    expect(definition?.input).toBeInstanceOf(z.ZodType);
    expect(definition?.description.length).toBeGreaterThan(10);
    expect(typeof definition?.build).toBe("function");
    // An empty input is never a valid run: the schema must say which field is missing.
    expect(definition?.input.safeParse({}).success).toBe(false);
  });

  it("has no entry for a workflow the contract does not name", () => {
    expect(
      Object.keys(WORKFLOW_REGISTRY).filter((id) => !(WORKFLOWS as readonly string[]).includes(id)),
    ).toEqual([]);
  });
});
