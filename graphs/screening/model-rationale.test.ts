// The model path: the model writes the words, the guards check them, the score stays computed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.js";
import { getRunDetail } from "../../db/queries/runs.js";
import { openTestDatabase } from "../../db/test-support/database.js";
import { startRun } from "../runner.js";
import type { ScreeningOutput } from "./output.js";
import { screeningDraft } from "./pending.js";
import { JOB, MATCHING_CV, runDeps, scriptedEngine } from "./test-support/fixtures.js";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

// Words and figures all from the sources, except the criterion: only the discrimination guard objects.
const BIASED = JSON.stringify({
  rationale:
    "Compétences de l'offre présentes dans le CV : Java, Spring Boot, SQL, Git, Docker, mais trop âgé.",
});
const CLEAN = JSON.stringify({
  rationale:
    "Compétences de l'offre présentes dans le CV : Java, Spring Boot, SQL, Git, Docker. Expérience : 6 ans d'expérience indiqués dans le CV ; 3 ans d'expérience demandés par l'offre.",
});

describe("screening with a model writing the rationales", () => {
  it("catches a rationale that uses a protected criterion, has it rewritten, and keeps the computed score", async () => {
    const engine = scriptedEngine([BIASED, CLEAN]);
    const deps = runDeps(handle.db, { engine, judgeMode: "never" });
    const offline = await startRun(runDeps(handle.db), {
      workflow: "screening",
      input: { job: JOB, cvs: [{ id: "dev", text: MATCHING_CV }] },
    });
    const result = await startRun(deps, {
      workflow: "screening",
      input: { job: JOB, cvs: [{ id: "dev", text: MATCHING_CV }] },
    });
    const why = (await getRunDetail(handle.db, result.runId))?.findings.map(
      (f) => `${f.revision} ${f.rule} ${f.severity} ${f.evidence}`,
    );
    expect(result.status, JSON.stringify(why)).toBe("released");
    expect(result.revisions).toBe(1);
    const output = result.output as ScreeningOutput;
    expect(output.ranking[0]?.rationale).toBe(JSON.parse(CLEAN).rationale);
    expect(output.ranking[0]?.score).toBe((offline.output as ScreeningOutput).ranking[0]?.score);
    const detail = await getRunDetail(handle.db, result.runId);
    expect(detail?.findings.some((f) => f.revision === 0 && f.criteria.includes("age"))).toBe(true);
    expect(detail?.modelCalls.some((c) => c.promptName === "screener" && c.promptVersion === "v1")).toBe(
      true,
    );
    // The model saw the redacted CV, the computed score and the feedback on its first draft, never a name.
    expect(engine.prompts[0]).toMatch(/score calculé : \d,\d\d ; recommandation : à retenir/u);
    expect(engine.prompts[1]).toContain("trop âgé");
  });

  it("sends the ranking to a person when the model keeps using the criterion", async () => {
    const deps = runDeps(handle.db, {
      engine: scriptedEngine([BIASED]),
      judgeMode: "never",
      maxRevisions: 1,
    });
    const result = await startRun(deps, {
      workflow: "screening",
      input: { job: JOB, cvs: [{ id: "dev", text: MATCHING_CV }] },
    });
    expect(result.status).toBe("needs_review");
    const pending = await screeningDraft(deps.checkpointer, result.runId);
    const entry = pending?.ranking[0];
    expect(entry?.verdict).toBe("review");
    expect(entry?.findings.some((f) => f.criteria.includes("age") && f.target === "dev")).toBe(true);
    expect(pending?.humanReviewRequired).toBe(true);
  });

  it("never shows the model a name or an age from the CV", async () => {
    const engine = scriptedEngine([CLEAN]);
    const deps = runDeps(handle.db, { engine, judgeMode: "never" });
    await startRun(deps, {
      workflow: "screening",
      input: {
        job: JOB,
        cvs: [{ id: "dev", text: `Aminata Diallo\nMadame Aminata Diallo, 47 ans, mariée\n${MATCHING_CV}` }],
      },
    });
    expect(engine.prompts[0]).toContain("Spring Boot");
    expect(engine.prompts[0]).not.toMatch(/Aminata|Diallo|Madame|47 ans|mariée/u);
  });
});
