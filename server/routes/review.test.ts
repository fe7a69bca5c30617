import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../db/queries/keys.js";
import { createTestApp, postJson, type TestApp } from "../test-support/app.js";

// An age limit the offline writer keeps and the guards flag; with no rewrite allowed it waits for a person.
const AGE_BRIEF =
  "Recherchons serveur pour brasserie à Paris. Candidats de 25 à 35 ans uniquement. CDD de 6 mois.";

let t: TestApp;
const keys: Record<string, string> = {};
const auth = (role: string) => ({ authorization: `Bearer ${keys[role]}` });

async function waitingRun(): Promise<string> {
  const res = await postJson(
    t.app,
    "/v1/runs",
    { workflow: "ad_writing", input: { brief: AGE_BRIEF } },
    auth("app"),
  );
  const run = (await res.json()) as { runId: string; status: string };
  expect(run.status).toBe("needs_review");
  return run.runId;
}

beforeAll(async () => {
  t = await createTestApp({ MAX_REVISIONS: "0" });
  // Open until the first key exists.
  const open = await postJson(t.app, "/v1/runs", { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
  expect(open.status).toBe(200);
  for (const role of ["app", "reviewer", "evaluator", "admin"] as const) {
    const { key } = await createApiKey(t.handle.db, { name: `${role}-key`, role }, t.deps.runs);
    keys[role] = key;
  }
});
afterAll(() => t.close());

describe("access", () => {
  it("needs a key once one exists, except for health and the OpenAPI document", async () => {
    expect((await t.app.request("/v1/runs")).status).toBe(401);
    expect(
      (await postJson(t.app, "/v1/runs", { workflow: "ad_writing", input: { brief: "x" } })).status,
    ).toBe(401);
    expect((await t.app.request("/v1/review/queue")).status).toBe(401);
    const health = await t.app.request("/health");
    expect(health.status).toBe(200);
    expect(((await health.json()) as { auth: string }).auth).toBe("keys");
    expect((await t.app.request("/openapi.json")).status).toBe(200);
    const bad = await t.app.request("/v1/runs", { headers: { authorization: "Bearer gf_nope" } });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });

  it("accepts the key in x-api-key too", async () => {
    expect(
      (await t.app.request("/v1/review/queue", { headers: { "x-api-key": keys.reviewer ?? "" } })).status,
    ).toBe(200);
  });

  it("checks the role each endpoint needs", async () => {
    expect((await t.app.request("/v1/review/queue", { headers: auth("app") })).status).toBe(403);
    expect((await t.app.request("/v1/review/queue", { headers: auth("evaluator") })).status).toBe(403);
    expect((await t.app.request("/v1/review/queue", { headers: auth("admin") })).status).toBe(200);
    expect(
      (
        await postJson(
          t.app,
          "/v1/runs",
          { workflow: "ad_writing", input: { brief: AGE_BRIEF } },
          auth("reviewer"),
        )
      ).status,
    ).toBe(403);
    expect((await t.app.request("/v1/runs", { headers: auth("app") })).status).toBe(403);
    expect((await t.app.request("/v1/runs", { headers: auth("evaluator") })).status).toBe(200);
    expect((await t.app.request("/v1/keys", { headers: auth("reviewer") })).status).toBe(403);
    expect((await t.app.request("/v1/audit", { headers: auth("app") })).status).toBe(403);
    expect((await t.app.request("/v1/dashboard", { headers: auth("evaluator") })).status).toBe(200);
    const forbidden = await t.app.request("/v1/keys", { headers: auth("app") });
    expect(((await forbidden.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  });

  it("lets an app key read its own runs only", async () => {
    const mine = await waitingRun();
    expect((await t.app.request(`/v1/runs/${mine}`, { headers: auth("app") })).status).toBe(200);
    const { key: other } = await createApiKey(t.handle.db, { name: "other-app", role: "app" }, t.deps.runs);
    expect(
      (await t.app.request(`/v1/runs/${mine}`, { headers: { authorization: `Bearer ${other}` } })).status,
    ).toBe(404);
    expect((await t.app.request(`/v1/runs/${mine}/trace`, { headers: auth("app") })).status).toBe(403);
  });
});

describe("review", () => {
  it("lists the waiting runs with what they were flagged for", async () => {
    const runId = await waitingRun();
    const res = await t.app.request("/v1/review/queue?limit=50", { headers: auth("reviewer") });
    const body = (await res.json()) as {
      items: Array<{ runId: string; rules: string[]; criteria: string[] }>;
      total: number;
    };
    const item = body.items.find((i) => i.runId === runId);
    expect(item?.rules).toContain("AD-04");
    expect(item?.criteria).toContain("age");
    expect(body.total).toBeGreaterThanOrEqual(1);
  });

  it("validates a decision: reason required, editedOutput for edit_approve", async () => {
    const runId = await waitingRun();
    const url = `/v1/review/${runId}/decision`;
    const noReason = await postJson(t.app, url, { decision: "approve", reason: " " }, auth("reviewer"));
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as { error: { message: string } }).error.message).toContain(
      "body.reason",
    );
    const noEdit = await postJson(
      t.app,
      url,
      { decision: "edit_approve", reason: "fixed" },
      auth("reviewer"),
    );
    expect(noEdit.status).toBe(400);
    expect(((await noEdit.json()) as { error: { message: string } }).error.message).toContain(
      "body.editedOutput",
    );
    expect((await postJson(t.app, url, { decision: "maybe", reason: "x" }, auth("reviewer"))).status).toBe(
      400,
    );
    expect(
      (
        await postJson(
          t.app,
          "/v1/review/nope/decision",
          { decision: "reject", reason: "x" },
          auth("reviewer"),
        )
      ).status,
    ).toBe(404);
  });

  it("rejects: the run resumes to blocked and the audit log says who, what and why", async () => {
    const runId = await waitingRun();
    const res = await postJson(
      t.app,
      `/v1/review/${runId}/decision`,
      { decision: "reject", reason: "limite d'âge illégale" },
      auth("reviewer"),
    );
    expect(res.status).toBe(200);
    const outcome = (await res.json()) as {
      decisionId: string;
      after: { status: string };
      disagreesWithGuards: boolean;
      regressionCase: string | null;
    };
    expect(outcome.after.status).toBe("blocked");
    expect(outcome.disagreesWithGuards).toBe(false);
    expect(outcome.regressionCase).toBeNull();
    const run = (await (await t.app.request(`/v1/runs/${runId}`, { headers: auth("reviewer") })).json()) as {
      status: string;
    };
    expect(run.status).toBe("blocked");
    const again = await postJson(
      t.app,
      `/v1/review/${runId}/decision`,
      { decision: "approve", reason: "changed my mind" },
      auth("reviewer"),
    );
    expect(again.status).toBe(409);
    const audit = (await (
      await t.app.request(`/v1/audit?runId=${runId}`, { headers: auth("reviewer") })
    ).json()) as {
      items: Array<{
        actor: string;
        action: string;
        details: { reason: string; before: { status: string }; after: { status: string } };
      }>;
    };
    const entry = audit.items.find((a) => a.action === "review.reject");
    expect(entry?.actor).toMatch(/^reviewer-key \(/);
    expect(entry?.details.reason).toBe("limite d'âge illégale");
    expect(entry?.details.before.status).toBe("needs_review");
    expect(entry?.details.after.status).toBe("blocked");
    expect(
      (
        await t.app.request(`/v1/review/decisions/${outcome.decisionId}/regression-case`, {
          headers: auth("reviewer"),
        })
      ).status,
    ).toBe(409);
  });

  it("refuses an edit the guards would block", async () => {
    const runId = await waitingRun();
    const edited = { title: "Serveur", text: "Poste réservé aux candidats de 25 à 35 ans." };
    const res = await postJson(
      t.app,
      `/v1/review/${runId}/decision`,
      { decision: "edit_approve", reason: "ok", editedOutput: edited },
      auth("reviewer"),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("AD-04");
    const run = (await (await t.app.request(`/v1/runs/${runId}`, { headers: auth("reviewer") })).json()) as {
      status: string;
    };
    expect(run.status).toBe("needs_review");
  });

  it("refuses an edit that would release a mask in place of personal data, naming the field", async () => {
    const runId = await waitingRun();
    const edited = { title: "Serveur (H/F)", text: "Contact : [EMAIL]•••••••••••••• pour postuler." };
    const res = await postJson(
      t.app,
      `/v1/review/${runId}/decision`,
      { decision: "edit_approve", reason: "ok", editedOutput: edited },
      auth("reviewer"),
    );
    expect(res.status).toBe(400);
    const message = ((await res.json()) as { error: { message: string } }).error.message;
    expect(message).toContain("editedOutput.text");
    expect(message).toContain("mask");
    const run = (await (await t.app.request(`/v1/runs/${runId}`, { headers: auth("reviewer") })).json()) as {
      status: string;
    };
    expect(run.status).toBe("needs_review");
  });

  it("edits and approves: the edit is released, the change audited, and the disagreement exportable", async () => {
    const runId = await waitingRun();
    const edited = {
      title: "Serveur (H/F)",
      text: "Brasserie parisienne recrute un serveur (H/F) en CDD de 6 mois.",
    };
    const res = await postJson(
      t.app,
      `/v1/review/${runId}/decision`,
      { decision: "edit_approve", reason: "âge retiré", editedOutput: edited },
      auth("reviewer"),
    );
    expect(res.status).toBe(200);
    const outcome = (await res.json()) as {
      decisionId: string;
      after: { status: string };
      changes: Array<{ field: string }>;
      regressionCase: string;
    };
    expect(outcome.after.status).toBe("released");
    expect(outcome.changes.map((c) => c.field)).toContain("text");
    const run = (await (await t.app.request(`/v1/runs/${runId}`, { headers: auth("reviewer") })).json()) as {
      output: { text: string; disclosure: unknown };
    };
    expect(run.output.text).toBe(edited.text);
    expect(run.output.disclosure).toBeDefined();
    const file = await t.app.request(outcome.regressionCase, { headers: auth("reviewer") });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("yaml");
    const yaml = await file.text();
    expect(yaml).toContain("target: guard");
    expect(yaml).toContain(`runId: ${runId}`);
    expect(yaml).toContain("value: pass");
    const { parse } = await import("yaml");
    const { SuiteFile, EvalCase } = await import("../../evals/runner/suite-schema.js");
    const suite = SuiteFile.parse(parse(yaml));
    for (const c of suite.cases) expect(EvalCase.safeParse(c).success).toBe(true);
  });
});

describe("runs list and trace", () => {
  it("filters and pages", async () => {
    const h = auth("reviewer");
    const all = (await (await t.app.request("/v1/runs?limit=2", { headers: h })).json()) as {
      items: unknown[];
      total: number;
      limit: number;
    };
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThan(2);
    const page2 = (await (await t.app.request("/v1/runs?limit=2&offset=2", { headers: h })).json()) as {
      items: Array<{ runId: string }>;
      offset: number;
    };
    expect(page2.offset).toBe(2);
    const waiting = (await (
      await t.app.request("/v1/runs?status=needs_review&limit=100", { headers: h })
    ).json()) as { items: Array<{ status: string }> };
    expect(waiting.items.every((r) => r.status === "needs_review")).toBe(true);
    const both = (await (
      await t.app.request("/v1/runs?status=blocked,released&limit=100", { headers: h })
    ).json()) as { items: Array<{ status: string }> };
    expect(both.items.length).toBeGreaterThan(0);
    expect(both.items.every((r) => ["blocked", "released"].includes(r.status))).toBe(true);
    const byCriterion = (await (
      await t.app.request("/v1/runs?criterion=age&guard=discrimination&workflow=ad_writing", { headers: h })
    ).json()) as { total: number };
    expect(byCriterion.total).toBeGreaterThan(0);
    const none = (await (await t.app.request("/v1/runs?criterion=religion", { headers: h })).json()) as {
      total: number;
    };
    expect(none.total).toBe(0);
    const dated = (await (await t.app.request("/v1/runs?from=2030-01-01", { headers: h })).json()) as {
      total: number;
    };
    expect(dated.total).toBe(0);
    expect((await t.app.request("/v1/runs?status=sleeping", { headers: h })).status).toBe(400);
    expect((await t.app.request("/v1/runs?limit=1000", { headers: h })).status).toBe(400);
  });

  it("returns the trace as a tree with model calls and findings, personal data masked", async () => {
    const brief =
      "Recherchons serveur à Paris, 25 à 35 ans. Contact : jean.dupont@example.fr ou 06 12 34 56 78.";
    const res = await postJson(t.app, "/v1/runs", { workflow: "ad_writing", input: { brief } }, auth("app"));
    const { runId } = (await res.json()) as { runId: string };
    const trace = (await (
      await t.app.request(`/v1/runs/${runId}/trace`, { headers: auth("reviewer") })
    ).json()) as {
      run: { input: { brief: string } };
      steps: Array<{
        kind: string;
        children: Array<{ kind: string; modelCall: unknown; children: Array<{ kind: string }> }>;
      }>;
      drafts: Array<{ revision: number; texts: Array<{ text: string }> }>;
      findings: Array<{ rule: string; legalBasis: string[]; start: number; end: number; revision: number }>;
    };
    expect(JSON.stringify(trace)).not.toContain("jean.dupont@example.fr");
    expect(JSON.stringify(trace)).not.toContain("06 12 34 56 78");
    expect(trace.run.input.brief).toContain("[EMAIL]");
    expect(trace.run.input.brief).toHaveLength(brief.length);
    const root = trace.steps[0];
    expect(root?.kind).toBe("graph");
    const kinds = root?.children.map((c) => c.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(["agent", "guard"]));
    const age = trace.findings.find((f) => f.rule === "AD-04");
    expect(age?.legalBasis.length).toBeGreaterThan(0);
    const draft = trace.drafts.find((d) => d.revision === age?.revision);
    expect(draft?.texts[0]?.text.slice(age?.start, age?.end)).toMatch(/\d/);
  });
});

describe("dashboard", () => {
  it("counts verdicts and agreement", async () => {
    const res = await t.app.request("/v1/dashboard", { headers: auth("reviewer") });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      runs: number;
      verdictsPerDay: unknown[];
      agreement: { decisions: number };
      flagRates: Array<{ guard: string }>;
    };
    expect(body.runs).toBeGreaterThan(0);
    expect(body.verdictsPerDay.length).toBeGreaterThan(0);
    expect(body.agreement.decisions).toBeGreaterThanOrEqual(2);
    expect(body.flagRates.map((f) => f.guard)).toContain("discrimination");
  });
});

describe("OpenAPI", () => {
  it("documents every reviewer route and the key scheme", async () => {
    const doc = (await (await t.app.request("/openapi.json")).json()) as {
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/v1/runs",
        "/v1/runs/{id}/trace",
        "/v1/review/queue",
        "/v1/review/{runId}/decision",
        "/v1/review/decisions/{id}/regression-case",
        "/v1/audit",
        "/v1/dashboard",
        "/v1/keys",
        "/v1/keys/{id}/revoke",
      ]),
    );
    expect(doc.components.securitySchemes.apiKey).toBeDefined();
  });
});

describe("keys API", () => {
  it("lets an admin create, list and revoke keys; a revoked key stops working", async () => {
    const res = await postJson(t.app, "/v1/keys", { name: "temp", role: "reviewer" }, auth("admin"));
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; key: string };
    expect(created.key).toMatch(/^gf_[A-Za-z0-9_-]{43}$/);
    expect(
      (await t.app.request("/v1/review/queue", { headers: { authorization: `Bearer ${created.key}` } }))
        .status,
    ).toBe(200);
    const list = (await (await t.app.request("/v1/keys", { headers: auth("admin") })).json()) as {
      items: Array<Record<string, unknown>>;
    };
    expect(JSON.stringify(list)).not.toContain(created.key);
    const listed = list.items.find((k) => k.id === created.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect((await postJson(t.app, `/v1/keys/${created.id}/revoke`, {}, auth("admin"))).status).toBe(200);
    expect(
      (await t.app.request("/v1/review/queue", { headers: { authorization: `Bearer ${created.key}` } }))
        .status,
    ).toBe(401);
  });
});
