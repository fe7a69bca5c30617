// What an auditor and a reviewer take out of garde-fou, in a real headless Chromium against the real server:
// the bias audit exported as CSV (French headings) and as a printable page (and a PDF of it), a candidate's
// explanation (art. 86) reached from the run page, and an item assigned to a colleague, by keyboard where
// the flow allows. Each step waits for the page it needs, not for a time.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "../../db/queries/keys.js";
import { startRun } from "../../graphs/runner.js";
import { JOB, MATCHING_CV, OTHER_CV } from "../../graphs/screening/test-support/fixtures.js";
import type { Runtime } from "../../runtime/index.js";
import { openTestRuntime } from "../../runtime/test-support/runtime.js";
import { englishPhrases, visibleText } from "../i18n/test-support/visible-text.js";
import { startServer } from "../main.js";
import { launchChromium } from "./test-support/chromium.js";

vi.setConfig({ testTimeout: 900_000, hookTimeout: 900_000 });
const STEP_TIMEOUT_MS = 120_000;

let runtime: Runtime;
let server: { port: number; close(): Promise<void> };
let browser: Browser;
let base: string;
const keys: Record<"camille" | "dominique", string> = { camille: "", dominique: "" };

// Screenings whose CVs carry self-declared categories (read by the audit only, never by the scorer).
async function waitingScreening(n: number): Promise<string> {
  const r = await startRun(runtime.runs, {
    workflow: "screening",
    input: {
      job: `${JOB}\nRéférence ${n}`,
      cvs: [
        { id: "dev", text: MATCHING_CV, selfDeclared: { sex: "female", raceEthnicity: "asian" } },
        { id: "boulanger", text: OTHER_CV, selfDeclared: { sex: "male", raceEthnicity: "white" } },
        {
          id: "dev2",
          text: `${MATCHING_CV}\nProjet ${n}.`,
          selfDeclared: { sex: "male", raceEthnicity: "white" },
        },
      ],
    },
  });
  expect(r.status).toBe("needs_review");
  return r.runId;
}

