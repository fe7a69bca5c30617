import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ExportedRun, exportRegressionCase, regressionCasePath } from "./regressions.js";
import { loadSuite } from "./runner/load-suite.js";

const run: ExportedRun = {
  id: "run-42",
  workflow: "ad_writing",
  jurisdiction: "FR",
  input: { brief: "Serveur à Lille, jeune et dynamique." },
  status: "needs_review",
  verdict: "review",
  output: { ad: { text: "Serveur / Serveuse (H/F), profil jeune et dynamique." } },
  findings: [
    {
      guard: "discrimination",
      rule: "AD-05",
      criteria: ["age"],
      severity: "review",
      evidence: "jeune et dynamique",
    },
  ],
};

async function asSuite(content: string) {
  const folder = join(mkdtempSync(join(tmpdir(), "gf-reg-")), "suites", "regressions");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "run-42.yaml"), content);
  return loadSuite(folder);
}

describe("exportRegressionCase", () => {
  it("writes a valid one-case suite file that re-runs the workflow on the same input", async () => {
    const suite = await asSuite(
      exportRegressionCase(run, { decision: "reject", reason: "âge", reviewer: "r@x.fr" }),
    );
    expect(suite.name).toBe("regressions");
    const [c] = suite.cases;
    expect(c).toMatchObject({
      id: "review-run-42",
      target: "workflow:ad_writing",
      jurisdiction: "FR",
      input: run.input,
    });
    expect(c?.assert).toEqual([{ type: "not-contains", value: ["jeune et dynamique"], ignoreCase: true }]);
  });

  it("a rejection the guards did not see asks that a person sees it next time", async () => {
    const unseen = { ...run, status: "released" as const, verdict: "pass" as const, findings: [] };
    const suite = await asSuite(
      exportRegressionCase(unseen, { decision: "reject", reason: "ton", reviewer: "r" }),
    );
    expect(suite.cases[0]?.assert).toEqual([{ type: "verdict", status: ["needs_review", "blocked"] }]);
  });

  it("an approval asks only that the text is never blocked", async () => {
    const suite = await asSuite(
      exportRegressionCase(run, { decision: "approve", reason: "ok", reviewer: "r" }),
    );
    expect(suite.cases[0]?.assert).toEqual([{ type: "verdict", status: ["released", "needs_review"] }]);
  });

  it("an edit makes the edited text the reference and forbids what the reviewer removed", async () => {
    const edited = { text: "Serveur / Serveuse (H/F), à l'aise avec un service rythmé." };
    const suite = await asSuite(
      exportRegressionCase(run, {
        decision: "edit_approve",
        reason: "r",
        reviewer: "r",
        editedOutput: edited,
      }),
    );
    const types = suite.cases[0]?.assert.map((a) => a.type);
    expect(types).toEqual(["verdict", "similarity", "not-contains"]);
    expect(suite.cases[0]?.assert[2]).toMatchObject({ value: ["jeune et dynamique"] });
  });

  it("names the file after the run", () => {
    expect(regressionCasePath("run/42 x")).toBe("evals/suites/regressions/run_42_x.yaml");
  });
});
