// Point 5 (the HTTP side) of the security issue, tried as an attacker would: bodies too large, nested too
// deep, texts too long, null bytes and lone surrogates, malformed paths. Every one is a 4xx naming what is
// wrong, none a 5xx, and a waiting run stays waiting with nothing lost.
import { request as httpRequest } from "node:http";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../core/settings.js";
import { auditLog, runs } from "../../db/schema.js";
import { openRuntime, type Runtime } from "../../runtime/index.js";
import { startServer } from "../main.js";
import { checkValue, textProblem } from "../middleware/input-limits.js";
import { createTestApp, postJson, type TestApp } from "../test-support/app.js";

const AGE_BRIEF =
  "Recherchons serveur pour brasserie à Paris. Candidats de 25 à 35 ans uniquement. CDD de 6 mois.";

interface ErrorAnswer {
  error: { code: string; message: string; details?: { field?: string } };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ MAX_REVISIONS: "0", MAX_BODY_BYTES: "1048576" });
});
afterAll(() => t.close());

async function expectRefusal(res: Response, status: number, field: string, message: RegExp) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as ErrorAnswer;
  expect(body.error.code).toBe("invalid_input");
  expect(body.error.message).toMatch(message);
  if (status === 400) expect(body.error.details?.field).toBe(field);
}

const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("request bodies", () => {
  it("refuses a body over the limit with 413, naming the limit", async () => {
    const res = await postJson(t.app, "/v1/guard", { text: "x".repeat(1_100_000) });
    await expectRefusal(res, 413, "", /1,048,576 bytes \(MAX_BODY_BYTES\)/);
  });

  it("refuses a null byte in one CV with 400 naming the field, and stores nothing", async () => {
    const before = (await t.handle.db.select().from(runs)).length;
    const res = await postJson(t.app, "/v1/runs", {
      workflow: "screening",
      input: {
        job: "Développeur TypeScript à Lyon",
        cvs: [
          { id: "a", text: "Claire, TypeScript, 5 ans" },
          { id: "b", text: "Paul\u0000 TypeScript" },
        ],
      },
    });
    await expectRefusal(res, 400, "body.input.cvs.1.text", /null byte/);
    expect((await t.handle.db.select().from(runs)).length).toBe(before);
  });

  it("refuses a lone surrogate, in a value or in a field name", async () => {
    const value = await postJson(t.app, "/v1/guard", { text: "Candidats \ud800 jeunes" });
    await expectRefusal(value, 400, "body.text", /lone surrogate \(U\+D800\)/);
    const key = await postJson(t.app, "/v1/guard", `{"text":"ok","\\udc00":1}`);
    await expectRefusal(key, 400, "body", /field name contains a lone surrogate/);
  });

  it("refuses a text longer than the endpoint accepts", async () => {
    const res = await postJson(t.app, "/v1/runs", {
      workflow: "summary",
      input: { sources: ["a".repeat(50_001)] },
    });
    await expectRefusal(res, 400, "body.input.sources.0", /50,001 characters long; .* at most 50,000/);
  });

  it("refuses nesting deeper than the limit", async () => {
    const res = await postJson(t.app, "/v1/runs", `{"workflow":"summary","input":${deep(40)}}`);
    await expectRefusal(res, 400, "body.input.a.a", /nested deeper than 32 levels/);
  });

  it("answers malformed JSON with 400", async () => {
    const res = await postJson(t.app, "/v1/guard", '{"text": "x"');
    await expectRefusal(res, 400, "body", /not valid JSON/);
  });

  it("refuses null bytes and broken encodings in paths and query strings", async () => {
    await expectRefusal(await t.app.request("/v1/runs/abc%00def"), 400, "path", /null byte/);
    await expectRefusal(await t.app.request("/v1/runs/%E0%A4%A"), 400, "path", /percent-encoded/);
    await expectRefusal(await t.app.request("/v1/runs?workflow=%00"), 400, "query.workflow", /null byte/);
  });

  it("refuses a null byte in a page's form", async () => {
    const res = await t.app.request("/ui/runs/x/decision", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
      body: "decision=approve&reason=ok%00",
    });
    await expectRefusal(res, 400, "form.reason", /null byte/);
  });
});

