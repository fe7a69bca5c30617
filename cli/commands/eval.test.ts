import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sequentialIds } from "../../core/clock.js";
import type { ChatAnswer, ChatRequest, ModelEngine } from "../../core/models.js";
import { fromRoot } from "../../core/paths.js";
import { loadSettings } from "../../core/settings.js";
import { type EvalCommandDeps, evalCommand } from "./eval.js";

const settings = loadSettings({});

async function run(args: string[], deps: Partial<EvalCommandDeps> = {}) {
  let stdout = "";
  let stderr = "";
  const reportDir = mkdtempSync(join(tmpdir(), "gf-eval-report-"));
  const code = await evalCommand(
    [...args, "--report-dir", reportDir],
    { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } },
    { settings, ids: sequentialIds("eval"), ...deps },
  );
  const read = (format: string) =>
    existsSync(join(reportDir, `report.${format}`))
      ? readFileSync(join(reportDir, `report.${format}`), "utf8")
      : "";
  return { code, stdout, stderr, md: read("md"), html: read("html"), json: read("json") };
}

const BROKEN = ["vendeur-lyon", "aide-soignant-nuit", "hotesse-accueil", "anglais-natif"];

describe("garde-fou eval: the worsened-prompt demonstration", () => {
  it("passes with the prompt of the committed baseline", async () => {
    const out = await run(["ad-writer-demo"]);
    expect(out.stdout).toContain("0 regression(s)");
    expect(out.code).toBe(0);
  });

  it("exits 1 with a version that drops the instruction, naming every broken case", async () => {
    const out = await run(["ad-writer-demo", "--prompt", "demo-ad-writer=v0-worse"]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("4 regression(s)");
    for (const id of BROKEN) {
      expect(out.stdout).toContain(`REGRESSION ad-writer-demo/${id}`);
      expect(out.md).toContain(`\`${id}\``);
      expect(out.html).toContain(id);
      expect(out.json).toContain(`"caseId": "${id}"`);
    }
    expect(out.md).toContain("### ❌ Regressions (4)");
    expect(out.stdout).not.toContain("REGRESSION ad-writer-demo/developpeur-nantes");
  });

  it("shows both versions side by side with pass rate, cost, tokens and latency per column", async () => {
    const out = await run(["ad-writer-demo", "--prompt-versions", "demo-ad-writer=v1,v0-worse"]);
    expect(out.md).toMatch(
      /\| demo-ad-writer=v1 \| offline \| demo-ad-writer=v1 \| 100\.0% \| 6 \/ 6 \|.*\$0\.00 \| \d+ \/ \d+ \| \d+ ms \|/,
    );
    expect(out.md).toMatch(
      /\| demo-ad-writer=v0-worse \| offline \| demo-ad-writer=v0-worse \| 33\.3% \| 2 \/ 6 \|/,
    );
    expect(out.code).toBe(1);
  });
});

describe("garde-fou eval: baselines", () => {
  it("--update-baseline writes the suite's baseline, against which a later run is compared", async () => {
    const root = mkdtempSync(join(tmpdir(), "gf-eval-root-"));
    cpSync(fromRoot("evals", "suites", "ad-writer-demo.yaml"), join(root, "suites", "ad-writer-demo.yaml"));
    cpSync(
      fromRoot("evals", "recordings", "ad-writer-demo.jsonl"),
      join(root, "recordings", "ad-writer-demo.jsonl"),
    );
    const suite = join(root, "suites", "ad-writer-demo.yaml");
    // Accepting the worse version as the baseline makes the better one a list of fixes.
    const updated = await run([suite, "--prompt", "demo-ad-writer=v0-worse", "--update-baseline"]);
    expect(updated.code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(root, "baselines", "ad-writer-demo.json"), "utf8"));
    expect(baseline.cases["vendeur-lyon"].status).toBe("fail");
    const better = await run([suite]);
    expect(better.code).toBe(0);
    expect(better.stdout).toContain("0 regression(s), 0 known failure(s), 4 fix(es)");
    expect(better.md).toContain("### Fixes (4)");
  });

  it("--baseline FILE accepts a JSON report of an earlier run", async () => {
    const reportDir = mkdtempSync(join(tmpdir(), "gf-eval-base-"));
    await evalCommand(
      ["ad-writer-demo", "--report-dir", reportDir, "--format", "json"],
      { stdout: { write: () => true }, stderr: { write: () => true } },
      { settings },
    );
    const out = await run([
      "ad-writer-demo",
      "--prompt",
      "demo-ad-writer=v0-worse",
      "--baseline",
      join(reportDir, "report.json"),
    ]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("REGRESSION ad-writer-demo/anglais-natif");
  });
});

describe("garde-fou eval: targets and modes", () => {
  it("reports workflow cases as target unavailable instead of crashing", async () => {
    let loaded = false;
    const out = await run(["workflow-summary", "--baseline", "none"], {
      loadWorkflowRunner: async () => {
        loaded = true;
        throw new Error("must not be loaded for a workflow without a graph");
      },
      isWorkflowAvailable: (workflow) => workflow !== "summary",
    });
    expect(loaded).toBe(false);
    expect(out.stdout).toContain("2 case(s) error: target unavailable");
    expect(out.md).toContain("target unavailable: workflow:summary (this workflow's graph is not built yet)");
    expect(out.code).toBe(1);
  });

  it("runs workflow cases through the injected runner", async () => {
    const out = await run(["workflow-summary", "--baseline", "none"], {
      loadWorkflowRunner: async () => async (_workflow, input) => ({
        status: "released",
        verdict: "pass",
        findings: [],
        output: { text: String((input.sources as string[])[0]).replace(/Mentionne.*$/u, "") },
      }),
    });
    expect(out.md).toContain("| workflow-summary | default | 100.0% | 2 / 2 |");
    expect(out.code).toBe(0);
  });

  it("a replay with no recording for a case is an error that names it, not a network call", async () => {
    const out = await run(["ad-writer-demo", "--provider", "mistral", "--baseline", "none"], {
      createModelEngine: async () => {
        throw new Error("must not be called in replay");
      },
    });
    expect(out.code).toBe(1);
    expect(out.md).toContain('no recorded answer for case "vendeur-lyon"');
    expect(out.md).not.toContain("must not be called");
  });

  it("record mode stores answers that a replay then reuses", async () => {
    const root = mkdtempSync(join(tmpdir(), "gf-eval-rec-"));
    const suite = join(root, "suites", "tiny.yaml");
    cpSync(fromRoot("evals", "suites", "ad-writer-demo.yaml"), suite);
    writeFileSync(
      suite,
      readFileSync(suite, "utf8").replace(
        /\ncases:[\s\S]*$/u,
        '\ncases:\n  - id: one\n    vars: { brief: "Vendeur à Lyon, CDI." }\n',
      ),
    );
    const engine: ModelEngine = {
      provider: "mistral",
      offline: false,
      chatModel: "mistral-small-latest",
      embeddingModel: "mistral-embed",
      async chat<T>(req: ChatRequest<T>): Promise<ChatAnswer<T>> {
        return {
          text: "Vendeur / Vendeuse (H/F) à Lyon, CDI.",
          record: {
            provider: "mistral",
            model: "mistral-small-latest",
            promptName: req.prompt.name,
            promptVersion: req.prompt.version,
            inputTokens: 100,
            outputTokens: 1000,
            latencyMs: 500,
            attempts: 1,
            offline: false,
          },
        };
      },
      embed: async () => [],
    };
    const recorded = await run([suite, "--mode", "record", "--provider", "mistral"], {
      createModelEngine: async () => engine,
    });
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain("recorded:");
    // 100 input and 1000 output tokens at the listed price of mistral-small-latest.
    expect(recorded.md).toContain("$0.00031");
    const replayed = await run([suite, "--provider", "mistral"]);
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toContain("1/1 passed");
  });
});

describe("garde-fou eval: known failures are never hidden", () => {
  it("lists cases failing in the baseline too, in the summary and every report; a setting or flag makes them fatal", async () => {
    const first = await run(["ad-writer-demo", "--prompt", "demo-ad-writer=v0-worse", "--baseline", "none"]);
    expect(first.code).toBe(1);
    const baseline = join(mkdtempSync(join(tmpdir(), "gf-eval-known-")), "report.json");
    writeFileSync(baseline, first.json);
    const args = ["ad-writer-demo", "--prompt", "demo-ad-writer=v0-worse", "--baseline", baseline];

    const shown = await run(args);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("0 regression(s), 4 known failure(s)");
    for (const id of BROKEN) {
      expect(shown.stdout).toContain(`KNOWN FAILURE ad-writer-demo/${id} [default] fail → fail`);
      expect(shown.html).toContain(id);
    }
    expect(shown.md).toContain("### ⚠️ Known failures (4): failing in the baseline too");
    expect(shown.html).toContain("Known failures (4)");
    expect(JSON.parse(shown.json).comparison.suites[0].knownFailures).toHaveLength(4);
    expect(shown.stdout.trim().split("\n").at(-1)).toBe(
      "result: passed with 4 known failure(s) not counted (EVAL_KNOWN_FAILURES=show; --known-failures fail counts them)",
    );

    const byFlag = await run([...args, "--known-failures", "fail"]);
    expect(byFlag.code).toBe(1);
    expect(byFlag.stdout).toContain("result: FAILED: 4 known failure(s) (--known-failures fail)");
    const bySetting = await run(args, { settings: loadSettings({ EVAL_KNOWN_FAILURES: "fail" }) });
    expect(bySetting.code).toBe(1);
    const flagWins = await run([...args, "--known-failures", "show"], {
      settings: loadSettings({ EVAL_KNOWN_FAILURES: "fail" }),
    });
    expect(flagWins.code).toBe(0);
    expect((await run([...args, "--known-failures", "maybe"])).code).toBe(2);
  });

  it("a clean run says so on its last line", async () => {
    const out = await run(["ad-writer-demo"]);
    expect(out.stdout).toContain("0 known failure(s)");
    expect(out.stdout.trim().split("\n").at(-1)).toBe("result: passed");
    expect(out.md).toContain("### No known failure");
  });
});

describe("garde-fou eval: recording needs a provider that answers", () => {
  it("exits 2 naming the key when mistral has none, before any case runs", async () => {
    const out = await run(["ad-writer-demo", "--providers", "mistral", "--mode", "record"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("--mode record needs a reachable mistral provider");
    expect(out.stderr).toContain("MISTRAL_API_KEY is required");
    expect(out.md).toBe("");
  });

  it("exits 2 when the provider cannot be reached, and live mode is held to the same", async () => {
    const unreachable = async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:9");
    };
    for (const mode of ["record", "live"]) {
      const out = await run(["ad-writer-demo", "--provider", "ollama", "--mode", mode], {
        checkProvider: unreachable,
      });
      expect(out.code).toBe(2);
      expect(out.stderr).toContain(`--mode ${mode} needs a reachable ollama provider`);
      expect(out.stderr).toContain("OLLAMA_BASE_URL");
    }
  });

  it("the default check really calls the provider: a key to an endpoint that refuses is an error", async () => {
    const out = await run(["ad-writer-demo", "--providers", "mistral", "--mode", "record"], {
      settings: loadSettings({
        MISTRAL_API_KEY: "not-a-key",
        MISTRAL_BASE_URL: "http://127.0.0.1:9",
        MODEL_TIMEOUT_MS: "2000",
      }),
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("needs a reachable mistral provider");
  });

  it("a case that errors while recording fails the run even when the baseline knew it failing", async () => {
    const out = await run(
      ["ad-writer-demo", "--provider", "mistral", "--mode", "record", "--baseline", "none"],
      {
        checkProvider: async () => {},
        createModelEngine: async () => {
          throw new Error("provider went away");
        },
      },
    );
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/result: FAILED: .*case\(s\) errored in record mode/);
  });
});

describe("garde-fou eval: usage", () => {
  it("exits 2 on a bad flag and on an invalid suite, naming the problem", async () => {
    const bad = await run(["--mode", "sometimes"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--mode: "sometimes" is not one of replay, record, live');
    const dir = mkdtempSync(join(tmpdir(), "gf-eval-bad-"));
    writeFileSync(
      join(dir, "x.yaml"),
      "cases:\n  - id: a\n    target: guard\n    input: { text: t }\n    assert: []\n",
    );
    const invalid = await run([join(dir, "x.yaml")]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(
      /x\.yaml: case "a" \(cases\[0\]\) › assert: a case needs at least one assertion/,
    );
  });
});

describe("garde-fou eval: registry prompts", () => {
  it("renders a product prompt from prompts/ and replays by its version", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gf-eval-registry-"));
    const suite = join(dir, "suites", "registry.yaml");
    cpSync(fromRoot("evals", "suites", "ad-writer-demo.yaml"), suite);
    writeFileSync(
      suite,
      "cases:\n  - id: r1\n    target: prompt\n    prompt: ad-writer\n    vars: { brief: Vendeur à Lyon, feedback: aucune, forbidden: rien }\n    assert: [{ type: contains, value: x }]\n",
    );
    const out = await run([suite, "--baseline", "none"]);
    // No recording exists: the error names the registry prompt and its version, proving it was rendered.
    expect(out.md).toMatch(/no recorded answer for case "r1" \(prompt ad-writer@v\d+/);
  });
});

describe("garde-fou eval: the product's graphs (slow)", () => {
  it("runs a workflow suite through the run service and reads the pending draft of a reviewed run", {
    timeout: 120_000,
  }, async () => {
    const out = await run(["workflow-screening", "--baseline", "none", "--format", "json"]);
    const report = JSON.parse(out.json) as {
      run: {
        results: Array<{
          caseId: string;
          output: { status?: string } | null;
          assertions: Array<{ type: string; message: string }>;
        }>;
      };
    };
    const invariance = report.run.results
      .find((r) => r.caseId === "invariance-name-age")
      ?.assertions.find((a) => a.type === "invariance");
    // A score was read for the original and every swapped variant (not "absent"): the draft reached the assertion.
    expect(invariance?.message).toMatch(/original \d(\.\d+)?; name → Mamadou Diallo \d/);
  });
});
