import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/contract.js";
import { contextFor } from "../test-support/context.js";
import { evaluateAssertion } from "./registry.js";
import { Assertion } from "./schema.js";
import { rougeL, tokenCosine } from "./similarity.js";

const check = (raw: unknown, ctx: ReturnType<typeof contextFor>) =>
  evaluateAssertion(Assertion.parse(raw), ctx);

const finding = (criteria: Finding["criteria"], guard: Finding["guard"] = "discrimination"): Finding => ({
  guard,
  rule: "AD-04",
  criteria,
  severity: "block",
  start: 0,
  end: 1,
  evidence: "x",
  legalBasis: [],
});

describe("text assertions", () => {
  const ad = contextFor({ text: "Vendeur / Vendeuse (H/F) à Lyon, CDI." });
  it("contains passes when every value is present and fails naming the missing one", async () => {
    expect((await check({ type: "contains", value: ["Lyon", "CDI"] }, ad)).status).toBe("pass");
    const out = await check({ type: "contains", value: ["Lyon", "Paris"] }, ad);
    expect(out).toMatchObject({ status: "fail", message: 'missing "Paris"' });
  });
  it("contains honours ignoreCase", async () => {
    expect((await check({ type: "contains", value: "lyon" }, ad)).status).toBe("fail");
    expect((await check({ type: "contains", value: "lyon", ignoreCase: true }, ad)).status).toBe("pass");
  });
  it("not-contains fails naming the forbidden value found", async () => {
    expect((await check({ type: "not-contains", value: ["jeune", "homme"] }, ad)).status).toBe("pass");
    const out = await check({ type: "not-contains", value: ["jeune", "CDI"] }, ad);
    expect(out).toMatchObject({ status: "fail", message: 'contains forbidden "CDI"' });
  });
  it("regex matches, fails, and negates", async () => {
    expect((await check({ type: "regex", pattern: "\\(H/F\\)" }, ad)).status).toBe("pass");
    expect((await check({ type: "regex", pattern: "^Serveur" }, ad)).status).toBe("fail");
    expect((await check({ type: "regex", pattern: "\\d{2}-\\d{2} ans", negate: true }, ad)).status).toBe(
      "pass",
    );
    expect((await check({ type: "regex", pattern: "lyon", flags: "i", negate: true }, ad)).status).toBe(
      "fail",
    );
  });
  it("an invalid regex is rejected when the suite is read", () => {
    expect(Assertion.safeParse({ type: "regex", pattern: "(" }).success).toBe(false);
  });
});

describe("verdict and criteria", () => {
  const blocked = contextFor({
    text: "t",
    verdict: "block",
    status: "blocked",
    findings: [finding(["age"])],
  });
  it("verdict accepts one of several values and checks the run status", async () => {
    expect((await check({ type: "verdict", value: ["review", "block"] }, blocked)).status).toBe("pass");
    expect((await check({ type: "verdict", value: "pass" }, blocked)).message).toContain(
      "verdict block, expected pass",
    );
    expect((await check({ type: "verdict", status: "released" }, blocked)).status).toBe("fail");
    expect((await check({ type: "verdict", status: ["blocked"] }, blocked)).status).toBe("pass");
  });
  it("criteria includes, excludes, none and guard filter", async () => {
    expect((await check({ type: "criteria", includes: ["age"] }, blocked)).status).toBe("pass");
    expect((await check({ type: "criteria", includes: ["age", "sex"] }, blocked)).message).toContain(
      "missing criteria sex",
    );
    expect((await check({ type: "criteria", excludes: ["age"] }, blocked)).status).toBe("fail");
    expect((await check({ type: "criteria", none: true }, blocked)).status).toBe("fail");
    expect((await check({ type: "criteria", none: true }, contextFor({ findings: [] }))).status).toBe("pass");
    expect((await check({ type: "criteria", includes: ["age"], guard: "pii" }, blocked)).status).toBe("fail");
  });
});

describe("json-schema", () => {
  const schema = {
    type: "object",
    properties: { score: { type: "number", minimum: 0, maximum: 1 } },
    required: ["score"],
  };
  it("reads structured data, or the text as JSON", async () => {
    expect((await check({ type: "json-schema", schema }, contextFor({ data: { score: 0.4 } }))).status).toBe(
      "pass",
    );
    expect(
      (await check({ type: "json-schema", schema }, contextFor({ text: '{"score": 0.9}' }))).status,
    ).toBe("pass");
  });
  it("fails on a wrong shape and on text that is not JSON", async () => {
    const wrong = await check({ type: "json-schema", schema }, contextFor({ data: { score: 3 } }));
    expect(wrong).toMatchObject({ status: "fail" });
    expect(wrong.message).toContain("score");
    expect((await check({ type: "json-schema", schema }, contextFor({ text: "not json" }))).message).toBe(
      "output is not JSON",
    );
  });
});

