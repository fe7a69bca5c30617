import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { CRITERIA } from "../core/contract.js";
import { ConfigurationError, NotFoundError } from "../core/errors.js";
import { getPrompt, loadPromptRegistry, promptRegistry, renderPrompt } from "./registry.js";
import { MissingPromptVariableError, templateVariables } from "./template.js";

describe("the prompts folder", () => {
  const prompts = promptRegistry().list();

  it("holds at least the guard judge", () => {
    expect(prompts.map((p) => p.ref)).toContainEqual({ name: "guard-judge", version: "v1" });
  });

  it.each(prompts.map((p) => [p.file, p] as const))(
    "%s declares exactly the variables it uses and renders",
    (_file, prompt) => {
      const used = new Set(prompt.messages.flatMap((m) => templateVariables(m.template)));
      expect([...used].sort()).toEqual([...prompt.variables].sort());
      const values = Object.fromEntries(prompt.variables.map((name) => [name, `<${name}-value>`]));
      const rendered = renderPrompt(prompt, values);
      expect(rendered).toHaveLength(prompt.messages.length);
      const all = rendered.map((m) => m.content).join("\n");
      for (const name of prompt.variables) expect(all).toContain(`<${name}-value>`);
      // Whatever is left in braces must be literal JSON, not a variable that escaped rendering.
      expect(all).not.toMatch(/\{[a-z_]+\}/);
    },
  );
});

describe("guard-judge", () => {
  it("asks for the JSON verdict shape guards parse", () => {
    const prompt = getPrompt("guard-judge");
    const [system] = renderPrompt(prompt, {
      guard: "discrimination",
      jurisdiction: "FR",
      kind: "job_ad",
      policy: "FR-DISC-AGE: pas de critère d'âge (Code du travail L1132-1)",
      criteria: CRITERIA.join(", "),
      text: "Jeune développeur {motivé}",
      sources: "(aucune)",
      detector_findings: "[]",
    });
    expect(system?.role).toBe("system");
    const example = /\{"verdict"[\s\S]*"reasoning"[^}]*\}/.exec(system?.content ?? "")?.[0] ?? "";
    expect(example).toContain('"findings": [{"rule"');
    for (const field of ["rule", "criteria", "start", "end", "evidence", "explanation"])
      expect(example).toContain(`"${field}"`);
    for (const verdict of ["pass", "revise", "review", "block"]) expect(example).toContain(`"${verdict}"`);
    expect(z.string().parse(system?.content)).toContain("FR-DISC-AGE");
    // The criteria come from the contract's list, every one of them.
    for (const c of CRITERIA) expect(system?.content).toContain(c);
  });
});

describe("registry", () => {
  let dir = "";
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const write = (path: string, content: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const file = (name: string, version: string | number, variables: string[], template: string) =>
    `name: ${name}\nversion: ${version}\ndescription: d\nvariables: [${variables.join(", ")}]\nmessages:\n  - role: user\n    template: ${JSON.stringify(template)}\n`;

  it("serves the highest version unless a version or an override says otherwise", () => {
    dir = mkdtempSync(join(tmpdir(), "prompts-"));
    write("summary/v1.yaml", file("summary", "v1", ["text"], "v1 {text}"));
    write("summary/v2.yaml", file("summary", 2, ["text"], "v2 {text}"));
    write("summary/v10.yaml", file("summary", 10, ["text"], "v10 {text}"));
    const registry = loadPromptRegistry(dir);
    expect(registry.get("summary").ref).toEqual({ name: "summary", version: "v10" });
    expect(registry.get("summary", 1).version).toBe(1);
    expect(registry.get("summary", undefined, { summary: "v2" }).version).toBe(2);
    expect(registry.get("summary", "v1", { summary: 2 }).version).toBe(1);
    expect(() => registry.get("summary", 3)).toThrow(NotFoundError);
    expect(() => registry.get("nothing")).toThrow(NotFoundError);
  });

  it("renders strictly: a missing variable is an error naming it, literal braces survive", () => {
    dir = mkdtempSync(join(tmpdir(), "prompts-"));
    write("judge/v1.yaml", file("judge", 1, ["text", "guard"], 'Garde {guard}: {text} -> {{"ok": true}}'));
    const prompt = loadPromptRegistry(dir).get("judge");
    expect(renderPrompt(prompt, { guard: "pii", text: "{x}", extra: "ignored" })).toEqual([
      { role: "user", content: 'Garde pii: {x} -> {"ok": true}' },
    ]);
    expect(() => renderPrompt(prompt, { guard: "pii" })).toThrow(MissingPromptVariableError);
    expect(() => renderPrompt(prompt, { guard: "pii" })).toThrow("judge v1: no value for {text}");
  });

  it.each([
    ["an undeclared variable", "a/v1.yaml", file("a", 1, [], "hello {name}"), /undeclared variables name/],
    [
      "an unused declared variable",
      "a/v1.yaml",
      file("a", 1, ["name", "other"], "hello {name}"),
      /unused variables other/,
    ],
    ["a name that differs from its folder", "a/v1.yaml", file("b", 1, [], "x"), /differs from its folder/],
    [
      "a version that differs from its file",
      "a/v2.yaml",
      file("a", 1, [], "x"),
      /differs from its file name/,
    ],
    ["an unbalanced brace", "a/v1.yaml", file("a", 1, [], "oops }"), /bad template/],
    [
      "an unknown role",
      "a/v1.yaml",
      file("a", 1, [], "x").replace("role: user", "role: tool"),
      /messages\.0\.role/,
    ],
    ["invalid YAML", "a/v1.yaml", "name: [", /not valid YAML/],
  ])("refuses a file with %s", (_what, path, content, message) => {
    dir = mkdtempSync(join(tmpdir(), "prompts-"));
    write(path, content);
    expect(() => loadPromptRegistry(dir)).toThrow(ConfigurationError);
    expect(() => loadPromptRegistry(dir)).toThrow(message);
  });
});
