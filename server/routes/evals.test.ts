import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evalCommand } from "../../cli/commands/eval.js";
import { sequentialIds } from "../../core/clock.js";
import { silentLogger } from "../../core/logger.js";
import { loadSettings } from "../../core/settings.js";
import type { DatabaseHandle } from "../../db/client.js";
import { openTestDatabase } from "../../db/test-support/database.js";
import { createErrorHandler } from "../errors.js";
import { createEvalRoutes } from "./evals.js";

let handle: DatabaseHandle;
let app: Hono;
let runs = 0;

async function evalWithDb(args: string[]) {
  let stdout = "";
  const code = await evalCommand(
    [...args, "--db", "--report-dir", mkdtempSync(join(tmpdir(), "gf-eval-db-")), "--format", "json"],
    { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } },
    {
      settings: loadSettings({}),
      ids: sequentialIds(`eval-${++runs}`),
      // The test owns the database: the command must not close it.
      openDatabase: async () => ({ db: handle.db, close: async () => {} }),
    },
  );
  return { code, stdout };
}

beforeAll(async () => {
  handle = await openTestDatabase();
  app = new Hono();
  app.onError(createErrorHandler(silentLogger));
  app.route("/v1/evals", createEvalRoutes({ db: handle.db }));
});
afterAll(async () => handle?.close());

describe("eval runs in the database and the API", () => {
  it("stores a run with its case results and lists it", async () => {
    const first = await evalWithDb(["ad-writer-demo"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("stored in the database as eval run eval-1-000001");

    const list = await app.request("/v1/evals?limit=10");
    expect(list.status).toBe(200);
    const body = (await list.json()) as {
      items: Array<{ id: string; total: number; passed: number }>;
      total: number;
    };
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ id: "eval-1-000001", total: 6, passed: 6 });

    const one = await app.request("/v1/evals/eval-1-000001");
    expect(one.status).toBe(200);
    const detail = (await one.json()) as {
      cases: Array<{ caseId: string; passed: boolean; column: string }>;
    };
    expect(detail.cases).toHaveLength(6);
    expect(detail.cases.map((c) => c.caseId)).toContain("vendeur-lyon");
  });

  it("--baseline latest compares with the latest stored run", async () => {
    const worse = await evalWithDb([
      "ad-writer-demo",
      "--prompt",
      "demo-ad-writer=v0-worse",
      "--baseline",
      "latest",
    ]);
    expect(worse.code).toBe(1);
    expect(worse.stdout).toContain("REGRESSION ad-writer-demo/hotesse-accueil");
    // The stored worse run now is the latest: compared with it, the same worse run has no regression.
    const again = await evalWithDb([
      "ad-writer-demo",
      "--prompt",
      "demo-ad-writer=v0-worse",
      "--baseline",
      "latest",
    ]);
    expect(again.stdout).toContain("0 regression(s), 4 known failure(s), 0 fix(es), 0 changed output(s)");
    expect(again.stdout).toContain("KNOWN FAILURE ad-writer-demo/hotesse-accueil");
    expect(again.code).toBe(0);
  });

  it("pages, validates the query, and answers 404 for an unknown run", async () => {
    const page = (await (await app.request("/v1/evals?limit=1&offset=1")).json()) as {
      items: unknown[];
      total: number;
    };
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(3);
    expect((await app.request("/v1/evals?limit=0")).status).toBe(400);
    const missing = await app.request("/v1/evals/nope");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
