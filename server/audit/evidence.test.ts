// The audit pages from real runs: screenings started through the run service, read back as JSON, page and CSV.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatRequest, ModelEngine } from "../../core/models.js";
import { loadSettings } from "../../core/settings.js";
import { createApiKey } from "../../db/queries/keys.js";
import { resumeRun, startRun } from "../../graphs/runner.js";
import { loadValue } from "../routes/evidence.js";
import { createTestApp, type TestApp } from "../test-support/app.js";

let t: TestApp;
const seen: string[] = [];
const runIds: string[] = [];

const JOB = "Comptable à Lyon (H/F). Exigé : maîtrise de Sage, 3 ans d'expérience en comptabilité.";
const cv = (id: string, text: string, selfDeclared?: Record<string, string>) => ({
  id,
  text,
  ...(selfDeclared ? { selfDeclared } : {}),
});

beforeAll(async () => {
  t = await createTestApp({ MAX_REVISIONS: "0" });
  // Every text the engine is given, chat or embedding: the declared categories must never be among them.
  const inner = t.deps.runs.engine;
  const spy: ModelEngine = {
    ...inner,
    chat: <T>(request: ChatRequest<T>) => {
      seen.push(JSON.stringify(request.messages));
      return inner.chat(request);
    },
    embed: (texts, sink) => {
      seen.push(...texts);
      return inner.embed(texts, sink);
    },
  };
  t.deps.runs.engine = spy;
  for (const cvs of [
    [
      cv(
        "a1",
        "Marie Durand, née le 3 mars 1990. Comptable depuis 2018, Sage, Excel. 12 rue de la Paix, Lyon.",
        {
          sex: "female",
          raceEthnicity: "asian",
        },
      ),
      cv("a2", "Jean Martin. Comptable de 2015 à 2024 chez Fiducial, Sage, liasses fiscales.", {
        sex: "male",
      }),
      cv("a3", "Fatima Benali, 41 ans. Vendeuse 2 ans. Permis B.", {
        sex: "female",
        raceEthnicity: "black_african_american",
      }),
      cv("a4", "Paul Roux. Assistant comptable 2020-2024, Sage."),
    ],
    [
      cv("b1", "Sophie Leroy. Comptable 2012-2024, Sage, clôtures mensuelles.", {
        sex: "female",
        raceEthnicity: "white",
      }),
      cv("b2", "Karim Haddad. Serveur 3 ans.", { sex: "male", raceEthnicity: "white" }),
    ],
  ]) {
    const run = await startRun(t.deps.runs, { workflow: "screening", input: { job: JOB, cvs } });
    runIds.push(run.runId);
  }
}, 300_000);
afterAll(() => t.close());

