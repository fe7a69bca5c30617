// A database outage under a running service (PostgreSQL behind a proxy the test cuts and restores): the
// pools' error events are handled (the process lives), /health says 503 with the reason while the
// database is away and 200 once it is back, and queries work again without a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../core/settings.js";
import { testDatabaseSettings, testsUsePostgres } from "../db/test-support/database.js";
import { startTcpProxy, type TcpProxy } from "../db/test-support/tcp-proxy.js";
import { startRun } from "../graphs/runner.js";
import { createApp } from "../server/app.js";
import { openRuntime, type Runtime } from "./index.js";

const onPostgres = testsUsePostgres();
if (!onPostgres)
  console.log("runtime/connection.test.ts: skipped (it needs TEST_DATABASE_URL, a PostgreSQL server)");

describe.skipIf(!onPostgres)("a database outage", { timeout: 120_000 }, () => {
  let proxy: TcpProxy;
  let runtime: Runtime;
  let drop = async () => {};
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const database = await testDatabaseSettings();
    drop = database.drop;
    const url = new URL(database.env.DATABASE_URL ?? "");
    proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    runtime = await openRuntime({
      settings: loadSettings({ DATABASE_URL: url.toString(), LOG_LEVEL: "silent", MAX_REVISIONS: "0" }),
    });
    app = createApp({
      settings: runtime.settings,
      db: runtime.database.db,
      runs: runtime.runs,
      logger: runtime.logger,
      version: "test",
    });
  });
  afterAll(async () => {
    await runtime?.close().catch(() => undefined);
    await proxy?.close();
    await drop();
  });

  it("answers 503 with the reason while the database is away, 200 once it is back", async () => {
    expect((await app.request("/health")).status).toBe(200);
    // Both pools hold open connections (the checkpointer's `pg` pool is the one whose idle clients emit
    // 'error' when the server goes away).
    await startRun(runtime.runs, {
      workflow: "ad_writing",
      input: { brief: "Nous recrutons un comptable à Nantes, CDI." },
    });
    await proxy.down();
    await new Promise((r) => setTimeout(r, 300));
    const away = await app.request("/health");
    expect(away.status).toBe(503);
    expect(await away.json()).toMatchObject({
      status: "unavailable",
      reason: expect.stringContaining("database"),
    });
    await proxy.up();
    let back = 0;
    for (let i = 0; i < 40 && back !== 200; i++) {
      back = (await app.request("/health")).status;
      if (back !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(back).toBe(200);
    const run = await startRun(runtime.runs, {
      workflow: "ad_writing",
      input: { brief: "Nous recrutons un électricien à Rennes, CDI." },
    });
    expect(run.status).toBe("released");
  });
});
