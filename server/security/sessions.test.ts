// Point 6 of the security issue: the login cookie holds a session id, never the key; it is Secure over
// HTTPS (X-Forwarded-Proto only when TRUST_PROXY says so); logout and key revocation end it; answers with
// candidate data are never cached.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, revokeApiKey } from "../../db/queries/keys.js";
import { sessions } from "../../db/schema.js";
import { createTestApp, type TestApp } from "../test-support/app.js";

const ORIGIN = "http://localhost";
let t: TestApp;
let proxied: TestApp;
let key: string;
let keyId: string;

const loginForm = (k: string, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, ...headers },
  body: new URLSearchParams({ key: k, next: "/ui/queue" }).toString(),
});

async function login(
  app: TestApp["app"],
  k: string,
  url = "/ui/login",
  headers: Record<string, string> = {},
) {
  const res = await app.request(url, loginForm(k, headers));
  expect(res.status).toBe(303);
  const setCookie = res.headers.get("set-cookie") ?? "";
  return { setCookie, cookie: setCookie.split(";")[0] ?? "" };
}

beforeAll(async () => {
  [t, proxied] = await Promise.all([createTestApp(), createTestApp({ TRUST_PROXY: "true" })]);
  for (const app of [t, proxied]) {
    const created = await createApiKey(app.handle.db, { name: "rev", role: "reviewer" }, app.deps.runs);
    if (app === t) [key, keyId] = [created.key, created.row.id];
    else await createApiKey(app.handle.db, { name: "rev2", role: "reviewer" }, app.deps.runs);
  }
});
afterAll(async () => {
  await Promise.all([t.close(), proxied.close()]);
});

describe("the login cookie", () => {
  it("holds a session id, not the key, and the database holds only its hash", async () => {
    const { setCookie, cookie } = await login(t.app, key);
    expect(setCookie).not.toContain(key);
    expect(setCookie).toMatch(/^gf_session=gfs_/);
    expect(setCookie).toMatch(/HttpOnly/);
    const token = cookie.split("=")[1] ?? "";
    const rows = await t.handle.db.select().from(sessions).where(eq(sessions.keyId, keyId));
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await t.app.request("/ui/queue", { headers: { cookie } })).status).toBe(200);
    // The old way, the key itself in the cookie, opens nothing.
    expect((await t.app.request("/ui/queue", { headers: { cookie: `gf_session=${key}` } })).status).toBe(303);
    expect((await t.app.request("/ui/queue", { headers: { cookie: `gf_key=${key}` } })).status).toBe(303);
  });

  it("stops working at logout, even if the browser kept it", async () => {
    const { cookie } = await login(t.app, key);
    const out = await t.app.request("/ui/logout", { method: "POST", headers: { cookie, origin: ORIGIN } });
    expect(out.status).toBe(303);
    expect(out.headers.get("set-cookie")).toMatch(/gf_session=;/);
    expect((await t.app.request("/ui/queue", { headers: { cookie } })).status).toBe(303);
  });

  it("stops working when its key is revoked", async () => {
    const other = await createApiKey(t.handle.db, { name: "temp", role: "reviewer" }, t.deps.runs);
    const { cookie } = await login(t.app, other.key);
    expect((await t.app.request("/ui/queue", { headers: { cookie } })).status).toBe(200);
    await revokeApiKey(t.handle.db, other.row.id, new Date());
    expect((await t.app.request("/ui/queue", { headers: { cookie } })).status).toBe(303);
  });

  it("is Secure over HTTPS, and trusts X-Forwarded-Proto only when TRUST_PROXY is set", async () => {
    expect(
      (await login(t.app, key, "https://gf.example/ui/login", { origin: "https://gf.example" })).setCookie,
    ).toMatch(/;\s*Secure/);
    expect((await login(t.app, key)).setCookie).not.toMatch(/Secure/);
    const forged = await login(t.app, key, "/ui/login", { "x-forwarded-proto": "https" });
    expect(forged.setCookie).not.toMatch(/Secure/);
    const [proxiedKey] = (await proxied.handle.db.query.apiKeys.findMany()).map((k) => k.id);
    expect(proxiedKey).toBeDefined();
    const viaProxy = await proxied.app.request(
      "/ui/login",
      loginForm("gf_unknown", { "x-forwarded-proto": "https" }),
    );
    expect(viaProxy.status).toBe(401);
    const created = await createApiKey(proxied.handle.db, { name: "p", role: "reviewer" }, proxied.deps.runs);
    const trusted = await login(proxied.app, created.key, "/ui/login", { "x-forwarded-proto": "https" });
    expect(trusted.setCookie).toMatch(/;\s*Secure/);
  });
});

describe("caching", () => {
  it("forbids storing pages and API answers, and lets static assets be cached", async () => {
    const { cookie } = await login(t.app, key);
    expect((await t.app.request("/ui/queue", { headers: { cookie } })).headers.get("cache-control")).toBe(
      "no-store",
    );
    const api = await t.app.request("/v1/review/queue", { headers: { authorization: `Bearer ${key}` } });
    expect(api.headers.get("cache-control")).toBe("no-store");
    const refused = await t.app.request("/v1/runs/x");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect((await t.app.request("/ui/assets/app.css")).headers.get("cache-control")).toContain("max-age");
  });
});