async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = [];
  const page = await browser.newPage({ acceptDownloads: true });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  page.on("request", (r) => {
    if (!r.url().startsWith(base)) problems.push(`outside request: ${r.url()}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().includes("409")) problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return { page, problems };
}

async function logIn(page: Page, who: keyof typeof keys, next = "/ui/queue"): Promise<void> {
  await page.goto(`${base}${next}`);
  await page.waitForSelector("#key");
  await page.focus("#key");
  await page.keyboard.type(keys[who]);
  await Promise.all([page.waitForURL(`${base}${next}`), page.keyboard.press("Enter")]);
}

/** Moves the keyboard focus with Tab until the element matching `selector` has it. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await page.locator(selector).evaluate((el) => el.matches(":focus"))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

const french = (text: string) => englishPhrases().filter((p) => text.includes(p));

beforeAll(async () => {
  browser = await launchChromium();
  runtime = await openTestRuntime({ PORT: "0", HOST: "127.0.0.1", MAX_REVISIONS: "0" });
  server = await startServer(runtime);
  base = `http://127.0.0.1:${server.port}`;
  const db = runtime.database.db;
  keys.camille = (await createApiKey(db, { name: "Camille", role: "reviewer" }, runtime.runs)).key;
  keys.dominique = (await createApiKey(db, { name: "Dominique", role: "reviewer" }, runtime.runs)).key;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await runtime?.close();
});

describe("evidence in Chromium", () => {
  it("exports the bias audit as CSV and as a printable page, with the keyboard", async () => {
    for (let n = 1; n <= 3; n++) await waitingScreening(n);
    const { page, problems } = await watchedPage();
    await logIn(page, "camille", "/ui/audit/bias");
    await expect(page.locator("#bias-figures").textContent()).resolves.toMatch(/9/);
    expect(french(visibleText(await page.content()))).toEqual([]);

    await tabTo(page, "#export-csv");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("audit-biais.csv");
    const csv = await readFile((await download.path()) ?? "", "utf8");
    const [title = "", header = "", ...rows] = csv.trim().split("\n");
    expect(title).toContain("audit de biais");
    expect(title).toContain("candidats 9");
    expect(header.split(",")).toContain("Taux de sélection");
    expect(header).not.toMatch(/[a-z]_[a-z]/);
    // One row per category and intersection, each named in French.
    expect(rows.some((r) => r.startsWith("Sexe,Femme,"))).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(4);

    await tabTo(page, "#print");
    await Promise.all([page.waitForURL(/print=1/), page.keyboard.press("Enter")]);
    await expect(page.locator("body").getAttribute("class")).resolves.toContain("print");
    await expect(page.locator("header.top").isVisible()).resolves.toBe(false);
    await expect(page.locator("table.bias").count()).resolves.toBeGreaterThan(0);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("reads a candidate's explanation from the run page, after the decision, with who reviewed it", async () => {
    const id = await waitingScreening(4);
    const { page, problems } = await watchedPage();
    await logIn(page, "camille", `/ui/runs/${id}`);
    // Decide with the keyboard, then come back to the item.
    await page.keyboard.press("a");
    await page.waitForSelector("#reason:focus");
    await page.keyboard.type("Classement vérifié");
    await Promise.all([
      page.waitForURL((u) => u.pathname !== `/ui/runs/${id}` || u.search !== ""),
      page.keyboard.press("Control+Enter"),
    ]);
    await page.goto(`${base}/ui/runs/${id}`);
    const link = `#judged section[data-input="dev"] + a.explain-link`;
    await tabTo(page, link);
    await Promise.all([
      page.waitForURL(`${base}/ui/runs/${id}/candidates/dev`),
      page.keyboard.press("Enter"),
    ]);
    const article = page.locator("#explanation");
    await expect(article.locator("h1").textContent()).resolves.toContain("dev");
    await expect(page.locator("#score").textContent()).resolves.toMatch(/rang [123] sur 3/);
    await expect(page.locator("#review").textContent()).resolves.toContain("Camille");
    const text = visibleText(await page.content());
    expect(french(text)).toEqual([]);
    // What the screener never read is said, and the categories declared for the audit are not shown.
    expect(text).not.toMatch(/asian|female/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("assigns an item to a colleague with the keyboard; the colleague finds it theirs, the assigner cannot decide it", async () => {
    const id = await waitingScreening(5);
    const { page, problems } = await watchedPage();
    await logIn(page, "camille");
    const index = await page
      .locator("#queue tr[data-run]")
      .evaluateAll((rows, run) => rows.findIndex((r) => r.getAttribute("data-run") === run), id);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await page.keyboard.press("j");
    await page.keyboard.press("s");
    const pick = page.locator(`#queue tr[data-run="${id}"] form[data-assign] select`);
    await expect(pick.evaluate((el) => el.matches(":focus"))).resolves.toBe(true);
    // The list names the colleagues: type the first letters of one, then Enter assigns.
    await page.keyboard.type("Dom");
    await expect(pick.evaluate((el) => el.querySelector("option:checked")?.textContent)).resolves.toBe(
      "Dominique",
    );
    await Promise.all([page.waitForURL(`${base}/ui/queue`), page.keyboard.press("Enter")]);
    const row = page.locator(`#queue tr[data-run="${id}"]`);
    await expect(row.locator(".claim").textContent()).resolves.toContain("Dominique");
    await expect(row.locator(".assigned").textContent()).resolves.toContain("attribué par Camille");

    const other = await browser.newContext();
    const colleague = await other.newPage();
    colleague.setDefaultTimeout(STEP_TIMEOUT_MS);
    await colleague.goto(`${base}/ui/login?next=/ui/queue?claim=assigned`);
    await colleague.fill("#key", keys.dominique);
    await Promise.all([colleague.waitForURL(/claim=assigned/), colleague.press("#key", "Enter")]);
    await expect(colleague.locator(`#queue tr[data-run="${id}"] .claim`).textContent()).resolves.toContain(
      "vous",
    );
    await expect(colleague.locator("#queue tr[data-run]").count()).resolves.toBe(1);

    await page.goto(`${base}/ui/runs/${id}`);
    await expect(page.locator("#claim-bar").textContent()).resolves.toContain("Pris par Dominique");
    await page.keyboard.press("a");
    await page.waitForSelector("#reason:focus");
    await page.keyboard.type("vu");
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/decision")),
      page.keyboard.press("Control+Enter"),
    ]);
    expect(answer.status()).toBe(409);
    await expect(page.locator("[role=alert]").textContent()).resolves.toContain("pris par Dominique");

    // The colleague decides it, with the keyboard, from their queue.
    await colleague.keyboard.press("a");
    await colleague.waitForSelector("#reason:focus");
    await colleague.keyboard.type("Classement vérifié");
    await Promise.all([colleague.waitForURL(/after=/), colleague.keyboard.press("Control+Enter")]);
    const audit = await (await page.context().request.get(`${base}/ui/audit?runId=${id}`)).text();
    expect(audit).toContain("review.assign");
    await other.close();
    expect(problems.filter((p) => !p.includes("409"))).toEqual([]);
    await page.close();
  });
});
