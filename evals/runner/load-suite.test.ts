import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromRoot } from "../../core/paths.js";
import { loadSuite, resolveSuitePaths, SuiteError } from "./load-suite.js";

function suiteFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "gf-suite-"));
  mkdirSync(join(dir, "suites"));
  const file = join(dir, "suites", name);
  writeFileSync(file, content);
  return file;
}

async function problemsOf(file: string): Promise<string[]> {
  try {
    await loadSuite(file);
  } catch (error) {
    if (error instanceof SuiteError) return error.problems;
    throw error;
  }
  throw new Error("expected a SuiteError");
}

describe("loadSuite", () => {
  it("merges defaults under each case and concatenates assertions", async () => {
    const file = suiteFile(
      "demo.yaml",
      `defaults:
  target: guard
  jurisdiction: US
  assert: [{ type: verdict, value: pass }]
cases:
  - id: a
    input: { text: "hello" }
    assert: [{ type: contains, value: hello }]
`,
    );
    const suite = await loadSuite(file);
    expect(suite.name).toBe("demo");
    expect(suite.root).toBe(join(file, "..", ".."));
    const [c] = suite.cases;
    expect(c).toMatchObject({ id: "a", target: "guard", jurisdiction: "US", input: { kind: "free_text" } });
    expect(c?.assert.map((a) => a.type)).toEqual(["verdict", "contains"]);
  });

  it("names the file, the case and the field of every problem", async () => {
    const file = suiteFile(
      "broken.yaml",
      `cases:
  - id: ok-1
    target: guard
    input: { text: "x" }
    assert: [{ type: contains, value: x }]
  - id: bad-regex
    target: guard
    input: { text: "x" }
    assert: [{ type: regex, pattern: "(" }]
  - id: bad-verdict
    target: guard
    input: { text: "x" }
    assert: [{ type: verdict, value: maybe }]
  - target: prompt
    assert: [{ type: contains, value: x }]
  - id: ok-1
    target: guard
    input: { text: "y" }
    assert: [{ type: contains, value: y }]
`,
    );
    const problems = await problemsOf(file);
    const joined = problems.join("\n");
    expect(joined).toMatch(
      /broken\.yaml: case "bad-regex" \(cases\[1\]\) › assert\[0\]\.pattern: not a valid regular expression/,
    );
    expect(joined).toMatch(/case "bad-verdict" \(cases\[2\]\) › assert\[0\]\.value/);
    expect(joined).toMatch(/\(cases\[3\]\) › id:/);
    expect(joined).toMatch(/\(cases\[3\]\) › prompt:/);
    expect(joined).toMatch(/case "ok-1" › id: already used/);
  });

  it("rejects unknown fields and unknown assertion types", async () => {
    const file = suiteFile(
      "strict.yaml",
      `cases:
  - id: a
    target: guard
    input: { text: "x" }
    asert: []
    assert: [{ type: looks-good }]
`,
    );
    const joined = (await problemsOf(file)).join("\n");
    expect(joined).toContain('case "a" (cases[0]) › assert[0].type');
    expect(joined).toContain("asert");
  });

  it("reports YAML syntax errors with the file name", async () => {
    const file = suiteFile("syntax.yaml", "cases: [\n  - id: a\n");
    expect((await problemsOf(file))[0]).toMatch(/syntax\.yaml: not valid YAML/);
  });

  it("reads a folder as one suite", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gf-folder-"));
    const folder = join(dir, "suites", "regressions");
    mkdirSync(folder, { recursive: true });
    for (const id of ["r1", "r2"])
      writeFileSync(
        join(folder, `${id}.yaml`),
        `cases:\n  - { id: ${id}, target: "workflow:summary", input: { sources: [a] }, assert: [{ type: verdict, status: released }] }\n`,
      );
    const suite = await loadSuite(folder);
    expect(suite.name).toBe("regressions");
    expect(suite.root).toBe(dir);
    expect(suite.cases.map((c) => c.id)).toEqual(["r1", "r2"]);
  });
});

describe("resolveSuitePaths", () => {
  it("prefers a suite name over a same-named folder of the project", () => {
    const suites = fromRoot("evals", "suites");
    expect(resolveSuitePaths(["guards"], suites)).toEqual([join(suites, "guards.yaml")]);
  });
  it("lists every shipped suite when none is named", () => {
    const all = resolveSuitePaths([], fromRoot("evals", "suites")).map((p) => p.split("/").pop());
    expect(all).toEqual(expect.arrayContaining(["ad-writer-demo.yaml", "guards.yaml", "regressions"]));
  });
  it("names an unknown suite", () => {
    expect(() => resolveSuitePaths(["nope"], fromRoot("evals", "suites"))).toThrow(
      /nope: no suite of that name/,
    );
  });
});

describe("shipped suites", () => {
  it("all load without a problem", async () => {
    for (const path of resolveSuitePaths([], fromRoot("evals", "suites"))) {
      const suite = await loadSuite(path);
      expect(suite.cases.length, suite.name).toBeGreaterThan(0);
    }
  });
});

describe("parsed-suite cache", () => {
  it("reuses the parsed form of unchanged content and re-reads changed content", async () => {
    const file = suiteFile(
      "cached.yaml",
      'cases:\n  - { id: a, target: guard, input: { text: "x" }, assert: [{ type: contains, value: x }] }\n',
    );
    const cache = mkdtempSync(join(tmpdir(), "gf-suite-cache-"));
    await loadSuite(file, cache);
    const entries = readdirSync(cache);
    expect(entries).toHaveLength(1);
    // A cached entry is what is read: tamper with it to prove it.
    writeFileSync(
      join(cache, entries[0] ?? ""),
      JSON.stringify({
        cases: [
          {
            id: "from-cache",
            target: "guard",
            input: { text: "y" },
            assert: [{ type: "contains", value: "y" }],
          },
        ],
      }),
    );
    expect((await loadSuite(file, cache)).cases[0]?.id).toBe("from-cache");
    writeFileSync(
      file,
      'cases:\n  - { id: b, target: guard, input: { text: "x" }, assert: [{ type: contains, value: x }] }\n',
    );
    expect((await loadSuite(file, cache)).cases[0]?.id).toBe("b");
  });
});
