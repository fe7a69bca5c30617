import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../db/queries/keys.js";
import { startRun } from "../../graphs/runner.js";
import { createTestApp, type TestApp } from "../test-support/app.js";

const ORIGIN = "http://localhost";
let t: TestApp;
let runId: string;

const form = (fields: Record<string, string>, cookie?: string) => ({
  method: "POST",
  headers: {
    "content-type": "application/x-www-form-urlencoded",
    origin: ORIGIN,
    ...(cookie ? { cookie } : {}),
  },
  body: new URLSearchParams(fields).toString(),
});

beforeAll(async () => {
  t = await createTestApp({ MAX_REVISIONS: "0" });
  const run = await startRun(t.deps.runs, {
    workflow: "ad_writing",
    input: { brief: "Recherchons serveur <b>à Paris</b>. Candidats de 25 à 35 ans uniquement." },
  });
  runId = run.runId;
});
afterAll(() => t.close());

describe("pages", () => {
  it("are open, like the API, while no key exists", async () => {
    expect(((await (await t.app.request("/health")).json()) as { auth: string }).auth).toBe("open");
    const queue = await t.app.request("/ui/queue");
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain(runId);
  });

  it("send a visitor without a key to the login page once keys exist", async () => {
    const { key } = await createApiKey(t.handle.db, { name: "rev", role: "reviewer" }, t.deps.runs);
    const res = await t.app.request("/ui/queue");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ui/login?next=%2Fui%2Fqueue");
    expect((await t.app.request("/ui/login")).status).toBe(200);
    expect((await t.app.request("/ui/assets/app.css")).status).toBe(200);

    const bad = await t.app.request("/ui/login", form({ key: "gf_wrong", next: "/ui/queue" }));
    expect(bad.status).toBe(401);
    const login = await t.app.request("/ui/login", form({ key, next: "https://evil.example/" }));
    expect(login.status).toBe(303);
    expect(login.headers.get("location")).toBe("/ui/queue");
    const cookie = login.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = cookie.split(";")[0] ?? "";

    const page = await t.app.request(`/ui/runs/${runId}`, { headers: { cookie: session } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const body = await page.text();
    expect(body).toContain('data-rules="AD-04');
    expect(body).not.toContain("<b>à Paris</b>");
    // The cookie opens the pages only, never the API.
    expect((await t.app.request("/v1/review/queue", { headers: { cookie: session } })).status).toBe(401);

    // A form posted from another site is refused.
    const forged = await t.app.request(`/ui/runs/${runId}/decision`, {
      ...form({ decision: "approve", reason: "x" }, session),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "https://evil.example",
        cookie: session,
      },
    });
    expect(forged.status).toBe(403);

    const missingReason = await t.app.request(
      `/ui/runs/${runId}/decision`,
      form({ decision: "approve", reason: "" }, session),
    );
    expect(missingReason.status).toBe(400);
    expect(await missingReason.text()).toContain("Une décision demande un motif.");

    const decided = await t.app.request(
      `/ui/runs/${runId}/decision`,
      form({ decision: "reject", reason: "âge" }, session),
    );
    expect(decided.status).toBe(303);
    const after = await t.app.request(decided.headers.get("location") ?? "", {
      headers: { cookie: session },
    });
    expect(await after.text()).toContain("blocked");
    const again = await t.app.request(
      `/ui/runs/${runId}/decision`,
      form({ decision: "approve", reason: "x" }, session),
    );
    expect(again.status).toBe(409);

    const audit = await t.app.request(`/ui/audit?runId=${runId}`, { headers: { cookie: session } });
    expect(await audit.text()).toContain("review.reject");
    expect((await t.app.request("/ui/dashboard", { headers: { cookie: session } })).status).toBe(200);
  });

  it("refuse a key whose role is not a reviewer's", async () => {
    const { key } = await createApiKey(t.handle.db, { name: "svc", role: "app" }, t.deps.runs);
    const login = await t.app.request("/ui/login", form({ key, next: "/ui/queue" }));
    const session = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const res = await t.app.request("/ui/queue", { headers: { cookie: session } });
    expect(res.status).toBe(403);
  });
});
