import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, postJson, type TestApp } from "./test-support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("HTTP API", () => {
  it("reports health with the offline engine", async () => {
    const res = await t.app.request("/health");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; engine: { offline: boolean }; database: string };
    expect(body).toMatchObject({ status: "ok", database: "pglite", engine: { offline: true } });
  });

  it("runs ad writing, releases with the disclosure, and reads the run back with its steps", async () => {
    const res = await postJson(t.app, "/v1/runs", {
      workflow: "ad_writing",
      input: { brief: "Nous recrutons un électricien à Rennes, CDI. Habilitation électrique exigée." },
    });
    expect(res.status).toBe(200);
    const run = (await res.json()) as {
      runId: string;
      status: string;
      output: { text: string; disclosure: { text: string } };
    };
    expect(run.status).toBe("released");
    expect(run.output.disclosure.text).toContain("IA");
    const read = await t.app.request(`/v1/runs/${run.runId}`);
    expect(read.status).toBe(200);
    const detail = (await read.json()) as {
      status: string;
      steps: Array<{ kind: string }>;
      modelCalls: unknown[];
    };
    expect(detail.status).toBe("released");
    expect(detail.steps.length).toBeGreaterThanOrEqual(4);
    expect(detail.modelCalls.length).toBeGreaterThanOrEqual(1);
  });

  it("never releases an age limit", async () => {
    const res = await postJson(t.app, "/v1/runs", {
      workflow: "ad_writing",
      input: {
        brief:
          "Recherchons serveur pour brasserie à Paris. Candidats de 25 à 35 ans uniquement. CDD de 6 mois.",
      },
    });
    const run = (await res.json()) as { status: string; output?: { text: string } };
    if (run.status === "released") expect(run.output?.text).not.toMatch(/25\s*à\s*35/);
    else expect(run.output).toBeUndefined();
  });

  it("answers 400 naming the field for invalid input, without a stack trace", async () => {
    const missing = await postJson(t.app, "/v1/runs", { workflow: "ad_writing" });
    expect(missing.status).toBe(400);
    const body = (await missing.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toContain("body.input");
    const badWorkflow = await postJson(t.app, "/v1/runs", { workflow: "hiring", input: {} });
    expect(((await badWorkflow.json()) as { error: { message: string } }).error.message).toContain(
      "body.workflow",
    );
    const emptyBrief = await postJson(t.app, "/v1/runs", { workflow: "ad_writing", input: { brief: "  " } });
    expect(emptyBrief.status).toBe(400);
    expect(((await emptyBrief.json()) as { error: { message: string } }).error.message).toContain(
      "input.brief",
    );
    const malformed = await postJson(t.app, "/v1/runs", "{not json");
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it("answers 404 for an unknown run and an unknown route", async () => {
    expect((await t.app.request("/v1/runs/nope")).status).toBe(404);
    expect((await t.app.request("/v2/other")).status).toBe(404);
  });

  it("serves the OpenAPI document with the runs and guard paths", async () => {
    const doc = (await (await t.app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/v1/runs", "/v1/runs/{id}", "/v1/guard", "/health"]),
    );
  });

  it("checks a text through POST /v1/guard", async () => {
    const res = await postJson(t.app, "/v1/guard", {
      id: "a1",
      text: "Poste réservé aux candidats de 25 à 35 ans.",
      kind: "job_ad",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      id: string;
      verdict: string;
      findings: Array<{ criteria: string[] }>;
    };
    expect(body.id).toBe("a1");
    expect(body.verdict).not.toBe("pass");
    expect(body.findings.some((f) => f.criteria.includes("age"))).toBe(true);
  });
});
