import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client.js";
import { runs } from "./schema.js";
import { openTestDatabase } from "./test-support/database.js";

const row = (id: string) => ({
  id,
  workflow: "ad_writing",
  jurisdiction: "FR",
  status: "released",
  input: { brief: "x" },
  provider: "offline",
  model: "offline-rules-v1",
  offline: true,
  createdAt: new Date(),
  updatedAt: new Date(),
});

// Slow on busy cores: each test migrates a fresh database (PGlite in WebAssembly, or over the wire).
describe("openDatabase", { timeout: 120_000 }, () => {
  it("migrates the test run's database (PGlite or PostgreSQL) with pgvector and stores a run", async () => {
    const handle = await openTestDatabase();
    await handle.db.insert(runs).values(row("r1"));
    const found = await handle.db.select().from(runs);
    expect(found.map((r) => r.id)).toEqual(["r1"]);
    const ext = await handle.db.execute(sql`select extname from pg_extension where extname = 'vector'`);
    expect(JSON.stringify(ext)).toContain("vector");
    await handle.close();
  });

  describe("over the wire protocol with postgres.js", () => {
    let server: PGLiteSocketServer | undefined;
    let backing: PGlite | undefined;
    afterAll(async () => {
      await server?.stop();
      await backing?.close();
    });

    it("migrates and stores a run through DATABASE_URL", async () => {
      backing = await PGlite.create({ extensions: { vector } });
      server = new PGLiteSocketServer({ db: backing, host: "127.0.0.1", port: 0, maxConnections: 10 });
      await server.start();
      const url = `postgres://postgres@${server.getServerConn()}/postgres`;
      const handle = await openDatabase({ databaseUrl: url, pgliteDir: "unused" });
      expect(handle.kind).toBe("postgres");
      await handle.db.insert(runs).values(row("r2"));
      const direct = await backing.query<{ id: string }>("select id from runs");
      expect(direct.rows.map((r) => r.id)).toEqual(["r2"]);
      await handle.close();
    });
  });
});
