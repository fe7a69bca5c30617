// Assigning a queue item to a colleague, through the API and the pages: the assignee holds the claim, a
// decision by anyone else is refused naming them, the audit log records it, and "assigned to me" lists it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "../../db/queries/keys.js";
import { startRun } from "../../graphs/runner.js";
import { JOB, MATCHING_CV, OTHER_CV } from "../../graphs/screening/test-support/fixtures.js";
import { createTestApp, postJson, type TestApp } from "../test-support/app.js";

vi.setConfig({ testTimeout: 300_000 });
const ORIGIN = "http://localhost";
let t: TestApp;
const keys: Record<string, { key: string; id: string }> = {};
const sessions: Record<string, string> = {};
const bearer = (who: string) => ({ authorization: `Bearer ${keys[who]?.key ?? ""}` });
const form = (cookie: string, fields: Array<[string, string]>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, cookie },
  body: new URLSearchParams(fields).toString(),
});

let n = 0;
async function waiting(): Promise<string> {
  n += 1;
  const r = await startRun(t.deps.runs, {
    workflow: "screening",
    input: {
      job: `${JOB}\nRéf ${n}`,
      cvs: [
        { id: "dev", text: MATCHING_CV },
        { id: "b", text: OTHER_CV },
      ],
    },
  });
  expect(r.status).toBe("needs_review");
  return r.runId;
}

beforeAll(async () => {
  t = await createTestApp({ MAX_REVISIONS: "0" });
  for (const [name, role] of [
    ["Camille", "reviewer"],
    ["Dominique", "reviewer"],
    ["Alex", "admin"],
    ["App", "app"],
  ] as const) {
    const { key, row } = await createApiKey(t.handle.db, { name, role }, t.deps.runs);
    keys[name] = { key, id: row.id };
    const login = await t.app.request(
      "/ui/login",
      form("", [
        ["key", key],
        ["next", "/ui/queue"],
      ]),
    );
    sessions[name] = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }
}, 120_000);
afterAll(() => t.close());

describe("assigning an item to a colleague (API)", () => {
  it("lists who can review: reviewers and administrators, not apps", async () => {
    const res = await t.app.request("/v1/review/reviewers", { headers: bearer("Camille") });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Array<{ name: string }> };
    expect(items.map((i) => i.name).sort()).toEqual(["Alex", "Camille", "Dominique"]);
  });

  it("gives the assignee the claim: another's decision is a 409 naming them; theirs goes through", async () => {
    const id = await waiting();
    const res = await postJson(
      t.app,
      `/v1/review/${id}/assignment`,
      { keyId: keys.Dominique?.id },
      bearer("Camille"),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { holderName: string; assignedBy: string; until: string };
    expect(body.holderName).toBe("Dominique");
    expect(body.assignedBy).toContain("Camille");
    expect(new Date(body.until).getTime()).toBeGreaterThan(Date.now());

    const refused = await postJson(
      t.app,
      `/v1/review/${id}/decision`,
      { decision: "approve", reason: "vu" },
      bearer("Camille"),
    );
    expect(refused.status).toBe(409);
    const error = (await refused.json()) as { error: { message: string; details: { claimedBy: string } } };
    expect(error.error.details.claimedBy).toBe("Dominique");

    // Held by Dominique now: Camille can no longer hand it to someone else.
    const reassigned = await postJson(
      t.app,
      `/v1/review/${id}/assignment`,
      { keyId: keys.Alex?.id },
      bearer("Camille"),
    );
    expect(reassigned.status).toBe(409);
    expect(((await reassigned.json()) as { error: { message: string } }).error.message).toContain(
      "Dominique",
    );

    const audit = await t.app.request(`/v1/audit?runId=${id}`, { headers: bearer("Alex") });
    const entries = (
      (await audit.json()) as {
        items: Array<{ action: string; actor: string; details: { assignee: string } }>;
      }
    ).items;
    const assign = entries.find((e) => e.action === "review.assign");
    expect(assign?.actor).toContain("Camille");
    expect(assign?.details.assignee).toContain("Dominique");

    const decided = await postJson(
      t.app,
      `/v1/review/${id}/decision`,
      { decision: "approve", reason: "vu" },
      bearer("Dominique"),
    );
    expect(decided.status).toBe(200);
  });

  it("refuses an unknown or non-reviewer key (400), a missing run (404), a decided one (409)", async () => {
    const id = await waiting();
    const app = await postJson(
      t.app,
      `/v1/review/${id}/assignment`,
      { keyId: keys.App?.id },
      bearer("Camille"),
    );
    expect(app.status).toBe(400);
    expect(((await app.json()) as { error: { message: string } }).error.message).toMatch(/keyId/);
    const empty = await postJson(t.app, `/v1/review/${id}/assignment`, {}, bearer("Camille"));
    expect(empty.status).toBe(400);
    const missing = await postJson(
      t.app,
      "/v1/review/nope/assignment",
      { keyId: keys.Dominique?.id },
      bearer("Camille"),
    );
    expect(missing.status).toBe(404);
    await postJson(
      t.app,
      `/v1/review/${id}/decision`,
      { decision: "reject", reason: "non" },
      bearer("Camille"),
    );
    const done = await postJson(
      t.app,
      `/v1/review/${id}/assignment`,
      { keyId: keys.Dominique?.id },
      bearer("Camille"),
    );
    expect(done.status).toBe(409);
    const forbidden = await postJson(
      t.app,
      `/v1/review/${id}/assignment`,
      { keyId: keys.Dominique?.id },
      bearer("App"),
    );
    expect(forbidden.status).toBe(403);
  });
});

