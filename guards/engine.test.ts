// The cascade: detectors → jurisdiction policy → judge, with a hand-written ModelEngine double (valid
// answer, invalid output, timeout) and the model emulator behind the real OpenAI client.
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelEngine } from "../agents/models/factory.js";
import { createOfflineEngine } from "../agents/models/offline.js";
import { type ModelEmulator, reply, startModelEmulator } from "../agents/models/test-support/emulator.js";
import type { Jurisdiction, TextKind } from "../core/contract.js";
import { ModelError } from "../core/errors.js";
import type { ChatAnswer, ChatRequest, ModelEngine } from "../core/models.js";
import { fromRoot } from "../core/paths.js";
import { loadSettings } from "../core/settings.js";
import { MemoryTracer } from "../core/trace.js";
import { type GuardDeps, runGuards } from "./engine.js";

const offline: GuardDeps = { engine: createOfflineEngine(), judgeMode: "auto" };
const input = (text: string, kind: TextKind = "job_ad", jurisdiction: Jurisdiction = "FR") => ({
  text,
  kind,
  jurisdiction,
});
const ONLY = { guards: ["discrimination" as const, "cultural" as const] };

type Behaviour = (request: ChatRequest<unknown>) => unknown;

/** A ModelEngine double: answers with `behaviour(request)` parsed by the request's schema, or throws. */
function fakeEngine(behaviour: Behaviour): ModelEngine & { calls: ChatRequest<unknown>[] } {
  const calls: ChatRequest<unknown>[] = [];
  return {
    provider: "openai",
    offline: false,
    chatModel: "fake",
    embeddingModel: "fake",
    calls,
    async chat<T>(request: ChatRequest<T>): Promise<ChatAnswer<T>> {
      calls.push(request as ChatRequest<unknown>);
      const value = behaviour(request as ChatRequest<unknown>);
      const record = {
        provider: "openai" as const,
        model: "fake",
        promptName: request.prompt.name,
        promptVersion: request.prompt.version,
        inputTokens: 10,
        outputTokens: 5,
        latencyMs: 1,
        attempts: 1,
        offline: false,
      };
      await request.sink?.(record);
      const parsed = request.schema?.safeParse(value);
      if (!parsed?.success) throw new ModelError("model_invalid_output", "answer does not match the schema");
      return { text: JSON.stringify(value), data: parsed.data, record };
    },
    async embed() {
      return [];
    },
  };
}

describe("jurisdiction switch", () => {
  const eeo =
    "Optional: self-identify your gender and ethnicity for our EEO-1 report; answers are confidential and not used in selection.";
  it("a voluntary separate EEO self-identification passes in the US and is blocked in France", async () => {
    const us = await runGuards(input(eeo, "job_ad", "US"), offline, ONLY);
    const fr = await runGuards(input(eeo, "job_ad", "FR"), offline, ONLY);
    expect(us.verdict).toBe("pass");
    expect(fr.verdict).toBe("block");
    expect(fr.findings.map((f) => f.rule)).toContain("US-01");
    expect(fr.findings.every((f) => f.legalBasis.length > 0)).toBe(true);
    expect(fr.policyVersion).toMatch(/^eu@.*\+fr@/);
    expect(us.policyVersion).toMatch(/^us@/);
  });
  it("applies the US policy's severity and legal basis to the same rule", async () => {
    const q = input("Êtes-vous marié ?", "interview_questions");
    const fr = await runGuards(q, offline, ONLY);
    const us = await runGuards({ ...q, jurisdiction: "US" }, offline, ONLY);
    expect(fr.findings[0]).toMatchObject({ rule: "IQ-01", severity: "block" });
    expect(us.findings[0]).toMatchObject({ rule: "IQ-01", severity: "review" });
    expect(us.findings[0]?.legalBasis.join(" ")).toMatch(/EEOC/);
    expect(fr.findings[0]?.suggestion).toBeTruthy();
  });
  it("an age ceiling is flagged in the US (ADEA), an age floor is not", async () => {
    expect(
      (await runGuards(input("Looking for recent graduates under 30.", "job_ad", "US"), offline, ONLY))
        .verdict,
    ).not.toBe("pass");
    expect(
      (await runGuards(input("Must be at least 21 years old.", "job_ad", "US"), offline, ONLY)).verdict,
    ).toBe("pass");
    expect(
      (await runGuards(input("Must be at least 21 years old.", "job_ad", "FR"), offline, ONLY)).verdict,
    ).toBe("review");
  });
  it("at-will employment is lawful in the US, reviewed in France", async () => {
    const text = "Employment is at-will.";
    expect((await runGuards(input(text, "job_ad", "US"), offline, ONLY)).verdict).toBe("pass");
    expect((await runGuards(input(text, "job_ad", "FR"), offline, ONLY)).verdict).toBe("review");
  });
});

