// A reviewer's whole path, in a real headless Chromium against the real server: log in with a key, open
// the queue, read a run's highlighted findings, decide, see the run resume and the decision audited.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "../../db/queries/keys.js";
import { startRun } from "../../graphs/runner.js";
import type { Runtime } from "../../runtime/index.js";
import { openTestRuntime } from "../../runtime/test-support/runtime.js";
import { startServer } from "../main.js";
import { launchChromium } from "./test-support/chromium.js";

const AGE_BRIEF =
  "Recherchons serveur pour brasserie à Paris. Candidats de 25 à 35 ans uniquement. CDD de 6 mois.";

let runtime: Runtime;
let server: { port: number; close(): Promise<void> };
let browser: Browser;
let base: string;
let reviewerKey: string;

async function waitingRun(): Promise<string> {
  const result = await startRun(runtime.runs, { workflow: "ad_writing", input: { brief: AGE_BRIEF } });
  expect(result.status).toBe("needs_review");
  return result.runId;
}

// A loaded machine (two cores, several test runs at once) makes a browser slow: generous limits, and every
// step waits for what it needs rather than for a time.
vi.setConfig({ testTimeout: 240_000 });
const STEP_TIMEOUT_MS = 120_000;

/** A page that fails the test on any request leaving 127.0.0.1 and on any console error (CSP included). */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = [];
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  page.on("request", (r) => {
    if (!r.url().startsWith(base)) problems.push(`outside request: ${r.url()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return { page, problems };
}

// Busy cores: unpacking the packaged browser and migrating a database can take a while.
beforeAll(async () => {
  browser = await launchChromium();
  runtime = await openTestRuntime({ PORT: "0", HOST: "127.0.0.1", MAX_REVISIONS: "0" });
  server = await startServer(runtime);
  base = `http://127.0.0.1:${server.port}`;
  reviewerKey = (
    await createApiKey(runtime.database.db, { name: "Camille (relectrice)", role: "reviewer" }, runtime.runs)
  ).key;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await runtime?.close();
});

async function logIn(page: Page, next: string): Promise<void> {
  await page.goto(`${base}${next}`);
  expect(new URL(page.url()).pathname).toBe("/ui/login");
  await page.fill("#key", reviewerKey);
  await Promise.all([page.waitForURL(`${base}${next}`), page.click("button[type=submit]")]);
}

describe("reviewer pages in Chromium", () => {
  it("refuses a wrong key", async () => {
    const { page } = await watchedPage();
    await page.goto(`${base}/ui/login`);
    await page.fill("#key", "gf_wrong");
    await page.click("button[type=submit]");
    await expect(page.locator("[role=alert]").textContent()).resolves.toContain("inconnue");
    await page.close();
  });

  it("logs in, reads the highlighted finding, rejects, and finds the decision in the audit log", async () => {
    const runId = await waitingRun();
    const { page, problems } = await watchedPage();
    await logIn(page, "/ui/queue");

    const row = page.locator(`#queue tr[data-run="${runId}"]`);
    await expect(row.textContent()).resolves.toContain("AD-04");
    await Promise.all([page.waitForURL(`${base}/ui/runs/${runId}`), row.locator("a").first().click()]);

    const mark = page.locator('mark.finding[data-rules~="AD-04"]').first();
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toMatch(/\d/);
    expect(await mark.getAttribute("title")).toMatch(/L5331-2|L1132-1/);
    const finding = page.locator('.revision li[data-rule="AD-04"]').first();
    await expect(finding.textContent()).resolves.toMatch(/Base légale : .*(L5331-2|L1132-1)/);
    // The script works under the pages' CSP: clicking the span focuses its explanation.
    await mark.locator("a").click();
    await expect(finding.getAttribute("class")).resolves.toContain("focused");
    await expect(page.locator("#run-status .badge").getAttribute("data-value")).resolves.toBe("needs_review");
    await expect(page.locator("#run-status").textContent()).resolves.toContain("en attente de revue");

    await page.check('input[name=decision][value="reject"]');
    await page.fill("#reason", "Limite d'âge : discrimination (L1132-1)");
    await page.uncheck("#advance");
    await Promise.all([page.waitForURL(/decided=/), page.click("#decision-form button[type=submit]")]);
    await expect(page.locator("#decision-flash").textContent()).resolves.toContain("rejeté");
    await expect(page.locator("#run-status").textContent()).resolves.toContain("bloqué");
    expect(await page.locator("#decision-form").count()).toBe(0);

    await page.goto(`${base}/ui/audit`);
    const entry = page.locator('#audit tr[data-action="review.reject"]').filter({ hasText: runId });
    await expect(entry.textContent()).resolves.toContain("Camille (relectrice)");
    await expect(entry.textContent()).resolves.toContain("Limite d'âge");
    await expect(entry.locator(".status-change").textContent()).resolves.toMatch(
      /en attente de revue .*→ bloqué/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("approves against the guards and offers the regression case", async () => {
    const runId = await waitingRun();
    const { page, problems } = await watchedPage();
    await logIn(page, `/ui/runs/${runId}`);
    await page.check('input[name=decision][value="approve"]');
    await page.fill("#reason", "Poste en CDD jeunes : justifié (test)");
    await page.uncheck("#advance");
    await Promise.all([page.waitForURL(/decided=/), page.click("#decision-form button[type=submit]")]);
    await expect(page.locator("#run-status").textContent()).resolves.toContain("publié");
    const link = page.locator("#decisions a", { hasText: "régression" });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/ui\/decisions\/.+\/regression-case$/);
    // The pages' CSP forbids fetch from the page; the browser context's own client carries the cookie.
    const yaml = await (await page.context().request.get(`${base}${href}`)).text();
    expect(yaml).toContain(`runId: ${runId}`);
    expect(yaml).toContain("value: pass");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows the dashboard", async () => {
    const { page, problems } = await watchedPage();
    await logIn(page, "/ui/dashboard");
    await expect(page.locator("#verdicts").textContent()).resolves.toMatch(/à revoir|à réécrire/);
    await expect(page.locator("#agreement").textContent()).resolves.toContain("1 / 2");
    expect(problems).toEqual([]);
    await page.close();
  });
});