describe("threshold", () => {
  const ctx = contextFor({
    text: "abc",
    data: {
      ranking: [
        { id: "cv-a", score: 0.8 },
        { id: "cv-b", score: 0.2 },
      ],
    },
  });
  it("reads measures and data paths, with [key=value] selectors", async () => {
    expect((await check({ type: "threshold", metric: "latencyMs", max: 200 }, ctx)).status).toBe("pass");
    expect((await check({ type: "threshold", metric: "latencyMs", max: 100 }, ctx)).status).toBe("fail");
    expect(
      (await check({ type: "threshold", metric: "data.ranking.[id=cv-a].score", min: 0.7 }, ctx)).status,
    ).toBe("pass");
    expect((await check({ type: "threshold", metric: "data.ranking.1.score", min: 0.5 }, ctx)).status).toBe(
      "fail",
    );
  });
  it("fails when the metric is absent instead of passing", async () => {
    const out = await check({ type: "threshold", metric: "data.nothing", min: 0 }, ctx);
    expect(out).toMatchObject({ status: "fail", message: "data.nothing is absent" });
  });
});

describe("similarity", () => {
  it("scores identical texts 1 and unrelated texts 0", () => {
    expect(rougeL("le chat dort", "le chat dort")).toBe(1);
    expect(tokenCosine("un deux", "trois quatre")).toBe(0);
    expect(rougeL("dort chat le", "le chat dort")).toBeLessThan(1);
    expect(tokenCosine("dort chat le", "le chat dort")).toBeCloseTo(1);
  });
  it("passes above the minimum and fails below", async () => {
    const ctx = contextFor({ text: "Développeuse Java chez Acme de 2019 à 2023" });
    const reference = "Développeuse Java chez Acme (2019-2023)";
    expect((await check({ type: "similarity", reference, min: 0.6 }, ctx)).status).toBe("pass");
    expect(
      (await check({ type: "similarity", reference: "Chef de cuisine à Nice", min: 0.5 }, ctx)).status,
    ).toBe("fail");
  });
});

describe("invariance", () => {
  const scoreOf = (text: string) => (text.includes("Diallo") ? 0.5 : 0.8);
  const ctx = contextFor(
    { text: "Marie Dupont", data: { score: 0.8 } },
    {
      rerun: async (replacements) => {
        const text = Object.entries(replacements).reduce((t, [a, b]) => t.split(a).join(b), "Marie Dupont");
        return { text, data: { score: scoreOf(text) } };
      },
    },
  );
  it("passes when every variant stays within the tolerance", async () => {
    const out = await check(
      {
        type: "invariance",
        metric: "data.score",
        tolerance: 0.05,
        variants: [{ replace: { Marie: "Julie" } }],
      },
      ctx,
    );
    expect(out.status).toBe("pass");
  });
  it("fails when a swapped name moves the score, naming the variant", async () => {
    const out = await check(
      {
        type: "invariance",
        metric: "data.score",
        tolerance: 0.05,
        variants: [{ label: "Diallo", replace: { "Marie Dupont": "Mamadou Diallo" } }],
      },
      ctx,
    );
    expect(out.status).toBe("fail");
    expect(out.message).toContain("Diallo 0.5");
    expect(out.score).toBeCloseTo(0.3);
  });
});

describe("judge-rubric", () => {
  const raw = { type: "judge-rubric", rubric: "Names the missions.", min: 0.7 };
  it("passes or fails on the grade", async () => {
    expect(
      (await check(raw, contextFor({ text: "x" }, { grade: { score: 0.9, reason: "ok" } }))).status,
    ).toBe("pass");
    expect(
      (await check(raw, contextFor({ text: "x" }, { grade: { score: 0.3, reason: "vague" } }))).status,
    ).toBe("fail");
  });
  it("is skipped, never passed, without a grade", async () => {
    const out = await check(raw, contextFor({ text: "x" }, { grade: { skipped: "no recorded grade" } }));
    expect(out).toMatchObject({ status: "skipped", message: "judge skipped: no recorded grade" });
  });
});

describe("a handler that throws", () => {
  it("yields an error outcome", async () => {
    const ctx = contextFor({ text: "x" }, { rerun: async () => Promise.reject(new Error("graph exploded")) });
    const out = await check(
      { type: "invariance", metric: "length", tolerance: 0, variants: [{ replace: { x: "y" } }] },
      ctx,
    );
    expect(out).toMatchObject({ status: "error" });
    expect(out.message).toContain("graph exploded");
  });
});