describe("verdicts and the trace", () => {
  it("a generated draft with rewritable findings is sent back for revision", async () => {
    const report = await runGuards(
      { ...input("Vendeur (H/F) de 25 à 35 ans."), generated: true },
      offline,
      ONLY,
    );
    expect(report.verdict).toBe("revise");
    const outside = await runGuards(input("Vendeur (H/F) de 25 à 35 ans."), offline, ONLY);
    expect(outside.verdict).toBe("block");
  });
  it("writes one guard step per guard and its findings to the tracer", async () => {
    const tracer = new MemoryTracer();
    await runGuards(
      input("Candidats de moins de 30 ans uniquement."),
      { ...offline, tracer, parentStepId: "p" },
      { revision: 2 },
    );
    const guards = tracer.steps.filter((s) => s.kind === "guard").map((s) => s.name);
    expect(guards).toEqual(expect.arrayContaining(["discrimination", "cultural", "hate_speech", "pii"]));
    expect(tracer.steps.every((s) => s.status === "ok" && s.parentStepId === "p")).toBe(true);
    expect(tracer.recordedFindings.some((f) => f.rule === "AD-04" && f.revision === 2)).toBe(true);
  });
});

describe("the judge", () => {
  const unsureText = "Notre équipe compte des femmes et des seniors passionnés.";

  it("is skipped with the offline engine, with a note", async () => {
    const report = await runGuards(input(unsureText), offline, { guards: ["discrimination"] });
    const outcome = report.outcomes[0];
    expect(outcome?.certainty).toBe("unsure");
    expect(outcome?.judge.status).toBe("skipped_offline");
    expect(outcome?.notes.join(" ")).toMatch(/offline/);
    expect(report.offline).toBe(true);
  });
  it("is not called with JUDGE_MODE=never, nor in auto mode when detectors are sure", async () => {
    const engine = fakeEngine(() => ({ verdict: "pass", findings: [], reasoning: "" }));
    await runGuards(input(unsureText), { engine, judgeMode: "never" }, { guards: ["discrimination"] });
    await runGuards(
      input("Poste de comptable, CDI."),
      { engine, judgeMode: "auto" },
      { guards: ["discrimination"] },
    );
    expect(engine.calls).toHaveLength(0);
  });
  it("adds a located finding from a valid answer, repairing wrong offsets, and traces the call", async () => {
    const engine = fakeEngine(() => ({
      verdict: "review",
      findings: [
        {
          rule: "AD-05",
          criteria: ["age"],
          start: 0,
          end: 3,
          evidence: "seniors",
          explanation: "âge suggéré",
        },
      ],
      reasoning: "mention d'âge dans une offre",
    }));
    const tracer = new MemoryTracer();
    const report = await runGuards(
      input(unsureText),
      { engine, judgeMode: "auto", tracer },
      { guards: ["discrimination"] },
    );
    const outcome = report.outcomes[0];
    expect(outcome?.judge.status).toBe("added");
    const added = outcome?.findings.find((f) => f.rule === "AD-05");
    expect(added && unsureText.slice(added.start, added.end)).toBe("seniors");
    expect(added?.severity).toBe("review");
    expect(report.verdict).toBe("review");
    expect(report.offline).toBe(false);
    expect(engine.calls[0]?.prompt.name).toBe("guard-judge");
    expect(JSON.stringify(engine.calls[0]?.messages)).toContain("seniors");
    expect(tracer.calls).toHaveLength(1);
  });
  it("drops judge findings whose evidence is not in the text or whose rule is not in force", async () => {
    const engine = fakeEngine(() => ({
      verdict: "block",
      findings: [
        { rule: "AD-07", criteria: ["origin"], start: 0, end: 5, evidence: "type européen" },
        { rule: "XX-99", criteria: [], start: 0, end: 5, evidence: "Notre" },
      ],
      reasoning: "?",
    }));
    const report = await runGuards(
      input(unsureText),
      { engine, judgeMode: "auto" },
      { guards: ["discrimination"] },
    );
    expect(report.findings).toEqual([]);
    expect(report.outcomes[0]?.notes.join(" ")).toMatch(/not in the text/);
    // A condemning verdict with nothing locatable goes to a person rather than being released.
    expect(report.verdict).toBe("review");
  });
  it.each([
    ["model_invalid_output", () => ({ verdict: "maybe" })],
    [
      "model_timeout",
      () => {
        throw new ModelError("model_timeout", "judge took too long");
      },
    ],
  ])("%s leaves the detectors' verdict standing", async (code, behaviour) => {
    const engine = fakeEngine(behaviour as Behaviour);
    const text = "Candidats de moins de 30 ans uniquement. Notre équipe compte des femmes.";
    const report = await runGuards(
      input(text),
      { engine, judgeMode: "always" },
      { guards: ["discrimination"] },
    );
    const outcome = report.outcomes[0];
    expect(outcome?.judge.status).toBe("failed");
    expect(outcome?.judge.reason).toContain(code);
    expect(report.verdict).toBe("block");
    expect(report.findings.map((f) => f.rule)).toEqual(["AD-04"]);
  });
  it("cannot clear a sure detector finding on its own: a person decides", async () => {
    const engine = fakeEngine(() => ({ verdict: "pass", findings: [], reasoning: "RAS" }));
    const report = await runGuards(
      input("Candidats de moins de 30 ans."),
      { engine, judgeMode: "always" },
      { guards: ["discrimination"] },
    );
    expect(report.outcomes[0]?.judge.status).toBe("overruled");
    expect(report.verdict).toBe("review");
  });
});

