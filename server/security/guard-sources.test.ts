// POST /v1/guard's sources (what the hallucination guard compares the text with) are bounded in count, in
// length each and in total; each refusal is a 400 naming the field, never a slow answer or a 5xx.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GUARD_SOURCE_LIMITS } from "../schemas.js";
import { createTestApp, postJson, type TestApp } from "../test-support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const refusal = async (res: Response) => {
  expect(res.status).toBe(400);
  return ((await res.json()) as { error: { message: string; details?: { field?: string } } }).error;
};

describe("POST /v1/guard sources", () => {
  const text = "Claire a cinq ans d'expérience en vente.";

  it("accepts sources within the limits", async () => {
    const res = await postJson(t.app, "/v1/guard", { text, sources: ["Claire, vendeuse, cinq ans."] });
    expect(res.status).toBe(200);
  });

  it("refuses too many sources, naming the field", async () => {
    const sources = Array.from({ length: GUARD_SOURCE_LIMITS.count + 1 }, () => "source");
    const error = await refusal(await postJson(t.app, "/v1/guard", { text, sources }));
    expect(error.message).toMatch(/sources/);
    expect(error.message).toMatch(/at most 20 sources/);
  });

  it("refuses one source too long, naming which", async () => {
    const sources = ["court", "a ".repeat(GUARD_SOURCE_LIMITS.charsEach)];
    const error = await refusal(await postJson(t.app, "/v1/guard", { text, sources }));
    expect(error.message).toMatch(/sources\.1/);
    expect(error.message).toMatch(/20,000 characters per source/);
  });

  it("refuses sources too long together", async () => {
    const sources = Array.from({ length: 6 }, () => "b".repeat(GUARD_SOURCE_LIMITS.charsEach));
    const error = await refusal(await postJson(t.app, "/v1/guard", { text, sources }));
    expect(error.message).toMatch(/sources/);
    expect(error.message).toMatch(/100,000 characters in all sources together/);
  });
});