describe("bias audit from real screenings", () => {
  it("never gives the declared categories to the screener or a model, nor shows them to reviewers", async () => {
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen)
      expect(text).not.toMatch(/female|asian|black_african_american|selfDeclared|raceEthnicity/);
    const { key } = await createApiKey(t.handle.db, { name: "rev", role: "reviewer" }, t.deps.runs);
    const trace = await t.app.request(`/v1/runs/${runIds[0]}/trace`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(trace.status).toBe(200);
    expect(await trace.text()).not.toContain("selfDeclared");
    const run = await t.app.request(`/v1/runs/${runIds[0]}`, { headers: { authorization: `Bearer ${key}` } });
    expect(await run.text()).not.toContain("selfDeclared");
    (t as { reviewerKey?: string }).reviewerKey = key;
  });

  it("gives selection and scoring rates per declared category, with the sample-size and 2 % notes", async () => {
    const key = (t as { reviewerKey?: string }).reviewerKey ?? "";
    const auth = { headers: { authorization: `Bearer ${key}` } };
    const res = await t.app.request("/v1/audit/bias", auth);
    expect(res.status).toBe(200);
    const audit = (await res.json()) as {
      candidates: number;
      runs: number;
      unknown: { sex: number; raceEthnicity: number };
      rows: Array<{
        dimension: string;
        category: string;
        candidates: number;
        smallSample: boolean;
        adverse: boolean;
      }>;
      adverse: boolean;
    };
    expect(audit).toMatchObject({
      candidates: 6,
      runs: 2,
      unknown: { sex: 1, raceEthnicity: 2 },
      adverse: false,
    });
    const female = audit.rows.find((r) => r.dimension === "sex" && r.category === "female");
    expect(female).toMatchObject({ candidates: 3, smallSample: true, adverse: false });
    expect(audit.rows.some((r) => r.dimension === "intersection" && r.category === "male+white")).toBe(true);

    const page = await t.app.request("/ui/audit/bias", auth);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('<html lang="fr">');
    expect(body).toContain("Audit de biais (loi locale 144 de New York)");
    expect(body).toContain("moins de 2 %");
    expect(body).toContain("trop peu pour conclure (moins de 30)");
    expect(body).toContain("6 candidats dans 2 tris");
    expect(body).toContain("Femme × Asiatique");
    const en = await (await t.app.request("/ui/audit/bias?lang=en", auth)).text();
    expect(en).toContain("Bias audit (New York City Local Law 144)");
    expect(en).toContain("Female × Asian");
    const print = await (await t.app.request("/ui/audit/bias?print=1", auth)).text();
    expect(print).toContain('<body class="print">');

    // The page's export is for the deployer's file: in the reader's language (French by default).
    const pageCsv = await t.app.request("/ui/audit/bias.csv", auth);
    expect(pageCsv.headers.get("content-type")).toContain("text/csv");
    const pageLines = (await pageCsv.text()).trim().split("\n");
    expect(pageLines[0]).toContain("candidats 6 ; tris 2");
    expect(pageLines[1]).toMatch(/^Dimension,/);
    // The API's export is for programs: codes, not words.
    const csv = await t.app.request("/v1/audit/bias.csv", auth);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toContain("candidates 6; runs 2");
    expect(lines[1]).toMatch(/^dimension,category,candidates,/);
    expect(lines.some((l) => l.startsWith("sex,female,3,"))).toBe(true);
  });

  it("measures counterfactual consistency on the screenings still kept, and shows it", async () => {
    const { key } = await createApiKey(t.handle.db, { name: "eval", role: "evaluator" }, t.deps.runs);
    const auth = { headers: { authorization: `Bearer ${key}` } };
    expect(await (await t.app.request("/v1/audit/counterfactual", auth)).json()).toBeNull();
    const res = await t.app.request("/v1/audit/counterfactual?sample=5", { method: "POST", ...auth });
    expect(res.status).toBe(200);
    const cf = (await res.json()) as { runs: number; candidates: number; stable: number; share: number };
    expect(cf).toMatchObject({ runs: 2, candidates: 6 });
    expect(cf.share).toBeCloseTo(cf.stable / 6);
    const page = await (await t.app.request("/ui/audit/bias", auth)).text();
    expect(page).toMatch(/sur 6 \(\d+,\d %\) gardent leur rang, dans 2 tris/);
    // A reviewer reads it but cannot start one.
    const reviewer = (t as { reviewerKey?: string }).reviewerKey ?? "";
    const denied = await t.app.request("/v1/audit/counterfactual", {
      method: "POST",
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(denied.status).toBe(403);
  });
});

describe("evidence from real runs: explanation, documentation, value", () => {
  it("explains a candidate's screening in plain French, with who reviewed it (art. 86)", async () => {
    const reviewer = (t as { reviewerKey?: string }).reviewerKey ?? "";
    const auth = { headers: { authorization: `Bearer ${reviewer}` } };
    const runB = runIds[1] ?? "";
    // Waiting for a person first.
    const waiting = (await (
      await t.app.request(`/v1/runs/${runB}/candidates/b1/explanation`, auth)
    ).json()) as {
      review: { kind: string };
      candidates: number;
      removed: Record<string, number>;
    };
    expect(waiting).toMatchObject({ review: { kind: "waiting" }, candidates: 2 });
    await resumeRun(t.deps.runs, runB, {
      decision: "approve",
      reason: "Classement vérifié, CV relus.",
      reviewer: "Claire (k1)",
    });
    const res = await t.app.request(`/v1/runs/${runB}/candidates/b1/explanation`, auth);
    expect(res.status).toBe(200);
    const e = (await res.json()) as {
      review: { kind: string; reviewer: string };
      rank: number;
      rationale: string;
    };
    expect(e.review).toMatchObject({ kind: "decided", reviewer: "Claire (k1)" });
    expect(e.rationale.length).toBeGreaterThan(0);
    const page = await (await t.app.request(`/ui/runs/${runB}/candidates/b1`, auth)).text();
    expect(page).toContain("Explication de la décision : candidature b1");
    expect(page).toContain("Le rôle de l&#39;IA");
    expect(page).toContain("Décision de Claire (k1)");
    expect(page).toContain("proposition approuvée");
    expect(page).toContain("AI Act art. 86");
    expect((await t.app.request(`/v1/runs/${runB}/candidates/nobody/explanation`, auth)).status).toBe(404);
  });

  it("documents the live configuration: models, prompts, policy packs, retention, limits", async () => {
    const reviewer = (t as { reviewerKey?: string }).reviewerKey ?? "";
    const auth = { headers: { authorization: `Bearer ${reviewer}` } };
    const doc = (await (await t.app.request("/v1/documentation", auth)).json()) as {
      models: { provider: string };
      prompts: Array<{ name: string; inUse: number }>;
      policyPacks: Array<{ pack: string; version: string }>;
      retention: { logDays: number; candidateDays: number };
    };
    expect(doc.models.provider).toBe("offline");
    expect(doc.prompts.map((p) => p.name)).toContain("screener");
    expect(doc.policyPacks.map((p) => p.pack)).toEqual(expect.arrayContaining(["fr", "eu", "us"]));
    expect(doc.retention).toEqual({ logDays: 183, candidateDays: 30 });
    const page = await (await t.app.request("/ui/documentation", auth)).text();
    expect(page).toContain("Documentation technique");
    expect(page).toContain("conservé 183 jours");
    expect(page).toContain("Limites connues");
  });

  it("measures value per workflow from the runs, and the time saved once a baseline is set", async () => {
    const reviewer = (t as { reviewerKey?: string }).reviewerKey ?? "";
    const auth = { headers: { authorization: `Bearer ${reviewer}` } };
    const body = (await (await t.app.request("/v1/value", auth)).json()) as {
      workflows: Array<{
        workflow: string;
        runs: number;
        accepted: number;
        waiting: number;
        minutesSaved: number | null;
      }>;
    };
    const screening = body.workflows.find((w) => w.workflow === "screening");
    expect(screening).toMatchObject({ runs: 2, accepted: 1, waiting: 1, minutesSaved: null });
    const page = await (await t.app.request("/ui/value", auth)).text();
    expect(page).toContain("Valeur mesurée");
    expect(page).toContain("VALUE_BASELINE_MINUTES");
    // With a baseline the deployer sets (VALUE_BASELINE_MINUTES=screening=45, VALUE_REVIEW_MINUTES=5):
    // one screening accepted after review, 45 minutes of work replaced, 5 spent reviewing.
    const settings = loadSettings({ VALUE_BASELINE_MINUTES: "screening=45", VALUE_REVIEW_MINUTES: "5" });
    const rows = await loadValue({ db: t.handle.db, settings });
    expect(rows.find((r) => r.workflow === "screening")).toMatchObject({
      baselineMinutes: 45,
      minutesSaved: 40,
    });
    expect(() => loadSettings({ VALUE_BASELINE_MINUTES: "screening=lots" })).toThrow(
      /VALUE_BASELINE_MINUTES/,
    );
  });
});