describe("the judge through the real OpenAI client and the model emulator", () => {
  let emulator: ModelEmulator;
  let deps: GuardDeps;
  beforeAll(async () => {
    emulator = await startModelEmulator();
    const settings = loadSettings({
      MODEL_PROVIDER: "openai",
      OPENAI_API_KEY: "test-key",
      OPENAI_BASE_URL: emulator.baseUrls.openai,
      // Generous, so a loaded machine does not turn an answer into a timeout; the timeout case waits longer.
      MODEL_TIMEOUT_MS: "1500",
      MODEL_MAX_RETRIES: "0",
    });
    deps = { engine: createModelEngine(settings, { sleep: async () => {} }), judgeMode: "auto" };
  });
  afterAll(async () => {
    await emulator.close();
  });
  const text = "Notre équipe compte des femmes et des seniors passionnés.";

  it("uses a valid JSON verdict", async () => {
    emulator.reset();
    emulator.script(
      reply.json({
        verdict: "review",
        findings: [
          { rule: "AD-05", criteria: ["age"], start: 35, end: 42, evidence: "seniors", explanation: "âge" },
        ],
        reasoning: "âge mentionné",
      }),
    );
    const report = await runGuards(input(text), deps, { guards: ["discrimination"] });
    expect(report.outcomes[0]?.judge.status).toBe("added");
    expect(report.verdict).toBe("review");
    expect(JSON.stringify(emulator.requests[0]?.body)).toContain("seniors");
  });
  it("records a malformed answer as a failed judge", async () => {
    emulator.reset();
    emulator.script(reply.malformed());
    const report = await runGuards(input(text), deps, { guards: ["discrimination"] });
    expect(report.outcomes[0]?.judge.status).toBe("failed");
    expect(report.verdict).toBe("pass");
  });
  it("records a timeout as a failed judge", async () => {
    emulator.reset();
    emulator.script(
      reply.delay(4000, { kind: "json", value: { verdict: "pass", findings: [], reasoning: "" } }),
    );
    const report = await runGuards(input(text), deps, { guards: ["discrimination"] });
    expect(report.outcomes[0]?.judge.status).toBe("failed");
    expect(report.outcomes[0]?.judge.reason).toMatch(/model_timeout|model_unavailable/);
  });
});