describe("a 100,000-deep corrected output", () => {
  it("is a 400, and the run it was meant for still waits with its audit intact", async () => {
    const started = await postJson(t.app, "/v1/runs", {
      workflow: "ad_writing",
      input: { brief: AGE_BRIEF },
    });
    const { runId, status } = (await started.json()) as { runId: string; status: string };
    expect(status).toBe("needs_review");
    const auditBefore = (await t.handle.db.select().from(auditLog)).length;
    const res = await postJson(
      t.app,
      `/v1/review/${runId}/decision`,
      `{"decision":"edit_approve","reason":"corrigé","editedOutput":${deep(100_000)}}`,
    );
    await expectRefusal(res, 400, "body.editedOutput.a.a", /nested deeper/);
    const run = (await (await t.app.request(`/v1/runs/${runId}`)).json()) as { status: string };
    expect(run.status).toBe("needs_review");
    expect((await t.handle.db.select().from(auditLog)).length).toBe(auditBefore);
    // And a proper decision still goes through afterwards.
    const ok = await postJson(t.app, `/v1/review/${runId}/decision`, { decision: "reject", reason: "âge" });
    expect(ok.status).toBe(200);
  });
});

describe("the checks themselves", () => {
  it("find the first problem in linear passes and name its place", () => {
    expect(textProblem("ok \ud83d\ude00 ok", 100)).toBeNull();
    expect(textProblem("\udc00", 100)).toMatch(/U\+DC00/);
    expect(textProblem("ab\ud83d", 100)).toMatch(/at character 2/);
    expect(() => checkValue({ a: [{ b: "x\u0000" }] }, "body", { maxDepth: 8, maxChars: 10 })).toThrow(
      /body\.a\.0\.b: contains a null byte/,
    );
    const wide = Array.from({ length: 50_000 }, (_, i) => ({ i, s: "texte" }));
    expect(() => checkValue(wide, "body", { maxDepth: 8, maxChars: 10 })).not.toThrow();
  });
});

describe("a 600 MB upload streamed to the real server", () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await openRuntime({ settings: loadSettings({ PGLITE_DIR: "memory://", LOG_LEVEL: "silent" }) });
  });
  afterAll(() => runtime.close());

  it("is cut at the limit with 413, without the server holding it, and the server stays up", async () => {
    const server = await startServer({ ...runtime, settings: { ...runtime.settings, PORT: 0 } });
    const chunk = Buffer.alloc(1024 * 1024, "a");
    const total = 600;
    let produced = 0;
    // Chunks are made only when the socket asks for them: a server that stops reading stops the upload.
    const upload = new Readable({
      read() {
        if (produced >= total) return this.push(null);
        produced += 1;
        this.push(produced === 1 ? Buffer.concat([Buffer.from('{"text":"'), chunk]) : chunk);
      },
    });
    const rssBefore = process.memoryUsage().rss;
    try {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          `http://127.0.0.1:${server.port}/v1/guard`,
          { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } },
          (res) => {
            let body = "";
            res.setEncoding("utf8");
            res.on("data", (c: string) => {
              body += c;
            });
            res.on("end", () => {
              upload.unpipe(req);
              req.destroy();
              resolve({ status: res.statusCode ?? 0, body });
            });
          },
        );
        req.on("error", (e) => (produced < total ? undefined : reject(e)));
        upload.pipe(req);
      });
      expect(answer.status).toBe(413);
      expect(answer.body).toContain("5,242,880 bytes");
      // Far from 600: the upload stopped soon after the limit (socket buffers hold a few MB).
      expect(produced).toBeLessThan(64);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(150 * 1024 * 1024);
      const health = await fetch(`http://127.0.0.1:${server.port}/health`);
      expect(health.status).toBe(200);
    } finally {
      upload.destroy();
      await server.close();
    }
  });
});
