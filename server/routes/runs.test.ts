// Idempotency-Key on POST /v1/runs: a retried request never starts a second run nor stores its
// embeddings twice; a key reused for another request is refused.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddings, runs } from "../../db/schema.js";
import { createTestApp, postJson, type TestApp } from "../test-support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SCREENING = {
  workflow: "screening",
  input: {
    job: "Développeur Java à Nantes, CDI. Spring Boot, SQL, Git.",
    cvs: [
      { id: "c1", text: "Développeuse Java depuis 5 ans, Spring Boot, PostgreSQL, Git." },
      { id: "c2", text: "Boulanger depuis 10 ans, pétrissage, fournil." },
    ],
  },
};

const runCount = async () => Number((await t.handle.db.select({ n: count() }).from(runs))[0]?.n);
const embeddingCount = async (runId: string) =>
  Number(
    (await t.handle.db.select({ n: count() }).from(embeddings).where(eq(embeddings.runId, runId)))[0]?.n,
  );

describe("POST /v1/runs with an Idempotency-Key", () => {
  it("gives back the same run for the same key and body, without new embeddings", async () => {
    const first = await postJson(t.app, "/v1/runs", SCREENING, { "idempotency-key": "retry-1" });
    expect(first.status).toBe(200);
    const a = (await first.json()) as { runId: string; status: string };
    const runsAfterFirst = await runCount();
    const stored = await embeddingCount(a.runId);
    expect(stored).toBe(3);
    // The same body with its keys in another order is the same request.
    const again = await postJson(
      t.app,
      "/v1/runs",
      { input: { cvs: SCREENING.input.cvs, job: SCREENING.input.job }, workflow: "screening" },
      { "idempotency-key": "retry-1" },
    );
    expect(again.status).toBe(200);
    const b = (await again.json()) as { runId: string; status: string };
    expect(b).toMatchObject({ runId: a.runId, status: a.status });
    expect(await runCount()).toBe(runsAfterFirst);
    expect(await embeddingCount(a.runId)).toBe(stored);
  });

  it("refuses the same key with another body, naming the header", async () => {
    await postJson(t.app, "/v1/runs", SCREENING, { "idempotency-key": "retry-2" });
    const before = await runCount();
    const other = await postJson(
      t.app,
      "/v1/runs",
      { ...SCREENING, input: { ...SCREENING.input, job: "Comptable à Lyon, CDI." } },
      { "idempotency-key": "retry-2" },
    );
    expect(other.status).toBe(409);
    expect(JSON.stringify(await other.json())).toContain("Idempotency-Key");
    expect(await runCount()).toBe(before);
  });

  it("starts a new run for each request without a key", async () => {
    const before = await runCount();
    const one = (await (await postJson(t.app, "/v1/runs", SCREENING)).json()) as { runId: string };
    const two = (await (await postJson(t.app, "/v1/runs", SCREENING)).json()) as { runId: string };
    expect(one.runId).not.toBe(two.runId);
    expect(await runCount()).toBe(before + 2);
  });
});