describe("detection figures with the jurisdiction's policy (own cases and the dev set)", () => {
  interface Case {
    id: string;
    kind: TextKind;
    jurisdiction: Jurisdiction;
    text: string;
    expected: "flag" | "pass";
    criteria: string[];
  }
  const read = (url: URL): Case[] =>
    readFileSync(url, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Case);
  const sets: Array<[string, Case[]]> = [
    ["own cases", read(new URL("./discrimination/test-support/generalisation.jsonl", import.meta.url))],
  ];
  const dev = fromRoot("..", "shared", "data", "discrimination", "fr_recruiting_dev.jsonl");
  if (existsSync(dev)) sets.push(["dev set", read(pathToFileURL(dev))]);

  it.each(sets.map(([name, cases]) => ({ name, cases })))(
    "$name: ≥95 % of problems flagged, ≤5 % of sound texts flagged, right criterion ≥90 %",
    async ({ cases }) => {
      const deps: GuardDeps = { engine: createOfflineEngine(), judgeMode: "never" };
      let flaggedProblems = 0;
      let problems = 0;
      let flaggedSound = 0;
      let sound = 0;
      let rightCriterion = 0;
      for (const c of cases) {
        const report = await runGuards(
          { text: c.text, kind: c.kind, jurisdiction: c.jurisdiction },
          deps,
          ONLY,
        );
        const flagged = report.verdict !== "pass";
        if (c.expected === "flag") {
          problems++;
          if (flagged) {
            flaggedProblems++;
            const named = report.findings.filter((f) => f.severity !== "warn").flatMap((f) => f.criteria);
            if (c.criteria.length === 0 || named.some((x) => c.criteria.includes(x))) rightCriterion++;
          }
        } else {
          sound++;
          if (flagged) flaggedSound++;
        }
      }
      expect(flaggedProblems / problems).toBeGreaterThanOrEqual(0.95);
      expect(flaggedSound / sound).toBeLessThanOrEqual(0.05);
      expect(rightCriterion / flaggedProblems).toBeGreaterThanOrEqual(0.9);
    },
  );
});

describe("the cultural guard across jurisdictions", () => {
  it.each([
    [
      "Voluntary Self-Identification (optional, kept separate from your application): race, gender, veteran status, disability status.",
      "block",
      "pass",
    ],
    ["Please indicate your race on the application form; this information is required.", "block", "review"],
    ["This is an at-will position.", "review", "pass"],
    ["Offer contingent on a background check and drug screening.", "review", "pass"],
    ["Please state your date of birth on the application.", "block", "review"],
    ["Joindre impérativement une photo d'identité à votre CV.", "review", "pass"],
    ["Merci de préciser votre salaire actuel.", "review", "pass"],
    [
      "Les vidéos d'entretien sont analysées par une IA qui détecte le stress et la sincérité.",
      "block",
      "pass",
    ],
    ["Nous vous demanderons votre numéro de sécurité sociale dès la candidature.", "block", "pass"],
    ["Le RIB vous sera demandé après la signature du contrat.", "pass", "pass"],
  ])("%s → FR %s, US %s", async (text, fr, us) => {
    expect((await runGuards(input(text, "job_ad", "FR"), offline, ONLY)).verdict).toBe(fr);
    expect((await runGuards(input(text, "job_ad", "US"), offline, ONLY)).verdict).toBe(us);
  });
});