describe("assigning an item to a colleague (pages)", () => {
  it("assigns from the queue; the assignee finds it under 'assigned to me'; a colleague is refused", async () => {
    const id = await waiting();
    const queue = await (
      await t.app.request("/ui/queue", { headers: { cookie: sessions.Camille ?? "" } })
    ).text();
    expect(queue).toContain(`action="/ui/runs/${id}/assign"`);
    expect(queue).toContain(`<option value="${keys.Dominique?.id}">Dominique</option>`);
    const res = await t.app.request(
      `/ui/runs/${id}/assign`,
      form(sessions.Camille ?? "", [
        ["keyId", keys.Dominique?.id ?? ""],
        ["back", "queue"],
      ]),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ui/queue");

    const assigned = await (
      await t.app.request("/ui/queue?claim=assigned", { headers: { cookie: sessions.Dominique ?? "" } })
    ).text();
    expect(assigned).toContain(`data-run="${id}"`);
    expect(assigned).toContain("attribué par Camille");
    const notCamille = await (
      await t.app.request("/ui/queue?claim=assigned", { headers: { cookie: sessions.Camille ?? "" } })
    ).text();
    expect(notCamille).not.toContain(`data-run="${id}"`);

    const runPage = await (
      await t.app.request(`/ui/runs/${id}`, { headers: { cookie: sessions.Camille ?? "" } })
    ).text();
    expect(runPage).toContain("Pris par Dominique");
    const refused = await t.app.request(
      `/ui/runs/${id}/decision`,
      form(sessions.Camille ?? "", [
        ["decision", "approve"],
        ["reason", "vu"],
      ]),
    );
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Cet élément est pris par Dominique");
    const again = await t.app.request(
      `/ui/runs/${id}/assign`,
      form(sessions.Alex ?? "", [["keyId", keys.Camille?.id ?? ""]]),
    );
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Déjà pris par Dominique");
  });

  it("offers the control on the run page and says what is wrong with a bad pick", async () => {
    const id = await waiting();
    const page = await (
      await t.app.request(`/ui/runs/${id}`, { headers: { cookie: sessions.Camille ?? "" } })
    ).text();
    expect(page).toMatch(new RegExp(`<form method="post" action="/ui/runs/${id}/assign"[^>]*data-assign`));
    const none = await t.app.request(`/ui/runs/${id}/assign`, form(sessions.Camille ?? "", [["keyId", ""]]));
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("Choisissez à qui attribuer");
    const unknown = await t.app.request(
      `/ui/runs/${id}/assign`,
      form(sessions.Camille ?? "", [["keyId", "nope"]]),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Ce relecteur n&#39;existe pas");
  });
});
