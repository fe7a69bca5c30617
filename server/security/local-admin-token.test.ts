// The local admin token (the CLI's way through a server that holds the embedded directory): an admin from
// this machine, keys included, even before any key exists; refused from another address; a wrong token is
// an unknown key. The storage check makes /health answer 503 with its reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { createTestApp, type TestApp } from "../test-support/app.js";

const TOKEN = "gfl_test-token-0123456789";
let t: TestApp;
let app: ReturnType<typeof createApp>;
let storage: string | null = null;
beforeAll(async () => {
  t = await createTestApp();
  app = createApp({ ...t.deps, localAdminToken: TOKEN, storageProblem: () => storage });
});
afterAll(() => t.close());

const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const call = (path: string, address: string, token: string, init: RequestInit = {}) =>
  app.request(
    path,
    { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } },
    from(address),
  );

describe("the local admin token", () => {
  it("lets the command line on this machine manage keys, also while no key exists", async () => {
    const res = await call("/v1/keys", "127.0.0.1", TOKEN, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "first", role: "admin" }),
    });
    expect(res.status).toBe(201);
    expect((await call("/v1/keys", "::1", TOKEN)).status).toBe(200);
  });

  it("is refused from another machine, and a wrong token is an unknown key", async () => {
    const remote = await call("/v1/keys", "10.1.2.3", TOKEN);
    expect(remote.status).toBe(401);
    expect(await remote.text()).toMatch(/from this machine only/);
    expect((await call("/v1/keys", "127.0.0.1", `${TOKEN}x`)).status).toBe(401);
    // Relayed by a proxy on loopback: not local either.
    const relayed = await app.request(
      "/v1/keys",
      { headers: { authorization: `Bearer ${TOKEN}`, "x-forwarded-for": "203.0.113.9" } },
      from("127.0.0.1"),
    );
    expect(relayed.status).toBe(401);
  });
});

describe("/health and the storage check", () => {
  it("answers 503 with the reason while the storage is gone, 200 once it is back", async () => {
    storage = "the embedded database directory /x/pgdata was deleted";
    const down = await app.request("/health");
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: "unavailable", reason: storage });
    storage = null;
    expect((await app.request("/health")).status).toBe(200);
  });
});
