// Point 1 of the security issue, tried as an attacker would on a fresh server: nobody but the machine's own
// operator is answered before the first key exists, nobody makes a key over HTTP, and a server on an
// interface others can reach does not start without a key.
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../../core/settings.js";
import { createApiKey } from "../../db/queries/keys.js";
import { openRuntime, type Runtime } from "../../runtime/index.js";
import { createApp } from "../app.js";
import { startServer } from "../main.js";
import { isLoopbackAddress, isLoopbackHost } from "../middleware/client.js";
import { createTestApp, postJson, type TestApp } from "../test-support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ErrorAnswer {
  error: { code: string; message: string };
}

function send(
  url: string,
  options: { method?: string; body?: string; headers?: Record<string, string>; localAddress?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: options.method ?? "GET",
        headers: { "content-type": "application/json", ...options.headers },
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("a fresh server, before any key exists", () => {
  it("never makes a key for an anonymous caller, and says how to make the first one", async () => {
    const res = await postJson(t.app, "/v1/keys", { name: "x", role: "admin" });
    expect(res.status).toBe(403);
    const body = (await res.json()) as ErrorAnswer;
    expect(body.error.message).toContain("npx garde-fou keys create --name NAME --role admin");
    const list = await t.app.request("/v1/keys");
    expect(list.status).toBe(403);
    // Still open, nothing was created behind the refusal.
    expect(((await (await t.app.request("/health")).json()) as { auth: string }).auth).toBe("open");
  });

  it("refuses a request relayed by a proxy, even one running on this machine", async () => {
    const res = await t.app.request("/v1/runs", { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorAnswer).error.message).toContain("keys create");
    expect((await t.app.request("/v1/runs", { headers: { forwarded: "for=203.0.113.9" } })).status).toBe(401);
    // The same request without the relay header is the operator at the machine.
    expect((await t.app.request("/v1/runs")).status).toBe(200);
  });

  it("tells loopback from other addresses and interfaces", () => {
    for (const a of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
      expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ["10.0.0.1", "::ffff:192.168.1.2", "0.0.0.0", "::", "fe80::1"])
      expect(isLoopbackAddress(a)).toBe(false);
    expect(isLoopbackHost("localhost")).toBe(true);
    expect(isLoopbackHost("[::1]")).toBe(true);
    expect(isLoopbackHost("0.0.0.0")).toBe(false);
  });
});

describe("the server on a real socket", () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await openRuntime({ settings: loadSettings({ PGLITE_DIR: "memory://", LOG_LEVEL: "silent" }) });
  });
  afterAll(() => runtime.close());

  it("does not start on an interface others can reach while no key exists, and says what to do", async () => {
    const exposed = { ...runtime, settings: { ...runtime.settings, HOST: "0.0.0.0", PORT: 0 } };
    await expect(startServer(exposed)).rejects.toThrow(
      /HOST=0\.0\.0\.0.*npx garde-fou keys create --name NAME --role admin/s,
    );
  });

  it("answers only loopback clients while open, even when the socket listens on every interface", async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
    if (!external) {
      console.warn("no non-loopback IPv4 interface on this machine: the remote-client case is skipped");
      return;
    }
    // startServer refuses 0.0.0.0 while open (above); serving the app directly there is what a careless
    // deployment would do, and the middleware must hold on its own.
    const app = createApp({ ...t.deps });
    const server = serve({ fetch: app.fetch, port: 0, hostname: "0.0.0.0" });
    await new Promise<void>((ready) => server.once("listening", () => ready()));
    const { port } = server.address() as AddressInfo;
    try {
      const remote = await send(`http://${external}:${port}/v1/runs`, {});
      expect(remote.status).toBe(401);
      expect((JSON.parse(remote.body) as ErrorAnswer).error.message).toContain(
        "only clients on this machine",
      );
      const remoteKey = await send(`http://${external}:${port}/v1/keys`, {
        method: "POST",
        body: JSON.stringify({ name: "x", role: "admin" }),
      });
      expect(remoteKey.status).toBe(401);
      expect((await send(`http://127.0.0.1:${port}/v1/runs`, {})).status).toBe(200);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it("takes a key made outside the server into account at the next request", async () => {
    const server = await startServer({ ...runtime, settings: { ...runtime.settings, PORT: 0 } });
    try {
      const url = `http://127.0.0.1:${server.port}`;
      expect((await send(`${url}/v1/runs`, {})).status).toBe(200);
      const { key } = await createApiKey(runtime.database.db, { name: "ops", role: "admin" }, runtime.runs);
      expect((await send(`${url}/v1/runs`, {})).status).toBe(401);
      expect((await send(`${url}/v1/runs`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(
        200,
      );
      // With a key, listening on every interface is allowed.
      const exposed = await startServer({
        ...runtime,
        settings: { ...runtime.settings, HOST: "0.0.0.0", PORT: 0 },
      });
      await exposed.close();
    } finally {
      await server.close();
    }
  });
});
