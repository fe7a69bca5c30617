// Point 4 of the security issue: a run can be erased with nothing of its candidate left in any table (the
// LangGraph checkpoint tables included), an audit tombstone stays; API answers mask personal data for the
// roles that do not need it; the log of an attack carries no personal data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../core/logger.js";
import { createApiKey } from "../../db/queries/keys.js";
import { tablesHolding as holding } from "../../db/test-support/marker.js";
import { JOB, MATCHING_CV, OTHER_CV } from "../../graphs/screening/test-support/fixtures.js";
import type { Runtime } from "../../runtime/index.js";
import { openTestRuntime } from "../../runtime/test-support/runtime.js";
import { createApp } from "../app.js";

const MARKER = "ZQXW7731";
const NIR = "1 85 05 78 006 084 36";
const EMAIL = "camille.zqxw@example.fr";
const ADDRESS = "12 rue des Lilas, 69003 Lyon";
const CANDIDATE_CV = `${OTHER_CV}\nMarqueur ${MARKER}. Contact : ${EMAIL}, ${ADDRESS}. NIR ${NIR}.`;

let runtime: Runtime;
let app: ReturnType<typeof createApp>;
const logLines: string[] = [];
const keys: Record<string, string> = {};
const as = (role: string) => ({ authorization: `Bearer ${keys[role]}` });

beforeAll(async () => {
  runtime = await openTestRuntime();
  app = createApp({
    settings: runtime.settings,
    db: runtime.database.db,
    runs: runtime.runs,
    logger: createLogger("debug", (line) => logLines.push(line)),
    version: "test",
  });
  for (const role of ["app", "reviewer", "evaluator", "admin"] as const)
    keys[role] = (await createApiKey(runtime.database.db, { name: role, role }, runtime.runs)).key;
});
afterAll(() => runtime.close());

const post = (path: string, body: unknown, headers: Record<string, string>) =>
  app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const tablesHolding = (marker: string) => holding(runtime.database.db, marker);

describe("a screening run with a candidate's personal data", () => {
  let runId: string;

  beforeAll(async () => {
    const res = await post(
      "/v1/runs",
      {
        workflow: "screening",
        input: {
          job: JOB,
          cvs: [
            { id: "dev", text: MATCHING_CV },
            { id: "cand", text: CANDIDATE_CV },
          ],
        },
      },
      as("app"),
    );
    expect(res.status).toBe(200);
    const run = (await res.json()) as { runId: string; status: string };
    expect(run.status).toBe("needs_review");
    runId = run.runId;
  });

  it("is masked for the roles that judge, measure or manage, and in clear for the app that sent it", async () => {
    const own = await (await app.request(`/v1/runs/${runId}`, { headers: as("app") })).text();
    expect(own).toContain(EMAIL);
    for (const role of ["reviewer", "evaluator", "admin"]) {
      const res = await app.request(`/v1/runs/${runId}`, { headers: as(role) });
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body, role).not.toContain(EMAIL);
      expect(body, role).not.toContain(NIR);
      expect(body, role).toContain("boulangerie artisanale"); // the CV is there, its identifiers are not
    }
  });

  it("leaves the marker in the database before erasure (the check below can fail)", async () => {
    const before = await tablesHolding(MARKER);
    expect(before).toContain("public.runs.input");
    expect(before.some((t) => t.startsWith("langgraph."))).toBe(true);
  });

  it("is erased by an administrator only, with nothing of the candidate left in any table", async () => {
    expect(
      (await app.request(`/v1/runs/${runId}`, { method: "DELETE", headers: as("reviewer") })).status,
    ).toBe(403);
    const res = await app.request(`/v1/runs/${runId}`, { method: "DELETE", headers: as("admin") });
    expect(res.status).toBe(200);
    expect(await tablesHolding(MARKER)).toEqual([]);
    expect(await tablesHolding(EMAIL)).toEqual([]);
    const run = (await (await app.request(`/v1/runs/${runId}`, { headers: as("admin") })).json()) as {
      status: string;
      input: unknown;
    };
    expect(run.status).toBe("blocked");
    expect(run.input).toEqual({ erased: true });
    const audit = (await (
      await app.request(`/v1/audit?runId=${runId}`, { headers: as("reviewer") })
    ).json()) as {
      items: Array<{ action: string }>;
    };
    expect(audit.items.map((a) => a.action)).toContain("run.erase");
    // A decision on an erased run is refused: nothing of it can be released any more.
    const decision = await post(
      `/v1/review/${runId}/decision`,
      { decision: "approve", reason: "ok" },
      as("reviewer"),
    );
    expect(decision.status).toBe(409);
  });
});

describe("the log of an attack", () => {
  it("carries no NIR, e-mail or address", async () => {
    const attacks = [
      post(
        "/v1/runs",
        `{"workflow":"screening","input":{"job":"x","cvs":[{"id":"a","text":"${EMAIL} ${NIR}\\u0000"}]}}`,
        as("app"),
      ),
      post("/v1/runs", `{"workflow":"summary","input":{"sources":["${ADDRESS} \\ud800"]}}`, as("app")),
      post("/v1/guard", `{"text":"${EMAIL}"`, as("app")),
      app.request(`/v1/runs?workflow=${encodeURIComponent(EMAIL)}%00`, { headers: as("reviewer") }),
      app.request(`/v1/runs/${encodeURIComponent(NIR)}`, { headers: as("app") }),
    ];
    for (const res of await Promise.all(attacks)) expect(res.status).toBeLessThan(500);
    const log = logLines.join("");
    for (const secret of [NIR, EMAIL, ADDRESS, "camille.zqxw"]) expect(log).not.toContain(secret);
  });
});
